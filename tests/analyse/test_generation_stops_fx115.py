"""A generation suffix's stop ends no speaker's name, and a courtesy title before a surname and its suffix makes no
royal of the surname (BR67 on FX110; FX115).

"John Smith Jr. said: “…”", "“…,” John Smith Jr. said." and "Juan Pérez Sr., the mayor, said:" had no speaker (at s64
and FX110 alike): the masked text writes the stop as generations' DOT, and quotes._phrase read it as a word between
the name and its verb. Now a stop after a suffix of the closed list (generations.GENERATIONS) is the name's
(generations.suffix_stop_end). "Mr King III told reporters" and "Dr King III" made a person "III" titled King (the
courtesy title dropped, "King" read as a royal's): a royal's title word with only a suffix after it is a surname
(nameruns._title_end).
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

SUFFIXES = st.sampled_from(("Jr.", "Sr.", "Jr", "Sr", "III", "II"))
FRAMES = st.sampled_from(("{n} said: \u201cWe won the vote.\u201d", "\u201cWe won the vote,\u201d {n} said.",
                          "{n}, the mayor, said: \u201cWe won the vote.\u201d",
                          "\u201cWe won the vote,\u201d said {n}, the mayor."))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("Story", text)]


@pytest.mark.parametrize("text, speaker", [
    ("John Smith Jr. said: \u201cWe won.\u201d", "John Smith Jr"),
    ("\u201cWe won,\u201d John Smith Jr. said.", "John Smith Jr"),
    ("Juan P\u00e9rez Sr., the mayor, said: \u201cWe won.\u201d", "Juan P\u00e9rez Sr"),
])
def test_the_reported_speakers(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("title", ["Mr", "Dr", "Mrs", "Ms"])
def test_a_titled_surname_and_suffix(title: str) -> None:
    found = [(n.full, n.title) for n in names_in("Story", f"{title} King III told reporters: \u201cWe won.\u201d")]
    assert [full for full, _ in found] == ["King III"], found
    assert _speakers(f"{title} King III told reporters: \u201cWe won.\u201d") == ["King III"]


def test_what_must_not_change() -> None:
    assert [(n.full, n.title) for n in names_in("Story", "King Charles III told reporters.")] == [("Charles III", "King")]
    assert [(n.full, n.title) for n in names_in("Story", "Queen Elizabeth II said so.")] == [("Elizabeth II", "Queen")]
    assert _speakers("John Smith said: \u201cWe won.\u201d") == ["John Smith"]


@FAST
@given(word, word, SUFFIXES, FRAMES)
def test_a_suffixed_speaker_keeps_the_quotation(first: str, last: str, suffix: str, frame: str) -> None:
    text = frame.format(n=f"{first} {last} {suffix}")
    plain = frame.format(n=f"{first} {last}")
    expected = [None if s is None else f"{s} {suffix.rstrip('.')}" for s in _speakers(plain)]
    assert _speakers(text) == expected, text
