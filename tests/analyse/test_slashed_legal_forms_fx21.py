"""A legal form written with a slash ("Maersk A/S", "I/S", "K/S", "P/S", "S/A") is one word of a company's name
(FX21, 2026-12-06; initialnames.SLASHED, companyforms.LEGAL_FORMS): "Maersk A/S said" made a person "S".
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import ORGANISATION, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import SAID, said


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(["Maersk", "Vestas Wind Systems", "Ørsted", "Petrobras", "Nordvik Shipping", "Carlsberg"]),
       st.sampled_from(["A/S", "I/S", "K/S", "P/S", "S/A"]), st.sampled_from(SAID))
@example("Maersk", "A/S", SAID[0])
def test_a_legal_form_with_a_slash_is_a_company_word(stem: str, form: str, frame: str) -> None:
    """The company, its form whole, is the speaker and the one name (before: a person "S", or "A/S" read as "A" | "S")."""
    text = said(frame, f"{stem} {form}")
    names = [(m.full, m.kind) for m in names_in("", text)]
    assert names == [(f"{stem} {form}", ORGANISATION)], (text, names)
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(f"{stem} {form}", ORGANISATION)], text


def test_names_joined_by_a_slash_stay_apart() -> None:
    """Only a capital alone on either side joins: "AC/DC", "Kyiv/Moscow" are no legal form."""
    assert [m.full for m in names_in("", "The Kyiv/Moscow talks ended. Anna Berg left.")] == ["Anna Berg"]
