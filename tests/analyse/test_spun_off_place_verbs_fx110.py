"""A country and its verb after a broadcaster with regional spin-offs: the broadcaster is credited (FX110, 2026-12-07).

"He told Sky News Saudi Arabia wants peace" credited no one: after Sky News, CNN, Al Jazeera, Fox News, Euronews (whose
names other outlets share with a place: "Sky News Arabia", "CNN Türk") FX105 ended the credit at a place only before a
closed list of auxiliaries ("would", "had", "is" …), and "wants", "wanted", "agreed" were none. The list now holds the
finite verbs of a clause that no plural noun spells (outletlookalikes._CLAUSE_VERBS); "Sky News Arabia sources",
"Guardian Nigeria officials" name other outlets as before (tests/analyse/test_credit_place_subjects_br66.py).
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.credits import credit_finder, detect_credits

SPUN_OFF = ("Sky News", "CNN", "Al Jazeera", "Fox News")
COUNTRIES = ("Saudi Arabia", "Iran", "Israel", "Germany", "Ukraine", "France", "Turkey")
CLAUSES = ("wants peace.", "wanted talks.", "agreed to pay.", "rejected the offer.", "expects a deal.",
           "accepted the terms.", "opposes the plan.", "denied it.", "would win.", "had agreed.")
EDITION_WORDS = ("sources", "officials", "reporters", "viewers", "plans", "reports")


def _outlets(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder([]))]


def test_the_reported_credit() -> None:
    assert _outlets("He told Sky News Saudi Arabia wants peace.") == ["Sky News"]


@FAST
@given(st.sampled_from(SPUN_OFF), st.sampled_from(COUNTRIES), st.sampled_from(CLAUSES))
def test_a_country_and_its_verb_after_a_spun_off_broadcaster(outlet: str, country: str, clause: str) -> None:
    assert _outlets(f"The minister told {outlet} {country} {clause}") == [outlet]


@pytest.mark.parametrize("word", EDITION_WORDS)
def test_an_editions_plural_noun_still_names_another_outlet(word: str) -> None:
    assert _outlets(f"According to Sky News Arabia {word}, the talks failed.") == []
