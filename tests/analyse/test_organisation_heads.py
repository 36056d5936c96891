"""A capitalised run that ends in the head word of a health, civic or business body is that body,
never a person, whatever the words before it (title words among them).

A trial (tests/analyse/hospital/): "The Harwick Health Trust said it was “working hard to find a
way forward”" credited a person "Trust" with the title "Harwick Health" ("Health" is a title word:
"Health Minister X"), and "Harwick Water Trust" was a person of three names. A run is an
organisation when it ends in one of `lexicon.ORG_HEADS`, which had government, press and
academic heads only.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import ORG_HEADS
from briefgen.analyse.names import ORGANISATION, names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEW_HEADS = sorted("""trust trustees board hospital hospitals infirmary clinic school museum library charity coalition
movement front consortium collective partnership tribunal panel taskforce police constabulary unit club holdings
laboratories labs pharmaceuticals industries technologies partners ventures associates airlines airways railways
capital aerospace investments centers centres workers coaches buses trains transit
""".split())
heads = st.sampled_from(NEW_HEADS).map(str.capitalize)
lead_words = st.lists(st.one_of(word, st.sampled_from(["Health", "National", "Royal", "Water", "Energy"])),
                      min_size=1, max_size=3).map(" ".join)
FRAMES = ["The {org} said it was “working hard to find a way forward” on Monday.",
          "Nurses rejected what the {org} called its “final and best” offer.",
          "“We apologise to every patient affected by the strike,” the {org} said in a statement."]


def test_the_new_heads_are_organisation_heads() -> None:
    assert set(NEW_HEADS) <= ORG_HEADS


@FAST
@given(lead_words, heads, st.sampled_from(FRAMES))
def test_a_run_ending_in_an_organisation_head_is_the_organisation(lead: str, head: str, frame: str) -> None:
    org = f"{lead} {head}"
    text = frame.format(org=org)
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(org, ORGANISATION)], text
    assert [(m.surface, m.kind) for m in names_in("", text)] == [(org, ORGANISATION)], text


@pytest.mark.parametrize("text", [
    "The Harwick Health Trust said it was “working hard to find a way forward” and that operations would move.",
    "Nurses rejected what the Harwick Health Trust called its “final” offer of 3.5 per cent.",
])
def test_the_trials_trust(text: str) -> None:
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [("Harwick Health Trust", ORGANISATION)]


@pytest.mark.parametrize("text, found", [  # a trial of a rocket programme's briefing (2026-12-03)
    ("Kestrel Aerospace is raising £60m from investors led by Northfield Capital.",
     [("Kestrel Aerospace", ORGANISATION), ("Northfield Capital", ORGANISATION)]),
    ("Kestrel closed a £65m round after the rocket lifted off from Saxa Vord spaceport.", []),  # a place
])
def test_the_rocket_trials_firms_and_spaceport(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.kind) for m in names_in("", text)] == found


@pytest.mark.parametrize("text, name", [
    ("Talks at City Hall collapsed after ten hours.", "City Hall"),  # a bus strike's trial: "Hall, City", a person
    ("The mayor left Town Hall without a deal.", "Town Hall"),
    ("\u201cAny driver who takes these shifts will answer to us,\u201d said the United Transit Workers.",
     "United Transit Workers"),
    ("The coach operator Harrow Coaches said it had forty vehicles ready.", "Harrow Coaches"),
])
def test_a_bus_strike_s_bodies_are_organisations(text: str, name: str) -> None:
    assert {m.kind for m in names_in("", text) if m.full == name} == {ORGANISATION}
