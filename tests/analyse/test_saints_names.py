"""A run that opens with a saint's title ("St", "Saint", "San", "São" …) names a place, church,
hospital or school, never a person of the news; a saint's possessive goes on into the name.

A trial (tests/analyse/hospital/): "St Brigid’s Hospital", named in 17 of 32 articles, gave a
People page "St Brigid", a person: the possessive ended the run ("St Brigid" | "Hospital"), and
"St Brigid" was two capitalised words, a full name. "St Albans", "St Louis", "San Francisco" and
"Santa Cruz" were people too.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import SAINT_WORDS
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
saints = st.sampled_from(sorted(SAINT_WORDS)).map(lambda w: w[:1].upper() + w[1:])
HEADS = ["Hospital", "School", "College", "Infirmary", "Trust"]
SENTENCES = ["Nurses at {s} {w}{p} {h} voted to strike.", "The settlement at {s} {w}{p} would not be the last.",
             "He has run {s} {w}{p} medical services since 2020.", "She flew to {s} {w} on Monday.",
             "“We are exhausted and we are angry,” said a nurse at {s} {w}{p} {h}."]


@FAST
@given(saints, word, st.sampled_from(["’s", "'s", "s’", ""]), st.sampled_from(HEADS), st.sampled_from(SENTENCES))
def test_a_saints_name_is_no_person(saint: str, name: str, mark: str, head: str, sentence: str) -> None:
    text = sentence.format(s=saint, w=name, p=mark, h=head)
    found = names_in("", text)
    assert not [m for m in found if m.kind == PERSON], (text, found)
    assert all(q.speaker is None for q in quotes_in("", text)), text
    if mark in ("’s", "'s") and "{h}" in sentence:
        assert [(m.surface, m.kind) for m in found] == [(f"{saint} {name}{mark} {head}", ORGANISATION)], (text, found)


@pytest.mark.parametrize(("text", "found"), [
    ("Nurses at St Brigid’s Hospital have voted by a large margin to walk out.", [("St Brigid’s Hospital", ORGANISATION)]),
    ("Dr Tomás de la Cruz has run St Brigid’s medical services since 2020.", [("Tomás de la Cruz", PERSON)]),
    ("St Brigid’s Hospital said it was “working hard to find a way forward” on pay.", [("St Brigid’s Hospital",
                                                                                        ORGANISATION)]),
])
def test_saints_names(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.kind) for m in names_in("", text)] == found
