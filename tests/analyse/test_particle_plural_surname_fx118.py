"""A surname ending in "s" after the Dutch "ten"/"te" is a name, not the number's plural, when the text gives it after
a title and a given name or after an honorific (FX118, 2026-12-07): "Dutch economy minister Pieter ten Vries said …"
was the person "Vries" (nameparticles.particle_gap read "ten Vries" as "ten Britons"); "In Ohio ten Republicans said"
stays the number's."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from analyse.test_particle_short_forms_fx111 import _found
from briefgen.analyse.people import find_people

PARTICLES = st.sampled_from(["ten", "te"])
CORE = st.sampled_from(["Vries", "Claes", "Moens", "Jacobs", "Kievits", "Gillis", "Brinks"])
GIVEN = st.sampled_from(["Pieter", "Anna", "Joost", "Marieke", "Klaus", "Ciarán"])
TITLED = st.sampled_from(["Dutch economy minister {given} {run} {core} said the Netherlands \"supports strict enforcement.\"",
                          "Coach {given} {run} {core} told reporters on Sunday that the team was ready.",
                          "\"We are ready,\" said Prof. {given} {run} {core}, a physicist at Leiden.",
                          "{given} {run} {core} said on Monday that the talks had failed. Mr {run} {core} left early."])


@settings(deadline=None)
@given(PARTICLES, CORE, GIVEN, TITLED)
@example("ten", "Vries", "Pieter", "Dutch economy minister {given} {run} {core} said the Netherlands \"supports strict enforcement.\"")
def test_titled_name_keeps_its_particle(run: str, core: str, given_name: str, how: str) -> None:
    found = find_people("", how.format(given=given_name, run=run, core=core))
    assert [n.full for n in found.named] == [f"{given_name} {run} {core}"]
    assert {q.speaker for q in found.quotes} <= {f"{given_name} {run} {core}"}


@settings(deadline=None)
@given(CORE, st.sampled_from(["Pieter", "Anna"]))
@example("Vries", "Pieter")
def test_one_bearer_is_the_person_at_a_sentence_start(core: str, given_name: str) -> None:
    one = f"{given_name} ten {core}"
    listed = _found(f"Dutch economy minister {one} said the Netherlands \"supports strict enforcement.\"",
                    "The ministers said on Wednesday that the EU would answer any US tariffs together.\n\n"
                    f"Ten {core} told parliament that Europe should \"stay calm.\"")
    assert [p.name for p in listed.people] == [one]
    assert not listed.ambiguous


def test_the_number_before_a_plural_stays_the_number() -> None:
    for text in ("In Ohio ten Republicans said they would vote no.", "Ten Republicans told parliament they would vote no.",
                 "Officials told the minister ten Britons were held.", "Meanwhile ten Britons said they were stuck.",
                 "In Ohio ten Republicans said no. Governor Mike DeWine said yes."):
        found = find_people("", text)
        assert not [n.full for n in found.named if n.full.lower().startswith("ten ")], text  # (s64: "Britons", main: "ten Britons")
