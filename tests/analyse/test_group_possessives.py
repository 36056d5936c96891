"""A plural noun's possessive inside an organisation's name does not part the name.

A trial: "The Killybegs Fishermen's Organisation said …" and "the Scottish Pelagic Fishermen's
Association" gave people "Killybegs Fishermen" and "Scottish Pelagic Fishermen" (each named in two
articles, so each had a people page): a possessive always ended a name, as it should before an owner's
thing ("India’s Narendra Modi"), but not inside "Farmers' Union" or "People's Liberation Army".
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
GROUPS = ["Fishermen's", "Fishermen’s", "Women's", "People's", "Children's", "Farmers'", "Workers’", "Growers'"]
HEADS = ["Organisation", "Association", "Union", "Institute", "Party", "Army", "Federation", "Council"]
organisation = st.builds(lambda place, group, head: f"{place} {group} {head}", word, st.sampled_from(GROUPS),
                         st.sampled_from(HEADS))


@FAST
@given(organisation, st.sampled_from(["'", "’"]))
def test_an_organisation_with_a_plural_possessive_is_one_name(org: str, mark: str) -> None:
    text = f"The {org} said the cut was “a bitter pill, but the right medicine.”"
    assert [(m.surface, m.kind) for m in names_in("", text)] == [(org, "organisation")], text
    (quote,) = quotes_in("", text)
    assert (quote.speaker, quote.kind) == (org, "organisation"), text


@pytest.mark.parametrize(("text", "names"), [
    ("The Killybegs Fishermen's Organisation said the cut would hit Donegal hardest.",
     [("Killybegs Fishermen's Organisation", "organisation")]),
    ("Aileen MacGillivray, chief executive of the Scottish Pelagic Fishermen's Association, said it would end.",
     [("Aileen MacGillivray", "person"), ("Scottish Pelagic Fishermen's Association", "organisation")]),
    ("India’s Narendra Modi spoke first.", [("Narendra Modi", "person")]),
])
def test_the_trial_cases_and_an_owner(text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.kind) for m in names_in("", text)] == names
