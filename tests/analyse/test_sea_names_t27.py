"""A sea, gulf, strait, cape or lake named "X of Y" is a place, never an organisation on the People page.

The reported input (T27, 2026-12-07): four articles' "in the Gulf of Finland" made people/gulf-of-finland/, an
"Organisation, named in 4 articles" (a country's name last reads as a firm's subsidiary: "Vale Canada"). The kind:
any head of seanames.SEA_HEADS before "of" and a place, in the sentences such places stand in (seanames.py).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.people import find_people, people_of

HEADS = ("Gulf", "Bay", "Strait", "Straits", "Sea", "Cape", "Isthmus", "Sound", "Firth", "Fjord", "Lake")
PLACES = ("Finland", "Panama", "Riga", "Bothnia", "Biscay", "Hormuz", "Azov", "Mull", "Forth", "Norway", "Canada",
          "Good Hope", "Chile", "Oman", "Mexico", "Sweden")
FRAMES = ("Two cables on the floor of the {place} were damaged on Monday, operators said.",
          "The pipeline was damaged in the {place} early on Monday, operators said.",
          "Navy ships patrolled the {place} on Tuesday. Commander Anna Berg said: “We are there.”")


def _listed(bodies: dict[str, str]) -> dict[str, str]:
    articles = tuple(factories.article(slug) for slug in bodies)
    people = people_of(articles, {slug: find_people("Cables", body) for slug, body in bodies.items()}, ())
    return {person.name: person.kind for person in people.people}


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(HEADS), st.sampled_from(PLACES), st.lists(st.sampled_from(FRAMES), min_size=2, max_size=3))
def test_a_sea_of_a_place_is_no_organisation(head: str, place: str, frames: list[str]) -> None:
    name = f"{head} of {place}"
    listed = _listed({f"a{n}": frame.format(place=name) for n, frame in enumerate(frames)})
    assert name not in listed and not any(head in listed_name for listed_name in listed), listed


def test_the_reported_input() -> None:
    listed = _listed({f"a{n}": text for n, text in enumerate((
        "Two cables on the floor of the Gulf of Finland were damaged on Monday.",
        "The pipeline was damaged in the Gulf of Finland early on Monday, operators said.",
        "A gas pipeline on the floor of the Gulf of Finland was damaged.",
        "Ships in the Gulf of Finland were told to keep clear."))})
    assert "Gulf of Finland" not in listed, listed


def test_a_body_named_after_the_place_stays() -> None:
    listed = _listed({"a": "The Bay of Plenty Regional Council said on Monday: “The beach is closed.”",
                      "b": "The Bank of Finland said: “Rates stay.” The Bank of Finland meets again in May."})
    assert listed.get("Bay of Plenty Regional Council") == "organisation" and listed.get("Bank of Finland") == "organisation", listed
