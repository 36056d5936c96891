"""(Narrowed by FX83: see test_possessor_narrowed_fx83.py.) A possessive name that opens a sentence about what its person said ("Kaja Kallas's message was blunt.") is the
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
    # FX83 (BR43) narrowed the rule: an office noun only when the run gives that office, a pronoun only when the sex
    # known of the person agrees ("Kaja" is in no given-name list: T27's "she said" has no speaker again)
    text = f"Kaja Kallas's message was blunt. {Q} the EU foreign policy chief said in Brussels."
    assert "Kaja Kallas" not in _speakers(text)
    assert _speakers(f"EU foreign policy chief {text}") == ["Kaja Kallas"]
    assert _speakers(f"EU foreign policy chief Kaja Kallas arrived in Brussels. {Q} the EU foreign policy chief "
                     "said.") == ["Kaja Kallas"]


TITLED_OFFICES = st.sampled_from((("EU foreign policy chief", "the EU foreign policy chief"),
                                  ("Foreign Minister", "the foreign minister"), ("Defence Minister", "the defence minister")))
SEXED = st.sampled_from((("Maria", "she"), ("Anna", "she"), ("John", "he"), ("Peter", "he")))


@FAST
@given(word, NOUNS, TITLED_OFFICES, st.sampled_from(("'s", "\u2019s")))
def test_a_titled_possessive_name_is_the_next_office_nouns_referent(last: str, noun: str, office: tuple[str, str],
                                                                   mark: str) -> None:
    text = f"{office[0]} Jan {last}{mark} {noun} was blunt. {Q} {office[1]} said in Brussels."
    assert _speakers(text) == [f"Jan {last}"], text


@FAST
@given(SEXED, word, NOUNS)
def test_a_possessive_name_is_the_referent_of_a_pronoun_of_its_sex(given_sex: tuple[str, str], last: str,
                                                                   noun: str) -> None:
    text = f"{given_sex[0]} {last}'s {noun} was blunt. {Q} {given_sex[1]} said in Brussels."
    assert _speakers(text) == [f"{given_sex[0]} {last}"], text


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
