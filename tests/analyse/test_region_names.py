"""A two-word run that opens with a position word ("Upper", "Middle", "Lower", "Greater", "North",
"Western" …: `lexicon.REGION_PREFIXES`) names a region, never a person of the news.

A trial (a briefing on the Rhine's low water, November 2026): "the Middle Rhine", named in four
articles, gave a People page "Middle Rhine" labelled "Person"; "Upper Rhine", "Lower Saxony" and
"Lower Danube" did too. Two capitalised words read as a given name and a surname.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import REGION_PREFIXES
from briefgen.analyse.names import PERSON, names_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
prefixes = st.sampled_from(sorted(REGION_PREFIXES)).map(str.title)
SENTENCES = ["Barges on the {r} carry a third of their cargo.", "Exports from {r} fell in November.",
             "The plan to deepen the {r} channel between Mainz and St Goar came late.",
             "Farmers in {r} and {r} asked for aid, officials said."]


@FAST
@given(prefixes, word, st.sampled_from(SENTENCES))
def test_a_region_is_no_person(prefix: str, name: str, sentence: str) -> None:
    text = sentence.format(r=f"{prefix} {name}")
    found = names_in("", text)
    assert not [m for m in found if m.kind == PERSON], (text, found)


@pytest.mark.parametrize(("text", "people"), [
    ("The plan to deepen the Middle Rhine between Mainz and St Goar came a decade late.", []),
    ("Shipping on the Upper Rhine and the Lower Danube slowed; Lower Saxony asked for aid.", []),
    ("Transport minister Jonas Brandt said the Middle Rhine would be dredged.", ["Jonas Brandt"]),
    ("Kanye West and Oliver North were not there, Karl Huber said.", ["Kanye West", "Oliver North", "Karl Huber"]),
])
def test_regions_and_people(text: str, people: list[str]) -> None:
    assert [m.surface for m in names_in("", text) if m.kind == PERSON] == people
