"""After a question put to a named person by someone unnamed, "he said"/"she said" is the one asked.

A trial: '“Is the harbour closed?” a reporter asked Salo. “Yes, it is closed for now,” he said.'
gave the answer no speaker: a pronoun's antecedent in the previous sentence is its subject, and
"a reporter" names no one while Salo is the object of "asked". antecedents.addressee now gives,
for a sentence with no named subject, the only person right after "asked", "questioned", "pressed"
or "quizzed" that ends the clause or is followed by what is asked ("whether", "about", "on" …).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ASKERS = st.sampled_from(["a reporter", "one journalist", "the moderator", "she", "a fisherman"])
QUESTIONS = ["“Is the harbour closed?” {asker} asked {p}.", "{Asker} asked {p} whether the harbour was closed.",
             "{Asker} pressed {p} on the closure.", "{Asker} questioned {p} about the closure."]
ANSWER = " “Yes, it is closed for now,” he said."


@FAST
@given(st.sampled_from(QUESTIONS), ASKERS, person)
def test_the_one_asked_answers(question: str, asker: str, p: str) -> None:
    text = question.format(asker=asker, Asker=asker[0].upper() + asker[1:], p=p) + ANSWER
    assert quotes_in("", text)[-1].name == p, text


@FAST
@given(ASKERS, person, person)
def test_two_asked_are_no_answer(asker: str, p: str, q: str) -> None:
    assume(not set(p.split()) & set(q.split()))
    text = f"{asker[0].upper() + asker[1:]} asked {p} and {q} whether the harbour was closed." + ANSWER
    assert quotes_in("", text)[-1].name is None, text


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Is the harbour closed?” a reporter asked Salo. “Yes, it is closed for now,” he said.", "Salo"),
    ("A reporter asked Salo whether the harbour was closed. “Yes, it is closed for now,” he said.", "Salo"),
])
def test_asked_answers(text: str, speaker: str) -> None:
    assert quotes_in("", text)[-1].speaker == speaker
