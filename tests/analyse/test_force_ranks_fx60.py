"""A force's rank of two or three words before a name is the title, with or without the force's initials or name before
it ("RAF Air Marshal Harvey Smyth", "Air Vice Marshal …", "Royal Air Force Air Chief Marshal …"): the mention's title
holds it and the name is the person (FX60, 2026-12-07: "RAF Air Marshal Harvey Smyth said" had an empty title, "Air
Marshal Harvey Smyth" was a person of four words and "Air Vice Marshal Harvey Smyth" the person "Marshal Harvey Smyth";
installations.rank_end, runparts). Properties over made-up names × forces × ranks × frames, and the reported input.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

FORCES = st.sampled_from(("", "RAF ", "Royal Air Force ", "RAAF "))
RANKS = st.sampled_from(("Air Marshal", "Air Vice Marshal", "Air Chief Marshal", "Air Commodore", "Squadron Leader",
                         "Wing Commander", "Group Captain", "Flight Lieutenant"))


@FAST
@given(FORCES, RANKS, word, word, st.sampled_from(SAID))
def test_a_rank_before_a_name_is_the_title(force: str, rank: str, given_name: str, last: str, frame: str) -> None:
    name = f"{given_name} {last}"
    text = said(frame, f"{force}{rank} {name}")
    people = [(n.full, n.title) for n in names_in("", text) if n.kind == PERSON]
    assert people == [(name, f"{force}{rank}")], text
    assert [q.name for q in quotes_in("", text)] == [name], text


def test_the_reported_input() -> None:
    text = '"We are ready," RAF Air Marshal Harvey Smyth said.'
    assert [(n.full, n.title) for n in names_in("", text)] == [("Harvey Smyth", "RAF Air Marshal")]
    assert [q.name for q in quotes_in("", text)] == ["Harvey Smyth"]
