"""A facility's noun after a name that a place's preposition stands before makes an installation, no person (FX21 #1;
personframes.facility_named, `_PLACED`).

"Workers at Hinkley Point C plant walked out" named a person "Hinkley Point C": a facility's noun made a name an
installation only after a determiner ("the Amber Link interconnector", BR25/FX17), and English writes none before a
facility's proper name after "at", "near", "outside" …. A verb "plant" after a person ("Growers such as Anna Berg plant
barley") and "terminal" as an adjective stay as they were.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import PERSON, names_in

FACILITIES = ["Hinkley Point C", "Sizewell B", "Amber Link", "Drax Hill", "Kessington North", "Flamanville"]
NOUNS = ["plant", "reactor", "pipeline", "terminal", "refinery", "substation", "interconnector"]
PLACED = ["at", "near", "outside", "inside", "from", "of", "in"]
AFTER = ["walked out on Monday", "was shut on Monday", ", the operator said", "."]


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(FACILITIES), st.sampled_from(NOUNS), st.sampled_from(PLACED), st.sampled_from(AFTER))
@example("Hinkley Point C", "plant", "at", "walked out on Monday")
def test_a_placed_name_before_a_facilitys_noun_is_no_person(name: str, noun: str, placed: str, after: str) -> None:
    """Failed before (at be7c19ad) for every multi-word name: a person."""
    text = f"Workers {placed} {name} {noun} {after}".replace(" .", ".").replace(" ,", ",") + ("" if after == "." else ".")
    assert PERSON not in {m.kind for m in names_in("", text)}, (text, names_in("", text))


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["Anna Berg", "Tomás Ruiz", "Halina Grzęda"]),
       st.sampled_from(["Growers such as {p} plant barley in spring.", "{p} plant trees every year.",
                        "Doctors told {p} terminal cancer was likely.", "{p} said the plant was shut."]))
def test_a_person_before_the_verb_plant_stays_a_person(name: str, frame: str) -> None:
    text = frame.format(p=name)
    assert (name, PERSON) in {(m.full, m.kind) for m in names_in("", text)}, (text, names_in("", text))
