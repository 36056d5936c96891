"""A later report that tells another's news as what its own follows from is a consequence, not a re-telling
(analyse/causednews.py, 2026-12-06).

A tester's election briefing (T11): the wire's "Recount ordered" ("… has ordered a full recount of the mayoral election
after the first count gave the Country Party's Gareth Pennock a margin of only 41 votes", two days after the count) and
its reprints were merged at 0.86 with the count-night reports: one story of six headed by the count, the recount's news
shown only as "also reported by". Now they are two stories, linked as related; a re-telling a day later that gives the
event's cause in the earlier lead's words stays in its story.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories, madeup
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features

FRIDAY = dt.datetime(2026, 11, 13, 19, 40, tzinfo=dt.timezone.utc)
DAY = dt.timedelta(days=1)
COUNT = ("{first} {last} of the {party} Party has held the {place} mayoralty by {n} votes, the returning officer "
         "announced on Friday evening after counting that ran from eight in the morning.\n\nThe result was read out "
         "at the civic centre, where {last}'s rival asked for the papers to be checked again.")
CONSEQUENCES = (
    "The returning officer for {place} has ordered a full recount of the mayoral election after the first count gave "
    "the {party} Party's {first} {last} a margin of only {n} votes.",
    "Opposition councillors in {place} have lodged a formal complaint with the electoral commission following the "
    "count that gave the {party} Party's {first} {last} a margin of {n} votes.",
    "The electoral commission has opened an inquiry into postal ballots in {place} in the wake of the count that gave "
    "the {party} Party's {first} {last} a margin of {n} votes.")
RETELLING = ("{first} {last} of the {party} Party has held the {place} mayoralty after a count that gave {last} a "
             "margin of {n} votes, the returning officer announced.")


def _grouped(first_text: str, second_text: str, later: dt.timedelta, titles: tuple[str, str]):  # type: ignore[no-untyped-def]
    articles = (factories.article("count", FRIDAY, "Westcountry Broadcasting", title=titles[0]),
                factories.article("later", FRIDAY + later, "Albion Wire", title=titles[1]))
    found = {"count": story_features(titles[0], first_text), "later": story_features(titles[1], second_text)}
    return group_stories(articles, found, factories.config())


@settings(max_examples=examples(30), deadline=None)
@given(names=st.lists(madeup.word, min_size=4, max_size=4, unique=True), n=st.integers(9, 400),
       consequence=st.sampled_from(CONSEQUENCES), days=st.floats(1.05, 4.0))
def test_a_consequence_told_after_the_event_is_another_story(names: list[str], n: int, consequence: str,
                                                            days: float) -> None:
    """The count's report and, a day or more later, a report of what followed from it whose lead tells the count in
    its cause clause: two stories."""
    first, last, party, place = names
    values = dict(first=first, last=last, party=party, place=place, n=n)
    grouping = _grouped(COUNT.format(**values), consequence.format(**values), days * DAY,
                        (f"{last} re-elected {place} mayor by {n} votes", f"What followed the {place} count"))
    assert grouping.story_of("count").members == ("count",)


@settings(max_examples=examples(30), deadline=None)
@given(names=st.lists(madeup.word, min_size=4, max_size=4, unique=True), n=st.integers(9, 400),
       days=st.floats(1.05, 2.0))
def test_a_re_telling_that_gives_the_events_cause_stays_in_its_story(names: list[str], n: int, days: float) -> None:
    """A re-telling a day later whose lead tells the same news in the earlier lead's words, with the count as its
    cause: one story, as before."""
    first, last, party, place = names
    values = dict(first=first, last=last, party=party, place=place, n=n)
    title = f"{last} re-elected {place} mayor by {n} votes"
    grouping = _grouped(COUNT.format(**values), RETELLING.format(**values), days * DAY, (title, title))
    assert grouping.story_of("count").members == ("count", "later")


def test_the_reported_input() -> None:
    count = ("Gareth Pennock of the Country Party has held the West Harrowmere mayoralty by 41 votes, the Returning "
             "Officer announced at Brannock Civic Centre on Friday evening after counting that ran from eight in the "
             "morning.\n\nHelena Strachan-Boyd read out 148,212 first-preference votes for Mr Pennock and 148,171 for "
             "Dame Philippa Oduya-Kerr of the Progressive Alliance.")
    recount = ("BRANNOCK (Albion Wire) - The Returning Officer for West Harrowmere has ordered a full recount of the "
               "mayoral election after the first count gave the Country Party's Gareth Pennock a margin of only 41 "
               "votes.\n\nHelena Strachan-Boyd said the recount would begin at Brannock Civic Centre on Wednesday "
               "morning and was expected to take two days.")
    grouping = _grouped(count, recount, dt.timedelta(hours=38, minutes=20), (
        "Pennock re-elected Harrowmere mayor by 41 votes after all-day count",
        "Recount ordered in West Harrowmere mayoral race"))
    assert grouping.story_of("count").members == ("count",)
    assert [(r.first, r.second) for r in grouping.related] == [(grouping.story_of("count").id,
                                                                 grouping.story_of("later").id)]
