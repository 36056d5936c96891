"""A dateline's place in capitals ("HARWICK, England (AP) —") is no organisation, as an acronym in
capitals would be.

A trial (tests/analyse/hospital/): the wire copy's datelines "HARWICK, England (AP) —" and
"HARWICK, England, Oct 12 (Reuters) -" made "HARWICK" an organisation named in 9 articles, and
the People index listed "Harwick" (a person, from "“Harwick just said it out loud”") "also written
as HARWICK", named in 9 articles. A run of 3+ capitals is an organisation (nameruns.classify);
names.DATELINE now keeps the place that opens a paragraph before a dash out of the names.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
places = st.lists(word.map(str.upper), min_size=1, max_size=2).map(" ".join)
AFTER = st.sampled_from(["", ", England", ", Calif.", ", Oct 2", ", England, Nov. 15", ", Ukraine, March 3"])
AGENCY = st.sampled_from(["", " (AP)", " (Reuters)", " (AFP)", " (dpa)"])
DASH = st.sampled_from([" — ", " – ", " - "])
LEAD = st.sampled_from(["", "Some text before it.\n\n", "  "])


@FAST
@given(LEAD, places, AFTER, AGENCY, DASH)
def test_a_datelines_place_is_no_name(lead: str, place: str, after: str, agency: str, dash: str) -> None:
    text = f"{lead}{place}{after}{agency}{dash}Nurses at the hospital voted to strike, NATO said on Monday."
    found = [m.surface for m in names_in("", text)]
    assert not [f for f in found if f.isupper() and f not in ("NATO", agency.strip(" ()"))], (text, found)
    assert "NATO" in found


@pytest.mark.parametrize(("text", "found"), [
    ("HARWICK, England (AP) — Nurses at a major hospital in northern England voted Monday to strike.", []),
    ("HARWICK, England, Oct 12 (Reuters) - Talks chaired by Harwick's regional governor broke up.", ["Reuters"]),
    ("NATO — the alliance of 32 countries — said on Monday that it would meet.", ["NATO"]),  # no place: a name
    ("UNICEF said the hospital was full.", ["UNICEF"]),
])
def test_datelines(text: str, found: list[str]) -> None:
    assert [m.surface for m in names_in("", text)] == found
