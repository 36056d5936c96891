"""An organisation's name with "and" inside is no person at its tail: "Scottish Fire and Rescue said" listed a person
"Rescue", "Fire and Rescue NSW" one "Rescue NSW", "Queensland Fire and Emergency Services" an organisation "Emergency
Services", "Procter and Gamble said" a person "Gamble" (the breakers' br5/br6 inputs, issue 9, 2026-12-05:
andnames.and_organisation's fire services, andnames.and_tail, nameruns._fire_service)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _people(text: str) -> dict[str, str]:
    return {n.full: n.kind for n in find_people("", text).named}


def test_the_reported_inputs():
    assert _people("Scottish Fire and Rescue said it was investigating.") == {"Scottish Fire and Rescue": "organisation"}
    assert _people("Fire and Rescue NSW said the blaze was contained.") == {"Fire and Rescue NSW": "organisation"}
    assert _people("Queensland Fire and Emergency Services said the fire was under control.") == {
        "Queensland Fire and Emergency Services": "organisation"}
    assert "Gamble" not in _people("Procter and Gamble said: “We are reviewing the findings.”")


def test_what_must_not_change():
    text = "Chief Fire Officer Tom Reid of Westmoor Fire and Rescue Service said: “Crews worked through the night.”"
    assert _people(text) == {"Tom Reid": "person", "Westmoor Fire and Rescue Service": "organisation"}
    assert _people("Shadow Fire and Rescue spokesman Tom Reid said the cuts were “dangerous”.") == {"Tom Reid": "person"}
    assert _people("Tom Reid and Anna Berg said they were “delighted”.") == {"Tom Reid": "person", "Anna Berg": "person"}
    text = "Tom Reid met Anna Berg on Monday. Reid and Berg said they were “delighted”."
    assert _people(text) == {"Tom Reid": "person", "Anna Berg": "person"}
    assert [q.name for q in quotes_in("", text)] == [None] or all(
        q.name in (None, "Tom Reid and Anna Berg") for q in quotes_in("", text))
    assert _people("Marks and Spencer said sales fell.") == {"Marks and Spencer": "organisation"}


@FAST
@given(word, st.sampled_from(("Fire and Rescue", "Fire and Rescue Service", "Fire and Emergency Services",
                              "Fire and Rescue Authority")), st.booleans())
def test_a_fire_service_is_one_organisation(place, service, before):
    name = f"{service} {place.upper()}" if before else f"{place} {service}"  # ("Fire and Rescue NSW")
    text = f"{name} said crews had been called to the blaze at 3am."
    assert _people(text) == {name: "organisation"}, text


@FAST
@given(word, word)
def test_a_lone_word_after_another_and_is_no_person(first, second):
    text = f"{first} and {second} said: “We are reviewing the findings.”"
    people = _people(text)
    assert second not in people and first not in people, (text, people)
    assert all(q.name in (None, f"{first} and {second}") for q in quotes_in("", text)), text
