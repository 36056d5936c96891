"""Irish and Scottish Gaelic surnames: the particle (Ó, Ní, Nic, Mac, Uí, Ua) is part of the surname,
so "Ó Súilleabháin said" is the Siobhán Ó Súilleabháin named before, and the People index files her
under O, as libraries do.

A trial (tests/analyse/hospital/ without `aliases:`): "The health minister, Siobhán Ó Súilleabháin,
…" then "Ó Súilleabháin writes: “…”", "Ó Súilleabháin told them …", "said Ms Ó Súilleabháin" gave
five quotes to a person "Ó Súilleabháin" of its own (two capitalised words, a full name), and
the index filed the minister as "Súilleabháin, Siobhán Ó". The particles were not in
`lexicon.SURNAME_PARTICLES` (tests/analyse/test_speaker_properties.py tests every particle).
"""
from __future__ import annotations

import pytest

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import PERSON, sort_name
from briefgen.analyse.quotes import quotes_in

TEXT = ("The health minister, Siobhán Ó Súilleabháin, has written to nurses. In the letter, Ó Súilleabháin "
        "writes: “I understand the strength of feeling.”\n\n“I have asked officials to report to me,” said Ms Ó "
        "Súilleabháin. Ó Súilleabháin told them the offer was “the most this country can afford right now”.")


def test_the_particle_and_surname_are_the_minister() -> None:
    assert [q.name for q in quotes_in("", TEXT)] == ["Siobhán Ó Súilleabháin"] * 3
    assert {m.full for m in names_in("", TEXT)} == {"Siobhán Ó Súilleabháin"}


def test_a_lone_reference_elsewhere_is_the_only_full_name() -> None:
    other = names_in("", "Ó Súilleabháin said the review was “overdue, and welcome”.")
    index = NameIndex.build([], {"a": names_in("", TEXT), "b": other})
    assert index.canonical("Ó Súilleabháin") == "Siobhán Ó Súilleabháin"


@pytest.mark.parametrize(("name", "filed"), [("Siobhán Ó Súilleabháin", "ó súilleabháin siobhán"),
                                             ("Máire Ní Bhraonáin", "ní bhraonáin máire"),
                                             ("Seán Mac Lochlainn", "mac lochlainn seán")])
def test_filed_under_the_particle(name: str, filed: str) -> None:
    assert sort_name(name, PERSON)[0] == filed
