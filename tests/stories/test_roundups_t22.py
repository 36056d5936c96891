"""A newsletter's roundup labels (analyse/piecekinds.py; T22, 2026-12-07).

A tester's palm-oil trade briefing had a trade weekly's "Week in palm: levy, lawsuits and a joint front" (four events
in one lead, separated by semicolons) grouped into the joint-statement story (3 wrong pairs, 0.79-0.87). The label
"Week in <sector>:" was none of piecekinds' labels; nor "Morning briefing", "Daily digest", "Weekend reads", "What
we're reading", "Five things to know today" or "The Download". Weaker labels ("This week in court", "Palm oil this
week", "Evening wrap") open a roundup only before a list of three or more items; before one event's headline they
are reports, as BR10 asked (tests/stories/test_roundups.py).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.piecekinds import ROUNDUP, piece_kind
from briefgen.analyse.stories import group_stories, story_features
from support.newsletters import JOINT_STATEMENT, stories_of

START = dt.datetime(2026, 11, 13, 7, 0, tzinfo=dt.timezone.utc)
LEAD = ("Indonesia and Malaysia agreed on Friday to negotiate jointly with the European Union over its deforestation "
        "rule and to fund satellite mapping for smallholders, after a ministerial meeting in Kuala Lumpur.")
# "Week in <X>" is a roundup's label before a list of news items only (or as the whole headline): BR32, 2026-12-07,
# tests/stories/test_roundups_br32.py.
IN_LABELS = ("Week in palm", "Week in palm oil", "The week in Westminster", "Weekend in tech")
LABELS = ("Morning briefing",
          "Evening Briefing", "Daily digest", "Weekly digest", "Weekend reads", "What we're reading",
          "What we\u2019re reading this week", "Five things to know", "Five things to know today",
          "3 things to know this morning", "The Download", "Daily round-up")
WEAK = ("This week in court", "This week in palm oil", "Palm oil this week", "Markets this week", "Evening wrap",
        "Recap", "Friday wrap-up")
LISTS = ("levy, lawsuits and a joint front", "a levy; a lawsuit; a joint front", "levy, lawsuits, a joint front",
         "the levy, two lawsuits & a joint front")
ONE = ("judge jails Tulley for nine years", "Indonesia and Malaysia agree joint stance on EU rule",
       "Reale raises fuel duty in first budget", "Commission criticises box tracking")
SEPARATORS = (": ", " \u2014 ", " | ", " - ")
# One event's headlines with the labels' words in other senses: reports.
NEWS = ("The week in which Kestle council collapsed", "Five things to know about the recount",
        "Recount: five things to know", "The download speed of rural broadband doubled",
        "Protests planned this week: police brace for Riau march", "Morning briefings cut as ministry trims staff",
        "Week in jail for protester who blocked the port road", "Year in office: what Reale's first budget did")


@settings(max_examples=examples(60), deadline=None)
@given(label_rest=st.one_of(st.tuples(st.sampled_from(LABELS), st.sampled_from(LISTS + ONE + ("",))),
                           st.tuples(st.sampled_from(IN_LABELS), st.sampled_from(LISTS + ("",)))),
       sep=st.sampled_from(SEPARATORS), hours=st.integers(0, 40))
def test_a_newsletters_roundup_stays_apart(label_rest: tuple[str, str], sep: str, hours: int) -> None:
    """A newsletter's label opening a headline, whatever follows it ("Week in palm" only before a list), is a roundup:
    it and a report of one of its events sharing a lead word for word are never one story."""
    label, rest = label_rest
    title = label + (sep + rest if rest else "")
    assert piece_kind(title) == ROUNDUP, title
    titles = {"roundup": title, "report": "Indonesia, Malaysia agree joint stance on EU deforestation law"}
    articles = (factories.article("roundup", START + dt.timedelta(hours=hours), "Palm Oil Trade Weekly",
                                  title=titles["roundup"]),
                factories.article("report", START, "Reuters", title=titles["report"]))
    found = {slug: story_features(t, LEAD) for slug, t in titles.items()}
    assert group_stories(articles, found, factories.config()).story_of("roundup").members == ("roundup",)


@settings(max_examples=examples(60), deadline=None)
@given(label=st.sampled_from(WEAK), sep=st.sampled_from(SEPARATORS[:2]), listed=st.sampled_from(LISTS),
       one=st.sampled_from(ONE))
def test_a_weak_label_is_a_roundup_only_before_a_list(label: str, sep: str, listed: str, one: str) -> None:
    """"This week in court: judge jails Tulley …" is a report (BR10); "This week in court: a levy; a lawsuit; a joint
    front" is a roundup."""
    assert piece_kind(label + sep + listed) == ROUNDUP
    assert piece_kind(label + sep + one) == ""


def test_reports_with_the_labels_words_are_no_roundups() -> None:
    assert [title for title in NEWS if piece_kind(title)] == []


def test_t22_week_in_palm_is_a_story_of_its_own(tmp_path: Path) -> None:
    """T22's R1: the joint statement's two reports are one story, the trade weekly's week in palm another."""
    articles = {
        **JOINT_STATEMENT,
        "trade-wrap": ("Week in palm: levy, lawsuits and a joint front", "Palm Oil Trade Weekly",
                       "2026-11-13T20:00:00+08:00", "It was a long week. Indonesia's levy rises to 10% on December 1; "
                       "Riau's farmers say they will march every Monday; a Kuala Lumpur court restored a cooperative's "
                       "certificate; and Jakarta and Kuala Lumpur signed a joint statement on the EU rule on Friday."
                       "\n\nPrices: CPO futures ended the week at 4,105 ringgit a tonne."),
    }
    stories = stories_of(tmp_path, articles, "Asia/Jakarta")
    assert stories == {("star-cpopc", "wire-cpopc"), ("trade-wrap",)}
