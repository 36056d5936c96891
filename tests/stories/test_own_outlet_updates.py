"""Two reports of one outlet on different days are its news and an update of it, never one story (ownreports.py).

A heat-wave trial (2026-12-04) grouped six "Heat diary, day N" pieces of the Halvara Morning Post, 14-19 July, as one
story: the front page said "Also reported by Halvara Morning Post (15 July 2026), Halvara Morning Post (16 July
2026) …" and the story page "6 reports from 1 outlet: 6 independent reports". Such a pair scores at most the cap, is
linked as related and is not suggested as one story; another outlet's report of the same day's news still joins.
Scope (ownreports.py): one outlet's reports of one date, and a re-issue of its report ("UPDATE 1-", "Correction:"),
are compared as before; the editor's `story:` lines always win.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.linkage import average_linkage
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.ownreports import UPDATE_HOURS, edition, own_update
from briefgen.analyse.stories import group_stories, story_features
from stories.storyeval import labels, load_site

STORIES = Path(__file__).resolve().parent
SETS = ("eval", "doping", "reactions", "rates", "aftermath", "takeover", "wildfire")
ATHENS = dt.timezone(dt.timedelta(hours=3))
DIARY_TITLE = "Heat diary, day {n}: cooling centre queues and a hospital running on a generator"
DIARY = ("Day {n} of the diary. Queues outside the cooling centre at the central library stretched around the block "
         "by noon, and volunteers handed out water. The hospital at St Ione ran on its backup generator for {n} hours "
         "during an evening cut.\n\nVolunteer coordinator Aylin Demir said the number of people arriving on foot had "
         "fallen since the buses got air conditioning back.")
LEAD = ("Ostrava Grid cut power to the Pier 9 substation in Halvara on Tuesday after a transformer fire, engineer "
        "Mirela Kostadinova said, leaving 4,200 homes in Kessary and Lowmarsh without electricity overnight.")


def test_the_trials_heat_diary_is_six_stories_linked_as_related() -> None:
    """The reported input: six days of one paper's diary, 20:00 each evening (Europe/Athens)."""
    articles = tuple(factories.article(f"heat-daily-{n}", dt.datetime(2026, 7, 13 + n, 20, 0, tzinfo=ATHENS),
                                       source="Halvara Morning Post", title=DIARY_TITLE.format(n=n))
                     for n in range(1, 7))
    found = {a.slug: story_features(a.title, DIARY.format(n=a.slug[-1])) for a in articles}
    grouping = group_stories(articles, found, factories.config(timezone="Europe/Athens"))
    assert [story.members for story in grouping.stories] == [(f"heat-daily-{n}",) for n in range(6, 0, -1)]
    assert grouping.suggestions == ()  # (14 suggestions to undo the rule, were it only capped)
    linked = {(r.first, r.second) for r in grouping.related}
    assert ("heat-daily-1", "heat-daily-2") in linked and ("heat-daily-5", "heat-daily-6") in linked


OUTLETS = st.sampled_from(["Halvara Morning Post", "Reuters", "The Wall Street Journal", "Valley Radio News",
                           "Η Καθημερινή του Νότου"])
OFFSETS = st.integers(-12, 14).map(lambda h: dt.timezone(dt.timedelta(hours=h)))


@settings(max_examples=examples(60), deadline=None)
@given(OUTLETS, OFFSETS, st.integers(0, 23), st.integers(0, 59), st.integers(1, 3), st.integers(0, 23))
@example("Valley Radio News", ATHENS, 17, 0, 1, 0)  # 07:00 hours apart: two sittings
def test_one_outlets_reports_on_two_dates_are_two_stories(outlet: str, zone: dt.timezone, hour: int, minute: int,
                                                          days: int, later_hour: int) -> None:
    """Six hours apart or more (UPDATE_HOURS), near in hours or far in days, in any offset: two stories, related,
    not suggested; a second outlet's report of the first day, with the same words, joins the first."""
    first = dt.datetime(2026, 7, 14, hour, minute, tzinfo=zone)
    later = dt.datetime.combine(first.date() + dt.timedelta(days=days), dt.time(later_hour, minute), zone)
    assume(later - first >= dt.timedelta(hours=UPDATE_HOURS))
    articles = (factories.article("first", first, source=outlet, title="Pier 9 substation cut after fire"),
                factories.article("update", later, source=outlet, title="Pier 9 substation cut after fire"),
                factories.article("other", first, source="Coastline Radio", title="Pier 9 substation cut after fire"))
    found = {a.slug: story_features(a.title, LEAD) for a in articles}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("first").members == ("first", "other")
    assert grouping.story_of("update").members == ("update",)
    assert grouping.suggestions == ()
    if days == 1:  # (later pairs fade with the days: related links are only for what the window keeps alike)
        assert {(r.first, r.second) for r in grouping.related} == {("first", "update")}


@settings(max_examples=examples(60), deadline=None)
@given(OUTLETS, OFFSETS, st.integers(18 * 60, 24 * 60 - 1), st.integers(1, int(UPDATE_HOURS * 60) - 1),
       st.booleans())
@example("Northshore Echo", dt.timezone.utc, 23 * 60 + 50, 20, False)  # the trial's 23:50 report and 00:10 update
def test_an_outlets_update_after_midnight_joins_its_report(outlet: str, zone: dt.timezone, minutes: int, later: int,
                                                           marked: bool) -> None:
    """An outlet's own update published less than UPDATE_HOURS after its evening report, on the next date, with or
    without an "Update:" mark, is one story with it, and with another outlet's report of the news (a trial,
    2026-12-04: the unmarked update just after midnight was split from its report by the calendar)."""
    first = dt.datetime(2026, 7, 14, tzinfo=zone) + dt.timedelta(minutes=minutes)
    update = first + dt.timedelta(minutes=later)
    assume(update.date() != first.date())
    title = "Pier 9 substation cut after fire"
    articles = (factories.article("first", first, source=outlet, title=title),
                factories.article("update", update, source=outlet, title=("Update: " if marked else "") + title),
                factories.article("other", first, source="Coastline Radio", title=title))
    found = {a.slug: story_features(a.title, LEAD) for a in articles}
    grouping = group_stories(articles, found, factories.config())
    assert set(grouping.story_of("first").members) == {"first", "update", "other"}
    assert own_update(edition(outlet_key(outlet), first.toordinal(), title, first.timestamp()),
                      edition(outlet_key(outlet), update.toordinal(), title, update.timestamp())) is False


def test_a_date_without_a_time_is_the_whole_day() -> None:
    """A `published` date with no time cannot be said to be hours from another report: dates alone decide."""
    assert own_update(edition("reuters", 3, "Pier 9", None), edition("reuters", 4, "Pier 9", 4 * 86400.0))
    assert not own_update(edition("reuters", 3, "Pier 9", 4 * 86400.0 - 600),
                          edition("reuters", 4, "Pier 9", 4 * 86400.0 + 600))
    assert own_update(edition("reuters", 3, "Pier 9", 4 * 86400.0 - 3600 * UPDATE_HOURS),
                      edition("reuters", 4, "Pier 9", 4 * 86400.0 + 1))


@settings(max_examples=examples(40), deadline=None)
@given(OUTLETS, OFFSETS, st.integers(0, 11), st.integers(0, 11))
def test_one_outlets_two_reports_of_one_day_are_compared_as_before(outlet: str, zone: dt.timezone, hour: int,
                                                                   hours_later: int) -> None:
    """A breaking item and the full report of one date: one story when their words say so."""
    first = dt.datetime(2026, 7, 14, hour, 5, tzinfo=zone)
    articles = (factories.article("item", first, source=outlet, title="Pier 9 substation cut after fire"),
                factories.article("full", first + dt.timedelta(hours=hours_later), source=outlet,
                                  title="Pier 9 substation cut after fire"))
    found = {a.slug: story_features(a.title, LEAD) for a in articles}
    assert set(group_stories(articles, found, factories.config()).story_of("item").members) == {"item", "full"}


def test_the_rule_names_one_outlet_however_written() -> None:
    def one(name: str, day: int, title: str = "Pier 9 substation cut") -> tuple[str, int] | None:
        return edition(outlet_key(name), day, title)

    assert own_update(one("Valley Radio News", 3), one("the valley radio", 4))
    assert own_update(one("WSJ", 3), one("The Wall Street Journal", 5))
    assert not own_update(one("Reuters", 3), one("Reuters", 3))
    assert not own_update(one("Reuters", 3), one("AP", 4))
    assert not own_update(one("BBC", 3), one("BBC Wales", 4))  # (two sites of one group: two outlets)
    assert not own_update(edition("", 3), edition("", 4))  # (no outlet known: no rule)
    for title in ("UPDATE 2-Pier 9 substation cut", "Correction: Pier 9 substation cut", "CORRECTED-Pier 9 cut",
                  "Updated: Pier 9 substation cut", "REFILE-Pier 9 substation cut", "Clarification: Pier 9 cut"):
        assert not own_update(one("Reuters", 3), one("Reuters", 4, title)), title
    assert own_update(one("Reuters", 3), one("Reuters", 4, "Heat diary update: day 2"))


@settings(max_examples=examples(30), deadline=None)
@given(OUTLETS, st.integers(1, 5), st.sampled_from(["UPDATE 1-", "Correction: ", "CORRECTED-", "Updated: "]))
def test_a_re_issue_of_the_outlets_report_joins_it(outlet: str, days: int, mark: str) -> None:
    """An outlet's corrected or updated report on a later date is that report again: grouped as a report of another
    outlet would be (one story the next day; apart once the days have faded the score)."""
    first = dt.datetime(2026, 7, 14, 22, 0, tzinfo=ATHENS)

    def members(again_from: str) -> tuple[str, ...]:
        articles = (factories.article("first", first, source=outlet, title="Pier 9 substation cut after fire"),
                    factories.article("again", first + dt.timedelta(days=days), source=again_from,
                                      title=mark + "Pier 9 substation cut after fire"))
        found = {a.slug: story_features(a.title, LEAD) for a in articles}
        return group_stories(articles, found, factories.config()).story_of("first").members

    assert members(outlet) == members("Coastline Radio")
    if days == 1:
        assert members(outlet) == ("first", "again")


def test_the_editors_story_lines_always_win() -> None:
    """Three days of the diary put in one story by `story:` lines stay one; a report of another outlet joins it,
    and one of the outlet on a fourth date does not (the merging adds no date the editor did not put there)."""
    days = [dt.datetime(2026, 7, 13 + n, 20, 0, tzinfo=ATHENS) for n in range(1, 5)]
    articles = tuple(factories.article(f"heat-daily-{n}", days[n - 1], source="Halvara Morning Post",
                                       title=DIARY_TITLE.format(n=n), story="heat-diary" if n < 4 else "")
                     for n in range(1, 5)) + (
        factories.article("gridwatch-heat", days[0], source="Gridwatch", title=DIARY_TITLE.format(n=1)),)
    found = {a.slug: story_features(a.title, DIARY.format(n=1)) for a in articles}
    grouping = group_stories(articles, found, factories.config(timezone="Europe/Athens"))
    assert set(grouping.story_of("heat-daily-1").members) == {"heat-daily-1", "heat-daily-2", "heat-daily-3",
                                                               "gridwatch-heat"}
    assert grouping.story_of("heat-daily-4").members == ("heat-daily-4",)


@pytest.mark.parametrize("name", SETS)
def test_no_labelled_story_holds_two_reports_of_one_outlet(name: str) -> None:
    """The rule's ground: in the labelled sets, every story's reports are of different outlets (docs/log/stories.md,
    "One outlet's reports"), so it can cost none of their pairs."""
    root = STORIES / name
    source = {a.slug: outlet_key(a.source) for a in load_site(root).articles}
    for story, entry in labels(root)["stories"].items():
        outlets = [source[slug] for slug in entry["articles"]]
        assert len(set(outlets)) == len(outlets), (story, outlets)


@settings(max_examples=examples(80), deadline=None)
@given(st.integers(2, 9).flatmap(lambda n: st.tuples(
    st.just(n),
    st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.floats(0, 1)), max_size=30),
    st.lists(st.none() | st.tuples(st.sampled_from("AB"), st.integers(0, 2)), min_size=n, max_size=n))))
def test_the_linkage_never_puts_two_parts_of_one_key_in_a_group(drawn) -> None:  # type: ignore[no-untyped-def]
    """linkage.py's constraint, for any scores: no group holds two editions of one outlet, and items of no edition
    group as they would without the constraint."""
    n, raw, editions = drawn
    pairs = [(min(a, b), max(a, b), s) for a, b, s in raw if a != b]
    for group in average_linkage(n, pairs, 0.5, (), editions).groups:
        parts = [editions[i] for i in group.members if editions[i] is not None]
        assert len({key for key, _ in parts}) == len(set(parts)), (group, editions)
    assert average_linkage(n, pairs, 0.5, (), [None] * n) == average_linkage(n, pairs, 0.5)

    def near(one: int, other: int) -> bool:  # (a compatibility that is no equivalence: parts one apart)
        return abs(one - other) <= 1
    for group in average_linkage(n, pairs, 0.5, (), editions, near).groups:
        parts = [editions[i] for i in group.members if editions[i] is not None]
        assert all(a[0] != b[0] or near(a[1], b[1]) for a in parts for b in parts), (group, editions)
