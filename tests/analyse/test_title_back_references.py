"""A title alone ("the minister said") after a sentence whose subject is the person, when another party acts on him
in it or a sentence of the title's own stands between (titledvoices.py, 2026-12-05).

The bakery trial's gazette-kerrigan-lab: "Tomas Kerrigan announced … a day after MPs questioned him …" then
"Touring the laboratory …, the minister said the money would pay …" then '“I have listened …,” the minister said.'
The quotation had no speaker, for two reasons: a sentence that addresses another party ("questioned") was taken to
invite that party's reply, though here the subject is the one questioned ("him"), and only the sentence right before
the frame was read, which names no one (its subject is the title itself). Now an address aimed at the subject (a
passive, or another party's clause whose object is "him"/"her") does not count, and up to two sentences whose
subject is the same title, naming no one, are passed over. The church titles (bishop, canon …) are roles "the
<role>" frames too.
"""
from __future__ import annotations

from hypothesis import assume, example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

GROUPS = ["MPs", "councillors", "reporters", "the committee", "shareholders", "parishioners"]
ADDRESSES = ["questioned", "pressed", "challenged", "criticised", "urged"]
TITLES = ["minister", "chief executive", "bishop", "mayor", "chief constable", "canon"]
BETWEEN = ["", "Touring the laboratory, where the strain was found, the {t} said the money would pay for inspectors. ",
           "Later the {t} said the board had agreed. "]


def _speaker(text: str) -> str | None:
    return [q.name for q in quotes_in("Pledge", text)][-1]


@FAST
@given(word, word, st.sampled_from(GROUPS), st.sampled_from(ADDRESSES), st.sampled_from(["him", "her"]),
       st.sampled_from(TITLES), st.sampled_from(BETWEEN))
@example("Tomas", "Kerrigan", "MPs", "questioned", "him", "minister", BETWEEN[1])
def test_the_title_is_the_subject_another_party_addressed(given_name: str, surname: str, group: str, verb: str,
                                                          pronoun: str, title: str, between: str) -> None:
    text = (f"{given_name} {surname} announced an extra £2m on Wednesday, a day after {group} {verb} {pronoun} about "
            f"the outbreak.\n\n{between.format(t=title)}\u201cI have listened, and this is the answer,\u201d the {title} said.")
    assert _speaker(text) == f"{given_name} {surname}"


@FAST
@given(word, word, st.sampled_from(ADDRESSES), st.sampled_from(TITLES), st.sampled_from(BETWEEN))
def test_the_subject_who_addresses_another_is_not_the_title(given_name: str, surname: str, verb: str, title: str,
                                                           between: str) -> None:
    """"Lena Moss said …, after she pressed him." — she addressed someone else, whose reply the title's may be."""
    text = (f"{given_name} {surname} said a plan was ready, a day after she {verb} him about the outbreak.\n\n"
            f"{between.format(t=title)}\u201cThere will be no pause,\u201d the {title} said.")
    assert _speaker(text) is None
    text = f"{given_name} {surname} {verb} him for a pause. \u201cThere will be no pause,\u201d said the {title}."
    assert _speaker(text) is None


@FAST
@given(word, word, word, word, st.sampled_from(TITLES))
def test_another_person_between_gives_no_speaker(given_name: str, surname: str, other: str, other_surname: str,
                                                 title: str) -> None:
    """A sentence between that names someone else, or a title sentence that speaks of no one, breaks the chain."""
    assume(len({given_name, surname, other, other_surname}) == 4)
    text = (f"{given_name} {surname} announced an extra £2m, a day after MPs questioned him.\n\n"
            f"{other} {other_surname} said the money was welcome. \u201cThis is the answer,\u201d the {title} said.")
    assert _speaker(text) != f"{given_name} {surname}"
    text = (f"{given_name} {surname} met the union on Monday. The {title} said the talks were useful. "
            f"\u201cWe are close,\u201d the {title} said.")
    assert _speaker(text) is None  # ("met": no speech of his, as before)
