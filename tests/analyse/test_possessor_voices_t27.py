"""A possessive name that opens a sentence about what its person said ("Kaja Kallas's message was blunt.") is the
referent of the next frame's pronoun or office noun: '"…," she said' and '"…," the EU foreign policy chief said' are
hers (possessorvoices.py, read by antecedents.main_subject and titledvoices; T27, 2026-12-07: no speaker for either).
Offices of several words, a body's initials among them, ending in "chief", "head", "boss", "minister". Never when the
possessive owns a person ("Lavrov's aide was blunt.": the aide's) or another person is named there. Properties over
made-up names × said nouns × offices × frames; the reported input. Fail on the code before.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.people import find_people
from support.madeup import FAST, word

Q = '"A shadow fleet that cuts our cables has to pay,"'
NOUNS = st.sampled_from(("message", "answer", "verdict", "warning", "reply", "blunt message", "final answer"))
OFFICES = st.sampled_from(("the EU foreign policy chief", "the foreign policy chief", "the NATO security head",
                           "the party boss", "the foreign minister", "the EU's foreign policy chief", "she", "he",
                           "the defence minister", "the UN refugee agency head"))
PERSONS = st.sampled_from(("aide", "spokesman", "spokeswoman", "lawyer", "wife", "deputy"))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_people("", text).quotes]


def test_the_reported_input() -> None:
    text = f"Kaja Kallas's message was blunt. {Q} the EU foreign policy chief said in Brussels."
    assert _speakers(text) == ["Kaja Kallas"]
    assert _speakers(text.replace("the EU foreign policy chief", "she")) == ["Kaja Kallas"]
    assert _speakers(f"EU foreign policy chief Kaja Kallas arrived in Brussels. {Q} the EU foreign policy chief "
                     "said.") == ["Kaja Kallas"]


@FAST
@given(word, word, NOUNS, OFFICES, st.sampled_from(("'s", "\u2019s")))
def test_a_possessive_name_is_the_next_frames_referent(first: str, last: str, noun: str, office: str,
                                                       mark: str) -> None:
    text = f"{first} {last}{mark} {noun} was blunt. {Q} {office} said in Brussels."
    assert _speakers(text) == [f"{first} {last}"], text


@FAST
@given(word, word, PERSONS, OFFICES)
def test_never_when_the_possessive_owns_a_person(first: str, last: str, person: str, office: str) -> None:
    text = f"{first} {last}'s {person} was blunt. {Q} {office} said in Brussels."
    assert f"{first} {last}" not in _speakers(text), text


@FAST
@given(word, word, word, word, NOUNS, OFFICES)
def test_never_when_another_person_is_named_there(first: str, last: str, other: str, surname: str, noun: str,
                                                  office: str) -> None:
    text = f"{first} {last}'s {noun} to {other} {surname} was blunt. {Q} {office} said in Brussels."
    assert f"{first} {last}" not in _speakers(text), text
