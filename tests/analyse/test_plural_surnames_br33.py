"""A party's or an office's plural after a given name or a title is a surname (BR33, 2026-12-07, a break of FX50's
groupnouns.PARTY_PLURALS, 039ea2c2): "said former porn star Traci Lords, 57" and "Defender Liam Peers said" were no
one (s48: the person). groupnouns.plural_group: after a known given name, a title, or — two words — a first word no list
holds nor a group's qualifier; "Senate Republicans", "Two Senators", "Rebel Tories" stay a group, "Liberal Democrats" a
party. Properties over the plurals × known given names × made-up first words, and the reported inputs.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.groupnouns import PARTY_PLURALS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

PLURALS = sorted(p.capitalize() for p in PARTY_PLURALS)
FRAMES = ('"We were poor," said {name}.', '{name} said: "We were poor."', '"We were poor," said former star {name}, 57.')


@FAST
@given(st.sampled_from(("Liam", "Anna", "James", "Rachel", "William", "Maria")), st.sampled_from(PLURALS),
       st.sampled_from(FRAMES))
def test_a_plural_after_a_known_given_name_is_a_surname(given_name: str, plural: str, frame: str) -> None:
    text = frame.format(name=f"{given_name} {plural}")
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {plural}"], text


@FAST
@given(word, st.sampled_from(PLURALS), st.sampled_from(FRAMES))
def test_a_plural_after_an_unlisted_first_word_is_a_surname(first: str, plural: str, frame: str) -> None:
    text = frame.format(name=f"{first} {plural}")
    assert [q.name for q in quotes_in("", text)] == [f"{first} {plural}"], text


@FAST
@given(st.sampled_from(("Senate", "House", "Two", "Ten", "Rebel", "Moderate", "Senior", "Veteran", "Congressional")),
       st.sampled_from(PLURALS))
def test_a_qualified_plural_stays_a_group(first: str, plural: str) -> None:
    text = f'{first} {plural} said: "We were poor."'
    assert [m.surface for m in names_in("", text) if m.kind == "person"] == [], text


@pytest.mark.parametrize(("text", "name"), [
    ('"I was young," said former porn star Traci Lords, 57.', "Traci Lords"),
    ('Defender Liam Peers said: "We were poor."', "Liam Peers")])
def test_the_reported_inputs(text: str, name: str) -> None:
    assert [q.name for q in quotes_in("", text)] == [name]
    assert [m.surface for m in names_in("", text)] == [name]
