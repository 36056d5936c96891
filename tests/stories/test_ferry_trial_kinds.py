"""The ferry trial's open findings, each as a kind (tests/stories/ferry/, 2026-12-05; docs/stories.md).

- One day's news of one place (samedaynews.py): the strike day's two reports, "… tied up at Port Carrick pier this
  morning as ferry crews began a two-day strike" and "No ferries have sailed between Port Carrick and Skerrin today,
  the first day of a 48-hour strike", shared only the briefing's common names and were held apart (0.45, "no rare
  name in common"): both leads give their news as their own date's and share the event word, so the relief ship
  one lead names as its actor is not asked of the other.
- Headline futures (announcements.headline_future): "Councillors to vote early on …" with a lead naming no day is an
  announcement (UNDATED), so a re-telling of a vote notice that names no day, hours before an opposition's demand, no
  longer bridges the notice and the demand.
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.announcements import UNDATED, headline_future, lead_announces
from briefgen.analyse.eventdays import lead_days
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of
from stories.storyeval import assignment, group, load_site
from stories.test_announcement_and_act import ANNOUNCED, DEMAND, FILLER as COUNCIL_FILLER, THINGS as COUNCIL_THINGS, \
    WEEKDAYS
from stories.test_one_subject_trials import labelled

FERRY = Path(__file__).resolve().parent / "ferry"
UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)


def test_the_ferry_trials_strike_day_is_one_story_and_no_pair_is_wrong() -> None:
    truth, predicted = labelled(FERRY), assignment(group(load_site(FERRY)))
    pairs = list(itertools.combinations(sorted(truth), 2))
    assert [p for p in pairs if (predicted[p[0]] == predicted[p[1]]) != (truth[p[0]] == truth[p[1]])] == []
    assert predicted["courier-strike-day"] == predicted["islesfm-strike-day"] == predicted["blog-strike-day"]


STRIKE_DAY = (("Pickets at the pier as strike halts {isle} ferry",
               "The {ship} Lass stayed tied up at {town} pier {when} as ferry crews began a two-day strike, the first "
               "on the {isle} route in more than twenty years.\n\nAbout thirty crew members and supporters stood on the "
               "pier from before dawn with a brazier and a banner. The union said talks had failed."),
              ("{isle} cut off as ferry strike begins",
               "No ferries have sailed between {town} and {isle} {today}, the first day of a 48-hour strike by ferry "
               "crews.\n\nThe islands council hired a fishing boat to carry medicines, mail and two patients across "
               "this afternoon. Crews stood at the pier, and the union said talks had failed."),
              ("{town} library budget approved",
               "{town} council leader {leader} {when} approved the library budget for {isle} and the mainland, after a short "
               "debate.\n\nThe union said talks on library staffing had failed, and crews of volunteers stood by."))
SUBJECT_FILLER = ("{town} and {isle}: item {k}", "{town} council discussed item {k} of its agenda on Monday, the "
                  "council said. Residents of {isle} said item {k} mattered to {town}.")


@settings(max_examples=examples(20), deadline=None)
@given(st.lists(NAME, min_size=4, max_size=4, unique=True), st.floats(0.5, 9.0), st.integers(14, 22),
       st.sampled_from(("this morning", "early this morning")), st.sampled_from(("today", "this afternoon")))
def test_one_days_news_of_one_place_is_one_story(names: list[str], hours: float, fillers: int, when: str,
                                                 today: str) -> None:
    """A one-subject briefing (every report names its town and island): two reports of one day's strike whose leads
    give their news as their own date's ("this morning", "today", an event of two days) and share its event word,
    one naming a ship as its actor, are one story; a third report that day of another matter (its lead shares no
    event word, its leader acts in it) is not theirs."""
    town, isle, ship, leader = names
    start = dt.datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    texts = {slug: (title.format(town=town, isle=isle), text.format(town=town, isle=isle, ship=ship, when=when,
                                                                     today=today, leader=leader))
             for slug, (title, text) in zip(("first", "second", "library"), STRIKE_DAY)}
    times = {"first": start, "second": start + dt.timedelta(hours=hours), "library": start + dt.timedelta(hours=2)}
    for k in range(fillers):
        texts[f"filler-{k}"] = tuple(part.format(town=town, isle=isle, k=k + 1) for part in SUBJECT_FILLER)
        times[f"filler-{k}"] = start - dt.timedelta(days=2 + k % 5, hours=k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    grouping = group_stories(articles, {slug: story_features(*texts[slug]) for slug in texts}, factories.config())
    assert grouping.story_of("first").members == ("first", "second")
    assert grouping.story_of("library").members == ("library",)


def test_a_running_events_first_day_is_its_own_dates_news() -> None:
    assert lead_days("The ship stayed tied up this morning as crews began a two-day strike. More.") == ("", True)
    assert lead_days("No ferries have sailed today, the first day of a 48-hour strike. More.") == ("", True)
    assert lead_days("Ferries sailed this morning. More.") == ("d0", True)
    assert lead_days("The crews walked out on Monday. More.") == ("p0", False)
    assert lead_days("The crews began a 48-hour strike on Monday. More.") == ("", False)


@settings(max_examples=examples(60), deadline=None)
@given(NAME, st.sampled_from(("to vote on", "to decide on", "set to vote on", "will vote on", "to strike over",
                              "to walk out over", "are to debate")),
       st.sampled_from(("the closures", "school places", "the pay offer")))
def test_a_headlines_future_is_an_announcement(subject: str, future: str, thing: str) -> None:
    """"Council to vote on …", "Crews to strike over …": a subject and "to" with an event's verb, or "will", "set
    to", "is/are to"; not a verb's complement ("calls on … to step aside", "voted to strike")."""
    assert headline_future(f"{subject} councillors {future} {thing}")
    assert lead_announces("Councillors met. Nothing more.", f"{subject} councillors {future} {thing}") == UNDATED
    assert not headline_future(f"{subject} opposition calls on the director to step aside over {thing}")
    assert not headline_future(f"{subject} crews voted to strike over {thing}")
    assert not headline_future(f"{subject} crews agree to review {thing}")
    assert lead_announces("Councillors met. Nothing more.", f"{subject} opposition calls on the mayor to resign") == ""


UNDATED_RETOLD = ("{town} councillors to vote early on {things}",
                  "Councillors in {town} are to vote on closing three {things} weeks earlier than planned, the "
                  "monitoring officer's notice of the full council meeting says.\n\n"
                  "The opposition group said the council was racing the audit of the {fund} accounts. {rival} said "
                  "the auditors should report before any vote.")


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(NAME, min_size=7, max_size=7, unique=True), st.integers(0, 6), st.floats(2.0, 30.0),
       st.floats(6.0, 26.0), st.integers(3, 5))
def test_a_notice_retold_without_its_day_does_not_bridge_another_act(names: list[str], weekday: int, retold: float,
                                                                    gap: float, fillers: int) -> None:
    """A council's dated notice of a vote, a re-telling that names no day ("… to vote early on …"), and an
    opposition's demand six hours or more after the re-telling (one to two days after the notice): the demand is no
    report of the notice's story."""
    town, rival_first, rival_last, head_first, head_last, leader, fund = names
    values = dict(town=town, things="primary schools", weekday=WEEKDAYS[weekday], date=16 + weekday, fund=fund,
                  rival=f"{rival_first} {rival_last}", officer="director of finance", head=f"{head_first} {head_last}",
                  leader=leader)
    start = dt.datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    texts = {"announced": ANNOUNCED, "demand": DEMAND, "retold": UNDATED_RETOLD}
    texts = {slug: tuple(part.format(**values) for part in parts) for slug, parts in texts.items()}
    demand = max(26.0, retold + gap)
    times = {"announced": start, "retold": start + dt.timedelta(hours=retold), "demand": start + dt.timedelta(hours=demand)}
    for k in range(fillers):
        texts[f"filler-{k}"] = (f"{town} council, item {k + 1}", COUNCIL_FILLER.format(town=town, thing=COUNCIL_THINGS[k]))
        times[f"filler-{k}"] = start - dt.timedelta(days=2 + k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    grouping = group_stories(articles, {slug: story_features(*texts[slug]) for slug in texts}, factories.config())
    assert "demand" not in grouping.story_of("announced").members
    assert "demand" not in grouping.story_of("retold").members


def test_the_trials_explainer_and_the_second_march_follow_other_days() -> None:
    """The ferry trial's explainer ("Two weeks after the Morning Star ran aground …") was linked to the inquiry of
    eight days before (0.31) and the closures set's second march ("For the second time this month …") to the first,
    two weeks before (0.38), both labelled distinct; the museum set's interview ("In her first interview since
    resigning …", whose transcript's "The morning after the theft" is no lead) stays linked to the resignation."""
    ferry = {(r.first, r.second) for r in group(load_site(FERRY)).related}
    assert ("reuters-inquiry", "standard-explainer") not in ferry
    assert ("union-strike-notice", "courier-strike-day") in ferry
    closures = {(r.first, r.second) for r in group(load_site(FERRY.parent / "closures")).related}
    assert ("northfold-march-protest", "echo-second-protest") not in closures
    museum = {(r.first, r.second) for r in group(load_site(FERRY.parent / "museum")).related}
    assert ("a21-standard-resigns", "a28-artchronicle-interview") in museum


GROUNDING = ("Ferry {ship} runs aground off {town}", "The ferry {ship} ran aground on a reef off {town} on Monday night "
             "with 200 people aboard. Lifeboats took everyone off, the coastguard said.")
INQUIRY = ("{isle} orders inquiry into ferry grounding", "The {isle} government on Tuesday ordered an independent "
           "public inquiry into the grounding of the ferry {ship}, and into how operators handle safety reports from "
           "their crews.\n\nMinister {minister} said the inquiry, chaired by {chair}, would sit in public, could "
           "compel witnesses and would report within six months.")
EXPLAINER = ("Explainer: who investigates a ferry grounding", "{days} days after the {ship} ran aground off {town}, "
             "three separate bodies are looking at what went wrong. Here is how they differ.\n\nThe public inquiry "
             "chaired by {chair} will sit in public and can compel witnesses. Its terms include how operators handle "
             "safety reports from their crews, and it will report within six months.")


@settings(max_examples=examples(20), deadline=None)
@given(st.lists(NAME, min_size=7, max_size=7, unique=True), st.integers(11, 14), st.integers(5, 8), st.floats(-6, 6))
def test_a_piece_that_dates_another_days_event_follows_that_one(names: list[str], days: int, inquiry: int,
                                                               hours: float) -> None:
    """An explainer whose lead dates the event it follows ("12 days after the ship ran aground"), days after an
    inquiry into that event whose words it explains, is related to the event it dates, not to the inquiry."""
    ship, town, isle, minister_first, minister_last, chair_first, chair_last = names
    values = dict(ship=ship, town=town, isle=isle, minister=f"{minister_first} {minister_last}",
                  chair=f"{chair_first} {chair_last}", days=days)
    start = dt.datetime(2026, 11, 2, 21, 0, tzinfo=UTC)
    texts = {slug: tuple(part.format(**values) for part in parts)
             for slug, parts in (("grounding", GROUNDING), ("inquiry", INQUIRY), ("explainer", EXPLAINER))}
    times = {"grounding": start, "inquiry": start + dt.timedelta(days=inquiry, hours=hours),
             "explainer": start + dt.timedelta(days=days, hours=hours)}
    for k in range(6):
        texts[f"filler-{k}"] = (f"{town} council, item {k + 1}", COUNCIL_FILLER.format(town=town, thing=COUNCIL_THINGS[k]))
        times[f"filler-{k}"] = start + dt.timedelta(days=2 * k + 1)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    grouping = group_stories(articles, {slug: story_features(*texts[slug]) for slug in texts}, factories.config())
    related = {(r.first, r.second) for r in grouping.related}
    assert ("inquiry", "explainer") not in related


def test_an_interviews_transcript_is_no_lead() -> None:
    """A lead's sentences end where a labelled line begins ("Art Chronicle: …", "Q: …"): the transcript's answers
    date no event the piece follows."""
    from briefgen.analyse.followups import lead_follows
    for label in ("Art Chronicle", "Q", "Helena Marsh", "The Harbour Times"):
        text = (f"In her first interview since resigning, the director spoke to us about the theft.\n\n{label}: When did "
                "you learn of it?\n\nA: The morning after the theft. Nobody told me.")
        assert lead_follows(text) == ""
    assert lead_follows("The council met. It voted on Monday, a day after the protest. More followed.") == "d1"
