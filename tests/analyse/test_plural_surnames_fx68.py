"""A group's plural alone in a quotation's frame is the person the article names with it as a surname ("Tom Peers
tabled the bill. “…,” Peers said": Tom Peers; FX68, 2026-12-07: no speaker, as at s50 — FX60 read "Mr Peers" so, not
the word alone; quotespeakers._runs reads a word of groupnouns.PARTY_PLURALS as "May said" is read, by the full name).
A plural no one bears stays no one's ("Republicans said", "Senate Republicans … Republicans said"). Properties over
made-up given names × plurals × frames, and the reported input.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

PLURALS = st.sampled_from(("Peers", "Lords", "Generals", "Admirals", "Mayors", "Colonels", "Governors"))


@FAST
@given(word, PLURALS, st.sampled_from(SAID))
def test_the_plural_as_a_surname_is_the_person(first: str, plural: str, frame: str) -> None:
    text = f"{first} {plural} tabled the bill. " + said(frame, plural)
    assert [q.speaker for q in find_people("", text).quotes] == [f"{first} {plural}"], text


@FAST
@given(st.sampled_from(("Republicans", "Democrats", "Senators", "Lawmakers")), st.sampled_from(SAID))
def test_a_plural_no_one_bears_is_no_one(plural: str, frame: str) -> None:
    for text in (said(frame, plural), f"Senate {plural} met on Monday. " + said(frame, plural)):
        assert [q.speaker for q in find_people("", text).quotes if q.kind == "person"] == [], text


def test_the_reported_input() -> None:
    text = 'Tom Peers tabled the bill. "It must change," Peers said.'
    assert [q.speaker for q in find_people("", text).quotes] == ["Tom Peers"]
