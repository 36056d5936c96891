"""A place after an outlet's name is the next clause's subject unless other outlets are named by that name and a place
(breaker BR66, 2026-12-07, evening).

FX105 made a place after a known outlet's name end the credit unless a verb of a closed list followed ("told
Guardian Nigeria officials had lied" names another newspaper); that also lost "He told AFP Germany wants peace" and
every outlet of "told Reuters and AFP France denied it" after the first, which the session's start credited. The place
now ends the credit only after a name other outlets share with a place (outletlookalikes._place_editions).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits

PLAIN = ("AFP", "Reuters", "the BBC", "Bloomberg News", "the Financial Times")  # (no outlet is named by these + a place)
PLACES = ("Germany", "France", "Paris", "Berlin", "Ukraine", "Europe", "Gaza", "Washington", "United States")
CLAUSES = ("wants peace.", "agreed to pay.", "denied it.", "needs help.", "officials had lied.", "knew.")


def _outlets(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder([]))]


@given(st.sampled_from(PLAIN), st.sampled_from(PLACES), st.sampled_from(CLAUSES))
def test_a_place_after_a_plain_outlet_is_the_clause_subject(outlet: str, place: str, clause: str) -> None:
    name = outlet.removeprefix("the ").split()[0]  # ("Bloomberg News" is credited as Bloomberg)
    assert any(found.startswith(name) for found in _outlets(f"He told {outlet} {place} {clause}"))


@given(st.sampled_from(PLAIN[1:]), st.sampled_from(PLACES), st.sampled_from(CLAUSES))
def test_every_outlet_of_a_list_before_a_place_subject(second: str, place: str, clause: str) -> None:
    found = _outlets(f"He told AFP and {second} {place} {clause}")
    assert "AFP" in found and any(f.startswith(second.removeprefix("the ").split()[0]) for f in found), found


def test_a_newspaper_word_and_a_place_still_name_another_outlet() -> None:
    assert _outlets("He told Guardian Nigeria officials had lied.") == []
    assert _outlets("According to Sky News Arabia sources, the talks failed.") == []
