"""A count that dates an earlier event ("a day after", "two days after", "the morning after") places it on the day
counted back by the calendar from the follow-up's own date when its lead names no day (followups.follows_event).

The reported input (2026-12-05, a museum-theft trial, tests/stories/museum/): the Northvale Echo's "Police release
images of third man sought over museum theft" (13 October, 12:00 +01:00: "… have issued CCTV stills of a man they want
to trace, a day after two other men were detained") joined the story of the two arrests, reported on 12 October at
09:30, 13:00 and 16:00. Only the 09:30 report was held apart: the others were less than 24 hours before the Echo's, and
the rule asked for a day by the clock. The two events are on two dates; the calendar tells them apart. A re-telling
of the follow-up's own news within SITTING_HOURS of it is compared as before, as is one report of an earlier event that
itself follows another ("a week after the painting disappeared"): two follow-ups of one day are two re-tellings.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.followups import SITTING_HOURS, follows_event, lead_follows
from briefgen.analyse.stories import StoryFeatures, group_stories

EVENT = (("caldwell", 1.0), ("langmere", 1.0), ("painting", 1.0), ("detained", 1.0), ("theft", 1.0))
NAMES = ("caldwell", "langmere")
COUNTS = {1: "a day", 2: "two days", 3: "three days"}


def features(follows: str = "", happens: str = "") -> StoryFeatures:
    return StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), (), NAMES, follows=follows,
                              happens=happens)


def stories_of(items: list[tuple[dt.datetime, str]]) -> list[tuple[str, ...]]:
    articles = tuple(factories.report(f"r{k}", when) for k, (when, _) in enumerate(items))
    grouping = group_stories(articles, {f"r{k}": features(code) for k, (_, code) in enumerate(items)},
                             factories.config())
    return sorted(tuple(sorted(s.members)) for s in grouping.stories)


def test_the_trials_cctv_appeal_follows_all_three_reports_of_the_arrests() -> None:
    lead = ("Detectives hunting the stolen Langmere painting have issued CCTV stills of a man they want to trace, "
            "a day after two other men were detained.")
    assert lead_follows(lead) == "d1"
    bst = dt.timezone(dt.timedelta(hours=1))
    arrests = [dt.datetime(2026, 10, 12, h, m, tzinfo=bst) for h, m in ((9, 30), (13, 0), (16, 0))]
    appeal = dt.datetime(2026, 10, 13, 12, 0, tzinfo=bst)
    assert stories_of([(t, "") for t in arrests] + [(appeal, "d1")]) == [("r0", "r1", "r2"), ("r3",)]


def test_the_morning_after_is_the_day_before() -> None:
    assert lead_follows("Parents gathered at the gates of Foxhollow Primary the morning after the vote.") == "d1"
    assert lead_follows("Shares fell in the week after the vote.") == ""
    assert lead_follows("A morning after the vote, traders said.") == ""


@settings(max_examples=examples(80), deadline=None)
@given(st.integers(1, 3), st.integers(-11, 14), st.integers(0, 24 * 60 - 1), st.integers(0, 24 * 60 - 1))
def test_a_count_from_a_lead_without_a_day_holds_the_dated_days_reports_apart(
        back: int, offset: int, first: int, later: int) -> None:
    """A report of an event on day D (any time, in any offset) and a follow-up on day D+N with "N days after", its
    lead naming no day, more than SITTING_HOURS after it: two stories (one story without the count)."""
    zone = dt.timezone(dt.timedelta(hours=offset))
    day = dt.datetime(2026, 10, 12, tzinfo=zone)
    event, follow_up = day + dt.timedelta(minutes=first), day + dt.timedelta(days=back, minutes=later)
    if (follow_up - event).total_seconds() <= SITTING_HOURS * 3600.0:
        return
    code = lead_follows(f"Police have issued CCTV stills of a third man, {COUNTS[back]} after two other men were "
                        f"detained.")
    assert code == f"d{back}"
    if back == 1:  # (further apart, the decay alone may part them)
        assert stories_of([(event, ""), (follow_up, "")]) == [("r0", "r1")]
    assert stories_of([(event, ""), (follow_up, code)]) == [("r0",), ("r1",)]


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(0, int(SITTING_HOURS * 60)), st.integers(0, 2))
def test_within_a_sitting_or_on_the_events_own_date_a_count_caps_nothing(minutes: int, back: int) -> None:
    """A count whose report comes within SITTING_HOURS of the other, or dates a day the other is not of."""
    start = dt.datetime(2026, 10, 12, 17, 0, tzinfo=dt.timezone.utc)
    later = start + dt.timedelta(minutes=minutes)
    assert not follows_event("d1", later.timestamp(), "", start.timestamp(), 86400.0, later.date().toordinal(), "",
                             start.date().toordinal())
    elsewhere = start + dt.timedelta(days=back + 3, hours=3)  # "a day after" something days after the other
    assert not follows_event("d1", elsewhere.timestamp(), "", start.timestamp(), 86400.0,
                             elsewhere.date().toordinal(), "", start.date().toordinal())


def test_two_follow_ups_of_one_day_are_compared_as_any_two_but_not_of_two_days() -> None:
    """The trial's Sentinel report of the arrests follows the theft ("a week after the painting disappeared", d7);
    the Echo's appeal follows the arrests (d1): another day, so the appeal follows the Sentinel's news. Two leads
    that date one day ("a day after the arrests", both) are compared as any two reports."""
    monday, tuesday = dt.date(2026, 10, 12), dt.date(2026, 10, 13)
    at = lambda d, h: dt.datetime.combine(d, dt.time(h), dt.timezone.utc).timestamp()  # noqa: E731
    assert follows_event("d1", at(tuesday, 11), "d7", at(monday, 12), 86400.0, tuesday.toordinal(), "",
                         monday.toordinal(), "p0")
    assert not follows_event("d1", at(tuesday, 11), "d1", at(tuesday, 2), 86400.0, tuesday.toordinal(), "",
                             tuesday.toordinal())
