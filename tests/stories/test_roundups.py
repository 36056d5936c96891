"""A roundup of several events is no report of one (analyse/piecekinds.py, 2026-12-06).

A tester's election briefing (T11): "Week in review: Harrowmere mayoral dispute" (an AI-assisted digest, three events
in three bullets) and "What happens next in the Harrowmere dispute" (an explainer two days later) were one story of "2
independent reports", sharing the dispute's words. A roundup shares words with every event it lists; a pair with a
roundup scores at most the cap (a suggestion at most), whatever the other is.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.piecekinds import ROUNDUP, piece_kind
from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.timezone.utc)
LEAD = ("The Electoral Commission said on Friday that the West Harrowmere recount met its standard but criticised the "
        "tracking of ballot boxes between the count and the recount, and a petition hearing opened before an "
        "election court.")
ROUNDUPS = ("Week in review: ", "The week that was: ", "Weekly round-up: ", "Weekend round-up \u2014 ",
            "News in brief: ", "In case you missed it: ", "Your Friday briefing: ", "Five things we learned this week: ",
            "The week\u2019s top stories: ", "Month in review | ")
# One event's headlines that hold a roundup's words in other senses (a breaker, BR10, 2026-12-06, against a first
# pattern that read them anywhere): reports, one story with another report of their event.
NEWS = ("Commission criticises ballot-box tracking", "Ofcom launches news review of count coverage",
        "Regulator's weekly review finds tracking gaps", "In brief: commission criticises box tracking",
        "Review ordered into the week of the count", "The week in which Kestle council collapsed",
        "This week in court: judge jails Tulley for nine years", "Recap: Budget 2026 as it happened",
        "Wrap-up: Reale raises fuel duty in first budget", "Ofcom's year in review finds BBC complaints doubled",
        "Evening wrap: commission criticises box tracking")


@settings(max_examples=examples(40), deadline=None)
@given(prefix=st.sampled_from(ROUNDUPS), other=st.sampled_from(ROUNDUPS + ("",)), hours=st.integers(0, 60))
def test_a_roundup_stays_apart_from_every_report_and_roundup(prefix: str, other: str, hours: int) -> None:
    """A roundup and a report of one of its events, or two roundups, sharing a lead word for word apart from the
    headline: never one story."""
    titles = {"roundup": prefix + "Harrowmere mayoral dispute", "other": other + "Commission criticises box tracking"}
    articles = (factories.article("roundup", START, "BriefBot Daily", title=titles["roundup"]),
                factories.article("other", START + dt.timedelta(hours=hours), "The Sentinel", title=titles["other"]))
    found = {slug: story_features(title, LEAD) for slug, title in titles.items()}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("roundup").members == ("roundup",)


def test_reports_are_no_roundups() -> None:
    """Headlines of one event's news that hold a roundup's words in other senses are reports, and two of them with
    one lead are one story as before."""
    assert all(piece_kind(title) == "" for title in NEWS)
    assert all(piece_kind(prefix + "x") == ROUNDUP for prefix in ROUNDUPS)
    assert piece_kind("Harrowmere mayoral dispute: the week that was") == ROUNDUP  # (a label closing the headline)
    articles = (factories.article("a", START, "BriefBot Daily", title=NEWS[0]),
                factories.article("b", START + dt.timedelta(hours=3), "The Sentinel", title=NEWS[2]))
    found = {a.slug: story_features(a.title, LEAD) for a in articles}
    assert group_stories(articles, found, factories.config()).story_of("a").members == ("a", "b")
