"""A titled one-word reference that is one person's surname and another's given name, with no usage evidence either way,
reads as the surname where the names' shapes are English (BR33, 2026-12-07, a break of FX55's givenrefs.called_by,
dfda8a5d): "Mr Lee" beside Lee Anderson and Stewart Lee was no one (s48: Stewart Lee). givenrefs.surname_reading:
every first-word candidate ends in a common surname that is no given name, or every last-word candidate opens with a
known given name and no first-word candidate ends with one; else no one, as T23's "Abiy Ahmed"/"Ahmed Shide" and
"Ahmed Ali"/"Ali Hassan" stay. Properties over made-up shared words × common surnames × known given names.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

SURNAMES = ("Anderson", "Johnston", "Harris", "Thompson", "Robinson", "Walker")
GIVEN = ("William", "James", "Peter", "David")  # (men: "Mr")
FRAME = '{a} and {b} met on Monday. "We disagree," Mr {w} said.'


@FAST
@given(word, word, st.sampled_from(SURNAMES), st.booleans())
def test_a_common_surname_after_the_shared_word_makes_it_the_others_surname(shared: str, first: str, surname: str,
                                                                            order: bool) -> None:
    assume(shared != first)
    names = (f"{shared} {surname}", f"{first} {shared}")
    text = FRAME.format(a=names[not order], b=names[order], w=shared)
    assert [q.name for q in quotes_in("", text)] == [f"{first} {shared}"], text


@FAST
@given(word, st.sampled_from(GIVEN), word)
def test_a_known_given_name_before_the_shared_word_makes_it_a_surname(shared: str, first: str, other: str) -> None:
    assume(shared != other)
    text = FRAME.format(a=f"{shared} {other}", b=f"{first} {shared}", w=shared)
    assert [q.name for q in quotes_in("", text)] == [f"{first} {shared}"], text


@FAST
@given(word, word, word)
def test_names_of_no_known_shape_stay_no_one(shared: str, first: str, other: str) -> None:
    assume(len({shared, first, other}) == 3)
    text = FRAME.format(a=f"{first} {shared}", b=f"{shared} {other}", w=shared)
    assert [q.name for q in quotes_in("", text)] == [None], text


@pytest.mark.parametrize(("text", "name"), [
    ('Lee Anderson and Stewart Lee met on Monday. "We disagree," Mr Lee said.', "Stewart Lee"),
    ('Ahmed Ali and Ali Hassan met on Monday. "We disagree," Mr Ali said.', None),
    ('Prime Minister Abiy Ahmed and Finance Minister Ahmed Shide met. "We disagree," Mr Ahmed said.', None)])
def test_the_reported_inputs(text: str, name: str | None) -> None:
    assert [q.name for q in quotes_in("", text)] == [name]
