"""A seat of two words whose second is shaped as a place's ("Glasgow Southside", "Sutton Coldfield") before a
member's name of two words names the member (seats._PLACE_ENDINGS; issue 9, 2026-12-05).

"Member of the Scottish Parliament for Glasgow Southside Nicola Sturgeon said the plans were “deeply worrying”." had
no quotation and named no one: after a one-word seat three words were left, which seats.seat_end cannot split. A
place's ending (-field, -side, -shire, -bury, -mouth, -minster, -borough, -burgh, -stead, -caster, -wich) is no given
name's, so the seat runs on to it; any other second word ("Milton Keynes Andrew Mitchell") still names no one.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

_SAID = " said the plans were “deeply worrying for every family in the area”."


def _read(text: str) -> tuple[list[str | None], list[str]]:
    return [q.name for q in quotes_in("", text)], sorted(n.full for n in find_people("", text).named)


def test_the_reported_sentences():
    text = "Member of the Scottish Parliament for Glasgow Southside Nicola Sturgeon said the plans were “deeply worrying”."
    assert _read(text) == (["Nicola Sturgeon"], ["Nicola Sturgeon"])
    assert _read(f"The Member for Sutton Coldfield Andrew Mitchell{_SAID}") == (["Andrew Mitchell"], ["Andrew Mitchell"])


def test_what_must_not_change():
    assert _read(f"The MP for Milton Keynes Andrew Mitchell{_SAID}") == ([None], [])
    assert _read(f"The MP for Bath Mary Lou McDonald{_SAID}") == ([None], [])
    assert _read(f"The MP for Bath Wera Hobhouse{_SAID}") == (["Wera Hobhouse"], ["Wera Hobhouse"])


@FAST
@given(st.sampled_from(("The MP for", "The Member for", "Labour MSP for", "The councillor for")), word, word,
       st.sampled_from(("field", "side", "shire", "bury", "mouth", "borough")), word, word)
def test_a_place_shaped_second_seat_word(holder, seat, stem, ending, given_name, surname):
    text = f"{holder} {seat} {stem}{ending} {given_name} {surname}{_SAID}"
    assert _read(text)[0] == [f"{given_name} {surname}"], text
