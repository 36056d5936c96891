"""A person's office, cabinet or delegation speaks for the person unnamed: it is no organisation
named after them, and the words are not the person's own.

A trial (tests/analyse/hospital/): "Ms Ó Súilleabháin’s office said Mr Frost's figures were
“simply wrong”" credited an organisation "Ms Ó Súilleabháin’s office", which got a People page of
its own. A possessive before an institution noun (`lexicon.INSTITUTION_NOUNS`) made an organisation
whoever the possessor was; it does when the possessor is a place or an organisation ("China's
foreign ministry", "the Kremlin's press office"), not a person.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import INSTITUTION_NOUNS
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
nouns = st.sampled_from(sorted(INSTITUTION_NOUNS))
FRAMES = ["{o} said the figures were “simply wrong, and everyone knows it”.",
          "“The figures are simply wrong, and everyone knows it,” {o} said.",
          "{o} said: “The figures are simply wrong, and everyone knows it.”"]


@FAST
@given(st.sampled_from(["", "Ms ", "Minister ", "Dr "]), person, st.sampled_from(["’s", "'s"]), nouns,
       st.sampled_from(["", "press "]), st.sampled_from(FRAMES))
def test_a_persons_office_is_no_named_speaker(title: str, p: str, mark: str, noun: str, adjective: str,
                                              frame: str) -> None:
    speaker = f"{title}{p}{mark} {adjective}{noun}"
    text = f"{p} spoke on Monday. " + frame.format(o=speaker[:1].upper() + speaker[1:])
    assert [q.name for q in quotes_in("", text)] == [None], text


@FAST
@given(st.sampled_from(["China", "Norway", "the Kremlin", "NATO"]), nouns, st.sampled_from(FRAMES))
def test_a_place_or_organisations_office_is_an_organisation(owner: str, noun: str, frame: str) -> None:
    speaker = f"{owner}'s {noun}"
    text = frame.format(o=speaker[:1].upper() + speaker[1:])
    assert [q.kind for q in quotes_in("", text)] == ["organisation"], text


@pytest.mark.parametrize(("text", "names"), [
    ("Ms Ó Súilleabháin’s office said Mr Frost's figures were “simply wrong” in every respect.", []),
    ("Zelensky's office said the talks were “a good start for everyone”.", [None]),
    ("China's foreign ministry said the talks were “a good start for everyone”.", ["China's foreign ministry"]),
])
def test_offices(text: str, names: list[str | None]) -> None:
    assert [q.name for q in quotes_in("", text)] == names
