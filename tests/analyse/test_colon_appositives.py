"""A colon lead-in may name its speaker with an appositive or after a lead-in phrase.

A trial: 'The minister, Agnes Moreau, was blunt: “The harbour is finished for good.”' gave no
speaker: the colon frame (quoteframes.BEFORE_COLON_NAME) read only a clause without a comma.
It now reads the clause's comma-separated parts (quoteframes.colon_subjects): a subject and its
appositive before a predicate of lower-case words ("The minister, Agnes Moreau, was blunt",
"Agnes Moreau, the minister, was blunt"), else the part after a lead-in ("On Monday, Moreau was
blunt"). Whoever the clause only talks about is still no speaker.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPEAKER = ["The minister, {p}, was blunt", "{p}, the minister, was blunt", "{p}, however, was blunt",
           "On Monday, {p} was blunt", "Asked about {o}, {p} was blunt", "The union’s leader, {p}, put it plainly",
           "{o}’s deputy, {p}, was blunt"]
NOBODY = ["{p} met {o}, who was blunt", "{p}’s deputy was blunt", "The minister met {p}, {o} and the crews",
          "On Monday, the minister was blunt"]


@FAST
@given(st.sampled_from(SPEAKER), person, person)
def test_the_subject_or_its_appositive_is_the_speaker(lead: str, p: str, o: str) -> None:
    assume(not set(p.split()) & set(o.split()))
    text = lead.format(p=p, o=o) + ": “The harbour is finished for good.”"
    assert [q.name for q in quotes_in("", text)] == [p], text


@FAST
@given(st.sampled_from(NOBODY), person, person)
def test_no_one_the_clause_only_talks_about(lead: str, p: str, o: str) -> None:
    assume(not set(p.split()) & set(o.split()))
    text = lead.format(p=p, o=o) + ": “The harbour is finished for good.”"
    assert [q.name for q in quotes_in("", text)] == [None], text


@pytest.mark.parametrize(("text", "speaker"), [
    ("The minister, Agnes Moreau, was blunt: “The harbour is finished for good.”", "Agnes Moreau"),
    ("Agnes Moreau, the minister, was blunt: “The harbour is finished for good.”", "Agnes Moreau"),
])
def test_colon_appositives(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
