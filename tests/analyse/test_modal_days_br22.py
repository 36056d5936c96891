"""BR22 finding 7, as a kind: "could" in past narrative keeps the lead's day (modaldays.past_could).

BR21's modal rule read every "could" before a day as a future; "could" is also the past of "can": "The ferry could not
sail on Tuesday because of the storm", "Nobody could explain on Tuesday why the alarm failed", "Residents could return
home on Tuesday after the fire was put out" tell what the day's news was. Negation or restriction in the clause, or a
past clause after the day, tells it; a future's clause after the day takes the present.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.eventdays import lead_event_day

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
VERBS = st.sampled_from(("sail", "return home", "leave the port", "explain the delay", "reach the wreck",
                         "be rescued", "confirm the figures", "open the school"))
LIMITED = st.sampled_from(("The ferry could not {v}", "The crew could only {v}", "Nobody could {v}",
                           "Only the captain could {v}", "The crew couldn't {v}", "No one could {v}",
                           "Residents could no longer {v}", "The divers could never {v}"))
PAST_AFTER = st.sampled_from(("after the fire was put out", "because the storm had passed", "as the ship burned",
                              "when the tide turned", "once rescuers cleared the road", "that all were safe"))
PRESENT_AFTER = st.sampled_from(("after the fire is put out", "if the storm passes", "as markets reopen",
                                 "once rescuers clear the road", "when the tide turns", ", officials said"))


@FAST
@given(LIMITED, VERBS, st.integers(0, 6))
def test_a_limited_could_keeps_its_day(limited: str, verb: str, weekday: int) -> None:
    """Failed before (at 87aed255): no day."""
    lead = f"{limited.format(v=verb)} on {WEEKDAYS[weekday]}."
    assert lead_event_day(lead) == f"p{weekday}", lead


@FAST
@given(VERBS, PAST_AFTER, st.integers(0, 6))
def test_a_past_clause_after_the_day_keeps_it(verb: str, after: str, weekday: int) -> None:
    lead = f"Residents could {verb} on {WEEKDAYS[weekday]} {after}."
    assert lead_event_day(lead) == f"p{weekday}", lead


@FAST
@given(VERBS, PRESENT_AFTER, st.integers(0, 6))
def test_a_future_could_stays_a_future(verb: str, after: str, weekday: int) -> None:
    """A present clause after the day, or a reporting clause: the day lies ahead (BR21), no day."""
    lead = f"Residents could {verb} on {WEEKDAYS[weekday]}{'' if after.startswith(',') else ' '}{after}."
    assert lead_event_day(lead) == "", lead


def test_the_reported_leads() -> None:
    for lead in ("The ferry could not sail on Tuesday because of the storm.",
                 "Fire crews could only watch on Tuesday as the ship burned.",
                 "Nobody could explain on Tuesday why the alarm failed.",
                 "Only the captain could confirm on Tuesday that all were safe.",
                 "Residents could return home on Tuesday after the fire was put out.",
                 "Divers could be heard tapping on the hull on Tuesday."):
        assert lead_event_day(lead) == "p1", lead
    for lead in ("The trapped miners could be rescued on Sunday, officials said.",
                 "Shares could rise on Monday as markets reopen, analysts said.",
                 "Police said the man could face charges on Monday.", "The talks may resume on Monday, diplomats said."):
        assert lead_event_day(lead) == "", lead


REPORTING = st.sampled_from(("The minister said", "Officials warned that", "The captain told reporters", "Analysts expect",
                             "The union said on Monday that", "Diplomats believe"))


@FAST
@given(REPORTING, st.sampled_from(("talks could resume", "the ferry could not sail", "the ship could sail",
                                   "residents could return home")), PAST_AFTER, st.integers(0, 6))
def test_a_reported_could_is_the_speakers_future(reporting: str, could: str, after: str, weekday: int) -> None:
    """BR23: reported speech shifts its tenses back — "The minister said talks could resume on Friday after the
    ceasefire was agreed" was given the past Friday (at d3dc0ad0); the day lies ahead, no day."""
    lead = f"{reporting} {could} on {WEEKDAYS[weekday]} {after}."
    assert lead_event_day(lead) == "", lead


def test_the_breakers_reported_leads() -> None:
    for lead in ("The minister said talks could resume on Friday after the ceasefire was agreed.",
                 "The captain said the ship could sail on Friday once the repairs were finished.",
                 "Officials warned that the ferry could not sail on Friday unless the storm passed."):
        assert lead_event_day(lead) == "", lead
