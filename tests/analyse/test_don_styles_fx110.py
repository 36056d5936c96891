""""Don", "Dona", "Dom": a Spanish or Portuguese courtesy style before a given name, else a given name (FX110, 2026-12-07).

"Don Alberto Ruiz said" made a person "Don Alberto Ruiz" (the style read as his first name, a second page beside
"Alberto Ruiz"), while "Doña" and "Dña." were styles already (FX100). "Don Smith" and "Dom Phillips" are given names.
A style only before two words or more whose first is a Spanish or Portuguese given name (donstyles.don_styled, read
by nameruns._title_end; the style is the run's title, runparts).
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.donstyles import DON_STYLES
from briefgen.analyse.familynames import _SPANISH_GIVEN
from briefgen.analyse.givenwords import IBERIAN_GIVEN
from briefgen.analyse.lexicon import DEMONYMS, NATIONALITIES
from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people

STYLES = st.sampled_from(sorted(s.capitalize() for s in DON_STYLES))
IBERIAN = st.sampled_from(sorted(w.capitalize() for w in _SPANISH_GIVEN | IBERIAN_GIVEN  # (not "German", also an
                                  if w.isalpha() and w not in DEMONYMS and w not in NATIONALITIES))  # English word: a CI draw)
ENGLISH = st.sampled_from(("Michael", "John", "Sarah", "Peter", "Anne", "David", "Emily"))


def _named(text: str) -> list[str]:
    return [n.full for n in find_people("Harvest", text).named]


@pytest.mark.parametrize("text, named", [
    ("Don Alberto Ruiz said the harvest was late.", ["Alberto Ruiz"]),
    ("Dona Maria Silva said the harvest was late.", ["Maria Silva"]),
    ("Dom Pedro Casaldáliga said the harvest was late.", ["Pedro Casaldáliga"]),
    ("Don Smith said the harvest was late.", ["Don Smith"]),
    ("Dom Phillips said the harvest was late.", ["Dom Phillips"]),
    ("Doña Alberta Ruiz said the harvest was late.", ["Alberta Ruiz"]),  # (FX100's, as before)
])
def test_the_reported_names(text: str, named: list[str]) -> None:
    assert _named(text) == named


def test_the_style_is_the_title() -> None:
    assert [(m.full, m.title) for m in names_in("", "Don Alberto Ruiz said the harvest was late.")] == [
        ("Alberto Ruiz", "Don")]


@FAST
@given(STYLES, IBERIAN, word)
def test_a_style_before_an_iberian_given_name(style: str, first: str, surname: str) -> None:
    assert _named(f"{style} {first} {surname} said the harvest was late.") == [f"{first} {surname}"]


@FAST
@given(STYLES, word, st.one_of(st.just(""), ENGLISH))
def test_a_given_name_otherwise(style: str, surname: str, middle: str) -> None:
    """Before one word, or before an English given name: the person's own given name (precision first)."""
    name = " ".join(w for w in (style, middle, surname) if w)
    assert _named(f"{name} said the harvest was late.") == [name]
