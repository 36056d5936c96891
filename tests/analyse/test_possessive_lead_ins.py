"""In a lead-in before a colon or dash, a possessor is the speaker only of their own words.

A trial: 'Moreau’s deputy was blunt: “The harbour is finished for good.”' credited Moreau, as did
'Moreau’s lawyer: “…”': a colon lead-in kept a possessive name as the speaker whatever noun followed
it (for "Moreau’s verdict: “…”"). Now only a noun for words (quoteframes.WORDS_NOUN: verdict, answer,
statement, reply …) makes the quotation the possessor's; any other (deputy, lawyer, team, son) is
someone else, unnamed. (A noun that OTHERS_WORDS lists, "Moreau’s answer: “…”", names no speaker, as before.)
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

OTHERS = st.sampled_from(["deputy", "lawyer", "team", "son", "aide", "driver", "old friend"])
OWN = st.sampled_from(["verdict", "view", "reaction", "assessment", "advice", "explanation"])
LEADS = st.sampled_from(["{p}’s {n}: ", "{p}’s {n} was blunt: ", "{p}'s {n} put it plainly: ", "{p}’s {n} — "])


@FAST
@given(LEADS, person, OTHERS)
def test_someone_elses_words_are_not_the_possessors(lead: str, p: str, noun: str) -> None:
    text = lead.format(p=p, n=noun) + "“The harbour is finished for good.”"
    assert [q.speaker for q in quotes_in("", text)] == [None], text


@FAST
@given(LEADS, person, OWN)
def test_the_possessors_own_words_are_theirs(lead: str, p: str, noun: str) -> None:
    text = lead.format(p=p, n=noun) + "“The harbour is finished for good.”"
    assert [q.speaker for q in quotes_in("", text)] == [p], text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Moreau’s deputy was blunt: “The harbour is finished for good.”", None),
    ("Moreau’s verdict: “The harbour is finished for good.”", "Moreau"),
])
def test_possessive_lead_ins(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
