""""he"/"she" after a clause break in its own sentence stands for that sentence's subject.

A trial: “…,” Trade Minister Sindre Åsgård told NRK. Fisheries Minister Ingrid Sørbø-Halvorsen was
more measured: the closure, she said, was “…”. The second quote went to Åsgård (the previous
sentence's speaker): a person named before the pronoun counted only when the pronoun came right
after the break ("Marsh spoke; she said"), not with words between, nor after a colon at all.
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])

PREVIOUS = [
    "“We do not negotiate with threats,” {other} told reporters.",
    "{other} said on Monday that “the door is closed” to EU boats.",
    "“We will not move,” said {other}.",
]
CLAUSES = ["was more measured", "spoke to reporters in Oslo", "struck a different tone", "was blunt"]
BREAKS = [":", ";", " —", " –"]
FILLERS = ["", "the closure, ", "the new rule for EU vessels, ", "the plan, which Brussels rejects, "]


@FAST
@given(person, person, st.sampled_from(PREVIOUS), st.sampled_from(CLAUSES), st.sampled_from(BREAKS),
       st.sampled_from(FILLERS), st.sampled_from(["she", "he"]))
def test_a_pronoun_after_a_break_is_the_subject_of_its_sentence(other: str, speaker: str, previous: str,
                                                                  clause: str, mark: str, filler: str,
                                                                  pronoun: str) -> None:
    assume(not set(other.split()) & set(speaker.split()))
    tail = f"{filler}{pronoun} said, was “a conservation measure, and the commission knows it.”" if filler \
        else f"{pronoun} said it was “a conservation measure, and the commission knows it.”"
    text = f"{previous.format(other=other)} {speaker} {clause}{mark} {tail}"
    first, second = quotes_in("", text)
    assert first.name == other, text
    assert second.name == speaker, text


def test_the_trial_case() -> None:
    text = ("\"We do not negotiate fish quotas with threats against salmon,\" Trade Minister Sindre Åsgård told "
            "NRK. Fisheries Minister Ingrid Sørbø-Halvorsen was more measured: the closure, she said, was \"a "
            "conservation measure, and the commission knows it\".")
    assert [q.name for q in quotes_in("", text)] == ["Sindre Åsgård", "Ingrid Sørbø-Halvorsen"]


def test_a_pronoun_after_a_comma_still_speaks_of_the_subject() -> None:
    """"Putin is stalling, she said": Putin is what she speaks of, not the speaker (unchanged)."""
    text = ("“We will not move,” said Helena Marsh. Vladimir Putin is stalling, she said, and his offer was "
            "“neither serious nor new.”")
    assert [q.name for q in quotes_in("", text)] == ["Helena Marsh", "Helena Marsh"]
