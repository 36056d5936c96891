"""An announcement and another act a day later, whose leads share no word of what happened, are two stories
(leadwords.announcement_and_act, similarity.py).

A school-closures trial (tests/stories/closures/, 2026-12-04) merged the Municipal Review's notice of the full
council's vote ("Calderbridge City Council will hold a vote of the full council … on Wednesday 18 March", 12 March)
with Valley Radio's report of the opposition's call for the finance director to step aside (13 March) at 0.77, on
the opposition, the audit and Nadia Petrescu, which both bodies tell: a day apart, their leads share only the
council's name. One lead announces, the other tells an act done with no future form at all: two acts. A re-telling of
the announcement a day later re-tells what is announced ("vote") or announces it too, and stays with it.
"""
from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.leadwords import announcement_and_act, lead_sentence, tells_future
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of
from stories.storyeval import group, load_site
from stories.test_background_only import CLOSURES, _truth

UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)  # (a made-up word that is no stopword: not "Done")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def test_the_trials_vote_notice_and_call_to_step_aside_are_two_stories() -> None:
    grouping = group(load_site(CLOSURES))
    assert grouping.story_of("municipalreview-vote-announced").members == ("municipalreview-vote-announced",)
    reasons = {s.held_apart for s in grouping.suggestions
               if {s.story, s.join} == {"municipalreview-vote-announced", "valleyradio-petrescu-resign"}}
    assert reasons == {("one announces an event, the other, a day or more later, tells another act (their leads "
                        "share no word of what happened)",)}
    truth = _truth()
    together = [pair for story in grouping.stories for pair in itertools.combinations(sorted(story.members), 2)]
    assert [pair for pair in together if truth[pair[0]] != truth[pair[1]]] == []
    assert len(together) == 25  # (every true pair of the trial)


ANNOUNCED = ("{town} brings forward full council vote on {things}",
             "{town} City Council will hold a vote of the full council on the proposed closure of three {things} on "
             "{weekday} {date} March, weeks earlier than expected.\n\n"
             "The council's monitoring officer confirmed the date in a notice published on Thursday. The vote will "
             "decide whether the proposals move on to the statutory notice stage.\n\n"
             "The opposition group called the move an attempt to settle the question before the auditors report on "
             "the {fund} accounts. {rival} said: \u201cThey are racing the audit, and everyone can see it.\u201d")
DEMAND = ("Opposition calls on {officer} to step aside during audit",
          "The opposition group on {town} City Council has called for the authority's {officer} to step aside until "
          "the external audit of the {fund} accounts is complete.\n\n"
          "Councillor {rival} said {head} could not be expected to investigate her own department. \u201cThe person "
          "whose systems are being audited should not be the one answering the auditors,\u201d {rival} said.\n\n"
          "Council leader {leader} rejected the demand, saying the opposition group was playing politics with the "
          "audit.")
RETOLD = ("{town} councillors to vote early on {things}",
          "Councillors in {town} will vote on closing three {things} on {weekday}, weeks earlier than planned, the "
          "monitoring officer's notice of the full council meeting says.\n\n"
          "The opposition group said the council was racing the audit of the {fund} accounts. {rival} said the "
          "auditors should report before any vote.")
FILLER = "{town} council discussed {thing} on Monday, the council said. Residents of {town} said {thing} mattered."
THINGS = ("parking charges", "the library budget", "a bus timetable", "street lighting", "the market hall",
          "bin collections")


def _briefing(names: list[str], weekday: int, hours: float, fillers: int, retold: bool) -> tuple:
    town, rival_first, rival_last, head_first, head_last, leader, fund = names
    values = dict(town=town, things="primary schools", weekday=WEEKDAYS[weekday], date=16 + weekday, fund=fund,
                  rival=f"{rival_first} {rival_last}", officer="director of finance", head=f"{head_first} {head_last}",
                  leader=leader)
    start = dt.datetime(2026, 3, 12, 9, 0, tzinfo=UTC)  # (a Thursday: the vote, 16 to 22 March, lies ahead)
    texts = {"announced": tuple(part.format(**values) for part in ANNOUNCED),
             "demand": tuple(part.format(**values) for part in DEMAND)}
    times = {"announced": start, "demand": start + dt.timedelta(hours=hours)}
    if retold:
        texts["retold"] = tuple(part.format(**values) for part in RETOLD)
        times["retold"] = start + dt.timedelta(hours=2)
    for k in range(fillers):
        texts[f"filler-{k}"] = (f"{town} council, item {k + 1}", FILLER.format(town=town, thing=THINGS[k]))
        times[f"filler-{k}"] = start - dt.timedelta(days=2 + k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    return articles, {slug: story_features(*texts[slug]) for slug in texts}


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(NAME, min_size=7, max_size=7, unique=True), st.integers(0, 6), st.floats(26.0, 47.0),
       st.integers(3, 6), st.booleans())
def test_an_announcement_and_another_act_a_day_later_are_two_stories(names: list[str], weekday: int, hours: float,
                                                                     fillers: int, retold: bool) -> None:
    """A council's notice of a vote on a day ahead and, a day or two later, an opposition's call for an officer to
    step aside, both telling the audit and the opposition's councillor below their leads, are two stories; a
    re-telling of the notice the same morning (its lead tells the vote and its day) is the notice's. (A re-telling
    that names no day, within a day of the other act, may still bridge the two: docs/stories.md.)"""
    articles, found = _briefing(names, weekday, hours, fillers, retold)
    grouping = group_stories(articles, found, factories.config())
    assert "demand" not in grouping.story_of("announced").members
    if retold:
        assert "retold" in grouping.story_of("announced").members


def test_one_announces_and_the_other_tells_no_future() -> None:
    day = dt.date(2026, 3, 12).toordinal()
    assert announcement_and_act("m3d18", day, True, "", day + 1, False)
    assert announcement_and_act("", day + 1, False, "m3d18", day, True)
    assert not announcement_and_act("m3d18", day, True, "", day + 1, True)  # (the other tells of a plan ahead)
    assert not announcement_and_act("m3d18", day, True, "m3d18", day + 1, True)  # (both announce)
    assert not announcement_and_act("", day, False, "", day + 1, False)
    assert not announcement_and_act("m1d40", day, True, "", day + 1, False)  # (no such day: no announcement)
    assert tells_future("Opposition calls on finance director to step aside", "The council will vote on Monday.")
    assert tells_future("Council Will Vote Early", "The opposition has called for the director to step aside.")
    assert not tells_future("Opposition calls on finance director to step aside during audit", lead_sentence(
        "The opposition group has called for the director of finance to step aside until the audit is complete. "
        "She said she will not."))
