"""Who reported a story first, when some reports give a date without a time (`analyse/roles.py`).

A trial: the FT's report of a NATO escort plan (6 March, 08:00) re-told by two outlets crediting
it, and an independent report dated "2024-03-06" with no time. The date was read as midnight,
so the independent report was "earlier": the story lost "Financial Times reported first" and
the FT its lead. A date is the whole day; it is earlier only than later days.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.roles import known_earlier
from briefgen.analyse.stories import StoryFeatures, group_stories
from briefgen.load.documents import Article
from support import factories

DAY0 = dt.datetime(2024, 3, 6, tzinfo=dt.timezone.utc)
EVENT = StoryFeatures.pack((("tidewatch", 1.0), ("porkkala", 1.0), ("frigate", 1.0), ("escort", 1.0)),
                           (("tidewatch", "Tidewatch"), ("porkkala", "Porkkala")), (), ("tidewatch", "porkkala"))
FT = "Financial Times"


def one_story(articles: list[Article]):  # type: ignore[no-untyped-def]
    (story,) = group_stories(tuple(articles), {a.slug: EVENT for a in articles}, factories.config()).stories
    return story


def report(slug: str, when: dt.datetime, kind: str, timed: bool = True) -> Article:
    """kind: "own" (from the FT), "via" (crediting it) or "" (an independent report)."""
    return factories.article(slug, when, FT if kind == "own" else f"Outlet {slug}", via=FT if kind == "via" else "",
                             has_time=timed)


def test_a_date_without_a_time_is_not_earlier_than_a_time_that_day() -> None:
    ft = report("ft", DAY0.replace(hour=8), "own")
    retold = [report("euronews", DAY0.replace(hour=13), "via"), report("helsinki", DAY0 + dt.timedelta(days=1), "via")]
    same_day = report("defense", DAY0, "", timed=False)
    story = one_story([ft, same_day, *retold])
    assert (story.original, story.lead) == (FT, "ft")
    assert dict(story.roles) == {"ft": "original", "defense": "independent", "euronews": "re-report",
                                 "helsinki": "re-report"}
    day_before = replace(same_day, published=DAY0 - dt.timedelta(days=1))
    assert one_story([ft, day_before, *retold]).original == ""  # a day earlier is known to be earlier
    assert known_earlier(day_before, ft) and not known_earlier(same_day, ft) and not known_earlier(ft, same_day)


MEMBER = st.tuples(st.integers(0, 2), st.integers(0, 23), st.booleans(), st.sampled_from(["", "via", "own"]))


@settings(max_examples=examples(150), deadline=None, database=None)
@given(st.lists(MEMBER, min_size=2, max_size=5), st.integers(1, 23))
def test_credit_follows_what_the_dates_tell_and_never_a_dateless_hour(
        members: list[tuple[int, int, bool, str]], hour: int) -> None:
    """The story credits the FT unless an independent report is known to be earlier than every
    report from or crediting it; moving a date-only report within its day changes nothing. The FT's own reports are
    of one date, the first one's: its reports of two dates are two stories (ownreports.py)."""
    own_day = next((day for day, _, _, kind in members if kind == "own"), 0)
    made = [report(f"m{n}", DAY0 + dt.timedelta(days=own_day if kind == "own" else day, hours=h if timed else 0),
                   kind, timed) for n, (day, h, timed, kind) in enumerate(members)]
    story = one_story(made)
    roles, by_slug = dict(story.roles), {a.slug: a for a in made}
    tied = [by_slug[m] for m in story.members if roles[m] != "independent"]
    ahead = [by_slug[m] for m in story.members if roles[m] == "independent"
             and all(known_earlier(by_slug[m], t) for t in tied)]
    assert story.original == ("" if not tied or ahead else FT)
    moved = [a if a.has_time else replace(a, published=a.published + dt.timedelta(hours=hour)) for a in made]
    assert one_story(moved).original == story.original
