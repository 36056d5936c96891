"""A lead that dates an earlier event follows it: a related story, never merged into it
(`analyse/followups.py`, `similarity.follows_event`).

The reported input: Which?'s "How to check if your portable charger has been recalled", three days
after the recall, opens "After this week's recall of Brightwell's PowerCell Mini, ..." and joined the
recall's story at 0.60-0.69 (tests/stories/rates/). The kind: any opening that places the event at a
date ("Following Monday's vote", "Three days after ...", "In the wake of last week's floods"),
written in the outlet's own time zone, of a report published at least a day later.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.followups import MAX_DAYS, dated_span, lead_follows
from briefgen.analyse.similarity import PairScore
from briefgen.analyse.stories import HELD_APART, StoryFeatures, group_stories, held_apart, story_features
from support import factories

UTC = dt.timezone.utc
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OPENERS = ("After", "Following", "Since", "In the wake of", "In the aftermath of")
COUNTS = {1: "A", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine",
          10: "Ten"}


@pytest.mark.parametrize("lead, code", [
    ("After this week's recall of Brightwell's PowerCell Mini, many readers have asked how", "w0"),
    ("Following Monday's vote, coalition talks began.", "wd0"),
    ("In the wake of last week\u2019s floods, insurers said", "w1"),
    ("In the aftermath of the weekend's storm, councils said", "we"),
    ("Since last month's election, the party has", "m1"),
    ("After yesterday's ruling, the company said", "d1"),
    ("After last night's debate, polls showed", "d1"),
    ("Three days after the recall, regulators opened a probe.", "d3"),
    ("A week after the cut, mortgage rates fell.", "d7"),
    ("Two weeks after Sunday's election, talks stalled.", "wd6"),  # the dated possessive wins
    ("12 days after the quake, rescuers", "d12"),
    ("By Ana Souza\nLONDON, March 12 (Reuters) - Following Tuesday's cut, banks lowered rates.", "wd1"),
    ("After more than a year of silence, Xi Jinping picked up the phone.", ""),  # dates nothing
    ("Monday's storm killed three people, officials said.", ""),  # a re-telling dating its own event
    ("Days after the recall, shops still sold the chargers.", ""),  # no count
    ("The recall, announced after Monday's tests, covers 410,000 units.", ""),  # not the opening
    ("after this week's recall, readers asked", ""),  # not a sentence's opening
    ("Forty days after the flood, the inquiry opened.", ""),  # no count of ours
    ("31 days after the flood, the inquiry opened.", ""),  # beyond MAX_DAYS
])
def test_the_dated_openings(lead: str, code: str) -> None:
    assert lead_follows(lead) == code


def test_the_reported_lead_is_read_in_the_story_features() -> None:
    text = ("After this week's recall of Brightwell's PowerCell Mini, many readers have asked how to tell "
            "whether their own power bank is safe.")
    assert story_features("How to check if your portable charger has been recalled", text).follows == "w0"
    assert story_features("Brightwell recalls chargers", "Brightwell is recalling 410,000 chargers.").follows == ""


@st.composite
def dated_openings(draw: st.DrawFn) -> tuple[str, float, float]:
    """(an opening, the follow-up's time, the event's time), both POSIX seconds: the event at any
    moment, the follow-up 1-30 days later by the outlet's calendar, both written in the outlet's time
    zone (UTC-12 to UTC+14), the opening one that is true of the two local dates."""
    event = draw(st.datetimes(dt.datetime(2001, 1, 1), dt.datetime(2039, 1, 1)))
    zone = dt.timezone(dt.timedelta(minutes=15 * draw(st.integers(-48, 56))))
    local = event.replace(tzinfo=zone)
    later = dt.datetime.combine(local.date() + dt.timedelta(days=draw(st.integers(1, MAX_DAYS))),
                                draw(st.times()), zone)
    days = (later.date() - local.date()).days
    event_week, later_week = local.date() - dt.timedelta(days=local.weekday()), later.date() - dt.timedelta(
        days=later.weekday())
    previous_month = (later.date().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    saturday = later.date() - dt.timedelta(days=(later.weekday() - 5) % 7 or 7)
    true = [f"{COUNTS[days]} day{'s' if days > 1 else ''} after"] if days in COUNTS else []
    true += [f"{days} days after"] if days > 1 else []
    true += [f"{days // 7} weeks after" if days > 7 else "A week after"] if days % 7 == 0 and days // 7 in COUNTS else []
    when = [f"{WEEKDAYS[local.weekday()]}'s"] if days < 7 else []
    when += ["yesterday's", "last night's"] if days == 1 else []
    when += ["this week's"] if event_week == later_week else []
    when += ["last week's"] if event_week == later_week - dt.timedelta(days=7) else []
    when += ["the weekend's", "last weekend's"] if local.date() in (saturday, saturday + dt.timedelta(days=1)) else []
    when += ["last month's"] if local.date().replace(day=1) == previous_month else []
    true += [f"{draw(st.sampled_from(OPENERS))} {w}" for w in when]
    assume(true)
    return f"{draw(st.sampled_from(true))} vote, the party said.", later.timestamp(), local.timestamp()


@settings(max_examples=examples(400), deadline=None)
@given(dated_openings())
def test_the_span_of_a_true_opening_holds_the_event(opening: tuple[str, float, float]) -> None:
    lead, later, event = opening
    code = lead_follows(lead)
    assert code, lead
    first, last = dated_span(code, later)
    assert first <= event < last, (lead, code, dt.datetime.fromtimestamp(event, UTC), dt.datetime.fromtimestamp(later, UTC))


EVENT = (("brightwell", 1.0), ("powercell", 1.0), ("recall", 1.0), ("charger", 1.0), ("fire", 1.0))
NAMES = ("brightwell", "powercell")
START = dt.datetime(2026, 3, 9, 14, 0, tzinfo=UTC)  # a Monday


def features(follows: str = "") -> StoryFeatures:
    return StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), (), NAMES, follows=follows)


def stories_of(items: list[tuple[dt.datetime, str]]) -> list[tuple[str, ...]]:
    articles = tuple(factories.report(f"r{k}", when) for k, (when, _) in enumerate(items))
    grouping = group_stories(articles, {f"r{k}": features(code) for k, (_, code) in enumerate(items)},
                             factories.config())
    return sorted(tuple(sorted(s.members)) for s in grouping.stories)


@settings(max_examples=examples(60), deadline=None)
@given(st.floats(1.15, 4.0), st.sampled_from(["w0", "d3", "wd0"]))  # (a day after the later report too)
def test_a_follow_up_of_the_reports_dated_day_stays_apart(after_days: float, code: str) -> None:
    """Reports of one event and a report of the same words a day or more later: one story, unless the
    later one's lead dates the reports' day (then related at most); its span must hold the reports."""
    later = START + dt.timedelta(days=after_days)
    assume(dated_span(code, later.timestamp())[0] <= START.timestamp() < dated_span(code, later.timestamp())[1])
    reports = [(START, ""), (START + dt.timedelta(hours=3), "")]
    assert stories_of(reports + [(later, "")]) == [("r0", "r1", "r2")]  # words alone merge it
    assert stories_of(reports + [(later, code)]) == [("r0", "r1"), ("r2",)]


@settings(max_examples=examples(30), deadline=None)
@given(st.floats(0.0, 0.41), st.sampled_from(["w1", "m1", "d7"]))  # (on the reports' own date)
def test_only_a_date_that_holds_the_report_and_a_day_apart_caps(hours_apart: float, wrong: str) -> None:
    """Within a day, or dated to another time, a dated opening caps nothing; nor between two follow-ups."""
    reports = [(START, ""), (START + dt.timedelta(hours=3), "")]
    assert stories_of(reports + [(START + dt.timedelta(days=hours_apart), "d1")]) == [("r0", "r1", "r2")]
    assert stories_of(reports + [(START + dt.timedelta(days=2), wrong)]) == [("r0", "r1", "r2")]
    both = [(START + dt.timedelta(days=2), "wd0"), (START + dt.timedelta(days=3.5), "w0")]
    assert stories_of(reports + both) == [("r0", "r1"), ("r2", "r3")]


@given(st.lists(st.tuples(*[st.booleans()] * 14), max_size=6))
def test_each_reason_a_capped_pair_had_is_said_once_in_order(flags: list[tuple[bool, ...]]) -> None:
    pairs = [PairScore(0, 1, 0.45, 0.9, 1.0, False, shared_name=named, event_word=what, capped=True,
                       follow_up=follow_up, reaction=reaction, guide=guide, thin=thin, scoop=scoop,
                       announcement=announcement, other_day=other_day, opinion=opinion, where_only=where_only,
                       background=background, another_act=another_act, filed_apart=filed_apart)
             for (follow_up, guide, scoop, announcement, other_day, thin, reaction, named, what, where_only,
                  background, opinion, another_act, filed_apart) in flags]
    expected = [reason for k, (_, reason) in enumerate(HELD_APART)
                if any((*f[:7], not f[7], not f[8], f[9], f[10], f[11], f[12], f[13])[k] for f in flags)]
    assert list(held_apart(pairs)) == expected


def test_a_follow_up_suggested_for_the_event_says_so() -> None:
    articles = (factories.report("r0", START), factories.report("r1", START + dt.timedelta(days=2)))
    found = {"r0": features(), "r1": features("wd0")}
    grouping = group_stories(articles, found, factories.config())
    assert [(s.story, s.articles, s.held_apart) for s in grouping.suggestions] == [
        ("r0", ("r1",), ("one report's lead dates the other's event (a follow-up)",))]
