"""A force's rank of two or three words before one word is the title, the word the surname ("RAF Air Marshal Harvey
Smyth spoke. “…,” Air Marshal Smyth said": one person, Harvey Smyth; FX68, 2026-12-07: "Air Marshal Smyth" was a second
person, "Air Vice Marshal Smyth" the person "Marshal Smyth"; installations._ranked read a rank only before two words).
Properties over made-up names × ranks × frames, and the reported input.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

RANKS = st.sampled_from(("Air Marshal", "Air Vice Marshal", "Air Chief Marshal", "Air Commodore", "Squadron Leader",
                         "Wing Commander", "Group Captain", "Flight Lieutenant", "Field Marshal"))
FORCES = st.sampled_from(("", "RAF ", "Royal Air Force "))


@FAST
@given(RANKS, FORCES, word, word, st.sampled_from(SAID))
def test_a_rank_and_a_surname_is_the_person_named_in_full(rank: str, force: str, first: str, last: str,
                                                          frame: str) -> None:
    text = f"{force}{rank} {first} {last} spoke first. " + said(frame, f"{rank} {last}")
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {f"{first} {last}"}, text
    assert [q.speaker for q in find_people("", text).quotes] == [f"{first} {last}"], text


@FAST
@given(RANKS, word, st.sampled_from(SAID))
def test_a_rank_and_a_surname_alone_is_the_surname(rank: str, last: str, frame: str) -> None:
    text = said(frame, f"{rank} {last}")
    assert [q.speaker for q in find_people("", text).quotes] == [last], text


def test_the_reported_input() -> None:
    text = 'RAF Air Marshal Harvey Smyth spoke first. "We are ready," Air Marshal Smyth said.'
    assert [q.speaker for q in find_people("", text).quotes] == ["Harvey Smyth"]
    text = 'Air Vice Marshal Harvey Smyth spoke first. "We are ready," Air Vice Marshal Smyth said.'
    assert [q.speaker for q in find_people("", text).quotes] == ["Harvey Smyth"]
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {"Harvey Smyth"}
