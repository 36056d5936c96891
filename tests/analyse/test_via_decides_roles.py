"""`via:` is decisive for the article that has it (roles.py, 2026-12-05).

The ferry trial (tests/stories/ferry/): in the grounding story two false credits of the ferry company read from other
reports' text ("Northsound Ferries said …", credit_newsmakers.py) outvoted the Courier reprint's `via: Reuters`; the
story page called the reprint an "Independent report" while its row said "via Reuters" and its page "re-told from
Reuters".
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles, known_earlier
from briefgen.analyse.stories import report_of
from briefgen.load.documents import Article
from stories.storyeval import group, load_site

FERRY = Path(__file__).resolve().parents[1] / "stories" / "ferry"
START = dt.datetime(2026, 11, 2, 23, 50, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)
OUTLETS = ("Reuters", "Aardvark Daily", "Northsound Ferries")  # ("Aardvark": first by name, as a tie-break reads)


def _roles(members: list[tuple[Article, tuple[str, ...]]]):  # type: ignore[no-untyped-def]
    articles = [a for a, _ in members]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    return assign_roles(articles, reports, [credits for _, credits in members])


def test_a_reprints_via_outvotes_credits_read_from_other_reports() -> None:
    """The grounding story as it was: Reuters' report, the Courier's reprint `via: Reuters`, and two reports whose
    text was read as crediting the company."""
    roles = _roles([(factories.article("reuters", START, "Reuters"), ()),
                    (factories.article("courier", START + 7 * HOUR, "Carrick Courier", via="Reuters"), ()),
                    (factories.article("islesfm", START + 8 * HOUR, "Isles FM"), ("Northsound Ferries",)),
                    (factories.article("record", START + 10 * HOUR, "The Coast Record"), ()),
                    (factories.article("noorderkrant", START + 15 * HOUR, "Noorderkrant"), ("Northsound Ferries",))])
    assert (roles.original, roles.members[0]) == ("Reuters", "reuters")
    assert dict(roles.roles) == {"reuters": "original", "courier": "re-report", "islesfm": "independent",
                                 "record": "independent", "noorderkrant": "independent"}


def test_one_article_is_credited_to_its_via_whatever_its_text_credits() -> None:
    roles = _roles([(factories.article("a", START, "Carrick Courier", via="Reuters"), ("Aardvark Daily",))])
    assert roles.original == "Reuters" and dict(roles.roles) == {"a": "re-report"}


MEMBER = st.tuples(st.integers(0, 30), st.sampled_from(OUTLETS[:2] + ("",)), st.sampled_from(OUTLETS + ("",)),
                   st.sampled_from(("", "own")))


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.lists(MEMBER, min_size=1, max_size=6))
@example([(0, "", "", "own"), (7, "Reuters", "", ""), (8, "", "Northsound Ferries", ""), (15, "", "Northsound Ferries", "")])
def test_via_is_decisive_for_its_article(members: list[tuple[int, str, str, str]]) -> None:
    """Members of one story, each with a `via:` or none, a credit in its text or none, of an outlet of its own or of
    Reuters ("own"): a member with a `via:` is always a re-telling; when any member has one, the story credits a
    `via:`'s outlet or none; a member that credits an outlet in its text alone is a re-telling only of the outlet the
    story credits (or credited before the dates dismissed it: roles.known_earlier), or of another member's outlet whose
    report is not known to be later (since T17, 2026-12-06: roles._retells)."""
    made = []
    for n, (hours, via, text, own) in enumerate(members):
        source = "Reuters" if own else f"Outlet {n}"
        made.append((factories.article(f"m{n}", START + hours * HOUR, source, via=via if via != source else ""),
                     (text,) if text and text != source else ()))
    roles = _roles(made)
    role = dict(roles.roles)
    vias = {outlet_key(a.via) for a, _ in made if a.via}
    for article, credits in made:
        if article.via:
            assert role[article.slug] == "re-report", (members, roles)
        elif credits and role[article.slug] == "re-report":  # (or of a member's outlet, not after it: T17, roles._retells)
            assert roles.original in ("", credits[0]) or any(
                outlet_key(other.source) == outlet_key(credits[0]) and not known_earlier(article, other)
                for other, _ in made if other is not article), (members, roles)
    if vias:  # (or what a via's outlet's own report credits: the chain, T24; or, the dates dismissing every via's
        # outlet, one credited or re-told by a member not known to be later than every via: T24's Bolivia story)
        key = outlet_key(roles.original) if roles.original else ""
        chain = {outlet_key(c) for a, credits in made if outlet_key(a.source) in vias for c in credits}
        assert not key or key in vias | chain or any(
            (outlet_key(a.source) == key and role[a.slug] == "original" or key in map(outlet_key, credits)) and not any(
                known_earlier(v, a) for v, _ in made if v.via) for a, credits in made), (members, roles)


def test_the_ferry_trials_stories_credit_as_labelled() -> None:
    """The reported inputs, built: the grounding story credits Reuters and calls the Courier reprint a re-telling;
    the inquiry's, the investigators' report's and the strike day's stories credit no newsmaker, and the reports that
    credited the company (Reuters' two, Isles FM's) are no re-tellings; the Coast Record's single-article story
    credits nobody."""
    grouping = group(load_site(FERRY))
    grounding = grouping.story_of("courier-grounding")
    assert grounding.original == "Reuters" and dict(grounding.roles)["courier-grounding"] == "re-report"
    for slug in ("reuters-inquiry", "reuters-maib-report", "islesfm-strike-day", "record-island-lass"):
        story = grouping.story_of(slug)
        assert story.original in ("", "Reuters", "Isles FM"), (slug, story.original)
        assert dict(story.roles)[slug] == "independent", (slug, story.roles)
    assert not any(story.original in ("Northsound Ferries", "Skerrin Islands Council",
                                      "Nautical and Ferry Workers' Union") for story in grouping.stories)
