"""Runs that read as a person's two-word name but are a stream, an airline, a code name or the half of a fire service's
name that "and" cut off (the tester's airport briefing, issue 9, 2026-12-05): "Ashby Brook", "Celtic Skies",
"Project Kestrel" were People pages labelled Person, "Rescue Service" an organisation (nonpersons.py, andnames.py)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in


def _people(text: str) -> set[str]:
    return {m.full for m in names_in("", text) if m.kind == "person"}


def _names(text: str) -> set[str]:
    return {m.full for m in names_in("", text)}


def test_the_reported_sentences():
    assert _people("A film of fuel was later seen on the Ashby Brook near Marden Park, and dog walkers reported a "
                   "strong smell. The Ashby Brook runs through Marden Park.") == set()
    assert _people("A Celtic Skies plane from Belfast with 38 passengers on board was held in a holding pattern. "
                   "Only the Celtic Skies service to Belfast now remains.") == set()
    assert _people("The paper said the plan, called Project Kestrel, was set out in a board document.") == set()
    assert _names("Station manager Alun Prosser, of Westmoor Fire and Rescue Service, said: “The spill has been "
                  "contained.”") == {"Alun Prosser", "Westmoor Fire and Rescue Service"}


def test_what_must_not_change():
    assert _people("Glenn Beck said the show would go on. Beck has hosted it for years.") >= {"Glenn Beck"}
    assert _people("Peter Brook directed the play in Paris.") == {"Peter Brook"}
    assert _people("Project Manager Anna Berg said the site would open in May.") >= {"Anna Berg"}
    assert _people("Anna Berg and Tom Reid said they would appeal.") == {"Anna Berg", "Tom Reid"}
    assert _people("Tom Reid's flight from Belfast was delayed, Anna Berg said.") >= {"Tom Reid", "Anna Berg"}


_STREAMS = st.sampled_from(("Brook", "Beck", "Burn", "Creek"))
_AIRLINE = st.sampled_from(("A {n} plane from Belfast was held over the sea.", "The {n} flight from Belfast landed late.",
                            "An {n} jet from Belfast was held over the sea.",
                            "Passengers said {n}, the regional airline, had told them nothing."))


@FAST
@given(word, word, word, _STREAMS, st.sampled_from(("near the bridge.", "on Monday.", ", the agency said.")))
def test_a_stream_after_the_is_no_person(first, given_name, surname, head, tail):
    text = (f"Fuel was seen on the {first} {head} {tail} {given_name} {surname}, a walker, said the smell was "
            f"strong.")
    assert f"{first} {head}" not in _people(text), text
    assert f"{given_name} {surname}" in _people(text), text


@FAST
@given(word, word, _AIRLINE)
def test_an_airline_before_its_planes_is_no_person(first, second, frame):
    text = frame.format(n=f"{first} {second}")
    assert f"{first} {second}" not in _people(text), text


@FAST
@given(word, st.sampled_from(("Project", "Operation")), st.sampled_from(("called", "code-named", "known as")))
def test_a_code_name_is_no_person(name, head, verb):
    text = f"The plan, {verb} {head} {name}, was set out in a board document."
    assert f"{head} {name}" not in _people(text), text


@FAST
@given(word, st.sampled_from(("Service", "Authority")))
def test_a_fire_service_with_and_is_one_name(place, head):
    text = f"Station manager Anna Berg, of {place} Fire and Rescue {head}, said the fire was out."
    assert f"{place} Fire and Rescue {head}" in _names(text), text
    assert f"Rescue {head}" not in _names(text), text
