"""A generation's suffix after a name (FX110, 2026-12-07): "Juan Pérez Sr", "Juan Pérez Jr." and "Martin Luther King III"
were filed under the suffix ("sr juan pérez", "iii martin luther king"), and "King" of "Martin Luther King III" /
"Martin Luther King Jr." was read as a royal's title, the suffix as the person: pages "III" and "Jr". Now the suffix
(generations.GENERATIONS, a closed list) belongs to the name, which is filed under its surname with the suffix shown
after the given names ("King, Martin Luther, III"). (generations.py, nameruns.classify, filing.filing_order.)
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.filing import filing_order, sort_name
from briefgen.analyse.generations import GENERATIONS
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people
from briefgen.site.people import index_name

GIVEN = st.sampled_from(("Martin", "Anna", "Juan", "Maria", "Sarah", "Henry"))  # (two given names: "Martin Luther Aaaa" is read as a
# Spanish double surname by familynames.spanish_first_surname; "Thomas Aaaa Jr said" opening a sentence reads "Thomas" as
# a list item's verb, runparts._verb_first: older rules left alone)
SURNAMES = st.one_of(word, st.sampled_from(("King", "Pérez", "Ford", "Queen", "Prince", "Smith")))
SUFFIXES = st.sampled_from(sorted(GENERATIONS))


def _named(text: str) -> list[str]:
    return [n.full for n in find_people("Report", text).named]


@pytest.mark.parametrize("name, filed, shown", [
    ("Juan Pérez Sr", "pérez juan, sr", "Pérez, Juan, Sr"),
    ("Juan Pérez Jr.", "pérez juan, jr.", "Pérez, Juan, Jr."),
    ("Martin Luther King III", "king martin luther, iii", "King, Martin Luther, III"),
])
def test_the_reported_names(name: str, filed: str, shown: str) -> None:
    assert sort_name(name, "person") == (filed, name)
    assert index_name(name, "person") == shown


@pytest.mark.parametrize("text, named", [
    ("Martin Luther King III said the march would go ahead.", ["Martin Luther King III"]),
    ("Martin Luther King Jr. said the march would go ahead.", ["Martin Luther King Jr"]),
    ("John King Jr said the plant would close.", ["John King Jr"]),
])
def test_no_suffix_is_a_person(text: str, named: list[str]) -> None:
    assert _named(text) == named


def test_what_must_not_change() -> None:
    assert classify("King Charles III".split()) == ("person", 1)  # a king's regnal numeral, as before
    assert classify("Pope Leo XIV".split()) == ("person", 1)
    assert sort_name("Avril Haines", "person") == ("haines avril", "Avril Haines")
    assert filing_order("Xi Jinping", "person") is None


@FAST
@given(GIVEN, SURNAMES, SUFFIXES)
def test_a_suffix_is_filed_after_the_given_names(first: str, surname: str, suffix: str) -> None:
    name = f"{first} {surname} {suffix}"
    assert filing_order(name, "person") == (surname, f"{first}, {suffix}")
    assert sort_name(name, "person")[0].startswith(surname.casefold() + " ")


@FAST
@given(GIVEN, SURNAMES, SUFFIXES)
def test_a_suffix_is_read_with_the_name(
        first: str, surname: str, suffix: str) -> None:
    name = f"{first} {surname} {suffix}"
    assert classify(name.split()) == ("person", 0)
    assert _named(f"{name} said the march would go ahead.") == [name.rstrip(".")]
