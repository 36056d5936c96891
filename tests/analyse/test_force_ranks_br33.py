"""A rank or title after a force's words makes the rest of the run a titled person, no station (BR33, 2026-12-07, a break
of FX50's installations._LEAD_PAIRS): "said Marine Corps Commandant General Eric Smith", "Marine Corps Gen. Eric
Smith said", "Space Force General Chance Saltzman", "Army Garrison Commander Col. Ana Ruiz" were no one (s48: the
person); "said RAF Squadron Leader Ian Smith" one organisation of the whole run given the quotation ("RAF Wing
Commander Guy Gibson", "RAF Flt Lt John Nichol", "RAF Air Marshal Harvey Smyth" likewise). installations._titled,
force_titled. Properties over the forces' words × ranks (one word, abbreviated, two words) × made-up names; the
stations stay no person.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

FORCES = ("Marine Corps", "Space Force", "Army Garrison", "Joint Base", "Naval Station", "Air Base", "RAF", "RAAF", "RCAF")
RANKS = ("General", "Gen.", "Commandant General", "Commander Col.", "Colonel", "Admiral", "Captain", "Lt", "Squadron Leader",
         "Wing Commander", "Flt Lt", "Air Marshal", "Group Captain")
FRAMES = ('"We are ready," said {name}.', '{name} said: "We are ready."')


@FAST
@given(st.sampled_from(FORCES), st.sampled_from(RANKS), word, word, st.sampled_from(FRAMES))
def test_a_rank_after_a_forces_words_makes_a_titled_person(force: str, rank: str, given_name: str, surname: str,
                                                           frame: str) -> None:
    assume(given_name != surname)
    text = frame.format(name=f"{force} {rank} {given_name} {surname}")
    person = f"{given_name} {surname}"
    assert [q.name for q in quotes_in("", text)] == [person], text
    assert [m.surface for m in names_in("", text) if m.kind != "place"] == [person], text


@FAST
@given(st.sampled_from(("Naval Station", "Joint Base", "Camp", "RAF", "Marine Corps Air Station")), word)
def test_a_station_stays_no_person(lead: str, place: str) -> None:
    text = f"Troops left {lead} {place} on Monday."
    assert [m.surface for m in names_in("", text) if m.kind == "person"] == [], text


@pytest.mark.parametrize(("text", "name"), [
    ('"We are ready," said Marine Corps Commandant General Eric Smith.', "Eric Smith"),
    ('Marine Corps Gen. Eric Smith said: "We are ready."', "Eric Smith"),
    ('"We are ready," said Space Force General Chance Saltzman.', "Chance Saltzman"),
    ('"We are ready," said Army Garrison Commander Col. Ana Ruiz.', "Ana Ruiz"),
    ('"We are ready," said RAF Squadron Leader Ian Smith.', "Ian Smith"),
    ('"We are ready," said RAF Wing Commander Guy Gibson.', "Guy Gibson"),
    ('"We are ready," said RAF Flt Lt John Nichol.', "John Nichol"),
    ('"We are ready," said RAF Air Marshal Harvey Smyth.', "Harvey Smyth")])
def test_the_reported_ranks(text: str, name: str) -> None:
    assert [q.name for q in quotes_in("", text)] == [name]
    assert [m.surface for m in names_in("", text)] == [name]
