"""A pronoun after an "According to X, …" sentence stands for X, its source (antecedents.main_subject, 2026-12-05).

The bakery trial's gazette-lawsuit: "Helen Pryce said fourteen households would seek £4.2m … According to Pryce, an
inspector flagged the fault in October 2025." then '“Nobody should have to watch their child on a drip …,” she told
the newspaper.' had no speaker: the sentence before names Pryce only as the object of "according to", no subject,
and "she" found no antecedent. The source of "according to" speaks in its sentence, as "X said" does; a named
subject who speaks there ("According to X, Y said …") still comes first.
"""
from __future__ import annotations

from hypothesis import assume, example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

CLAUSES = ["an inspector flagged the fault in October", "the company knew its cold room was faulty",
           "at least four other regions saw cuts", "the claim will be filed this week"]
VERBS = ["she told the newspaper", "she said", "she added", "he said", "he told reporters"]


def _speaker(text: str) -> str | None:
    return [q.name for q in quotes_in("Claim", text)][-1]


@FAST
@given(word, word, st.sampled_from(CLAUSES), st.sampled_from(VERBS), st.booleans())
@example("Helen", "Pryce", CLAUSES[0], VERBS[0], True)
def test_the_source_of_according_to_is_the_pronoun_s(given_name: str, surname: str, clause: str, verb: str,
                                                     named_before: bool) -> None:
    first = f"{given_name} {surname} said fourteen households would seek damages. " if named_before else ""
    source = surname if named_before else f"{given_name} {surname}"
    text = (f"Relatives intend to go to court.\n\n{first}According to {source}, {clause}.\n\n"
            f"\u201cNobody should have to watch their child on a drip,\u201d {verb}.")
    assert _speaker(text) == f"{given_name} {surname}"


@FAST
@given(word, word, word, word)
def test_a_named_subject_who_speaks_comes_first(given_name: str, surname: str, other: str, other_surname: str) -> None:
    assume(len({given_name, surname, other, other_surname}) == 4)
    text = (f"According to {given_name} {surname}, {other} {other_surname} said the fault was known. "
            f"\u201cWe knew,\u201d she said.")
    assert _speaker(text) == f"{other} {other_surname}"
    text = f"According to police, {other} {other_surname} fled the scene. \u201cI was scared,\u201d she said."
    assert _speaker(text) == f"{other} {other_surname}"
