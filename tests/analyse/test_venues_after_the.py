"""A venue's name that ends in its capitalised noun after "the" ("the owner of the Crown Inn", "runs the Grange
Hotel") is a place, not a person (BR8, "Wrong in both trees", 2026-12-06: nonpersons.thing_named read the venue
nouns only after the name in lower case, "the Little Brook pub").
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _persons(text: str) -> set[str]:
    return {n.full for n in find_people("", text).named if n.kind == "person"}


def test_the_reported_inputs():
    assert _persons("Tom Reid, the owner of the Crown Inn, said: “We will reopen.”") == {"Tom Reid"}
    assert _persons("Anna Berg, who runs the Grange Hotel, said: “We will reopen.”") == {"Anna Berg"}


def test_people_named_so_are_kept():
    assert "Sarah Inn" in _persons("Sarah Inn said: “We will reopen.”")
    assert "Mark Bar" in _persons("Mark Bar, the owner, said: “We will reopen.”")


@FAST
@given(word, word, word, st.sampled_from(("Inn", "Hotel", "Tavern", "Bistro", "Brewery", "Farm")),
       st.sampled_from(("the owner of the {venue}", "who runs the {venue}", "the manager at the {venue}")))
def test_a_venue_after_the_is_no_person(given_name, surname, name, noun, role):
    assume(len({given_name, surname, name}) == 3)
    venue = f"{name} {noun}"
    text = f"{given_name} {surname}, {role.format(venue=venue)}, said: “We will reopen.”"
    assert venue not in _persons(text), text
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"], text
