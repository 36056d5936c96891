"""A possessive ends the full name a quotation's short speaker stands for, as it ends a name in names.py.

The reported input (a trial, 2026-12-04): 'Three people who received Brennmark Bio's Alzheimer's treatment
… died. Brennmark said in a statement that it had informed health authorities “without delay”.' credited the
company's words to a person "Brennmark Bio Alzheimer" (a People page "Alzheimer, Brennmark Bio"):
fullnames.full_name read the whole run of capitalised words through the possessives, where names.py
parts a run after a possessive (runparts.split_run). Both now part runs alike. The kind: any name, a
person's or a company's, owning any capitalised word; and "Bio" and its kin end a company's name.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.lexicon import COMPANY_HEADS, ORG_HEADS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import FAST, word

HEADS = sorted(h for h in COMPANY_HEADS if h.isalpha() and h in ORG_HEADS and h not in ("company", "co", "corp"))


@FAST
@given(st.lists(word, min_size=3, max_size=3, unique=True), st.sampled_from(["\u2019s", "'s"]))
def test_a_person_s_possessive_ends_the_full_name(words: list[str], mark: str) -> None:
    name, owned = words[:2], words[2]
    text = (f"Yesterday {' '.join(name)}{mark} {owned}{mark} clinic was shut. "
            f"{name[-1]} said “nothing has changed”.")
    quote = quotes_in("", text)[-1]
    assert quote.name == " ".join(name), quote


@FAST
@given(st.lists(word, min_size=2, max_size=2, unique=True), st.sampled_from(HEADS), st.sampled_from(["\u2019s", "'s"]))
def test_a_company_s_possessive_ends_its_name_and_its_short_name_is_the_company(words: list[str], head: str,
                                                                               mark: str) -> None:
    stem, owned = words
    company = f"{stem} {head.capitalize()}"
    text = (f"Three people who received {company}{mark} {owned}{mark} treatment died. "
            f"{stem} said in a statement that it had informed regulators “without delay”.")
    quote = quotes_in("", text)[-1]
    assert owned not in quote.name, quote
    assert {(m.full, m.kind) for m in names_in("", text) if m.surface == company} == {(company, "organisation")}


@pytest.mark.parametrize("text, name", [
    ("Three people who received Brennmark Bio's Alzheimer's treatment lunekamab died, the trade publication Pharma "
     "Dispatch reported.\n\nBrennmark said in a statement that it had informed health authorities “without delay”.",
     "Brennmark"),
    ("Such a coalition would exclude Dirk Hoekstra's Freedom Movement. Hoekstra told Reuters that leaving his party "
     "out would be “a betrayal of two million voters”.", "Dirk Hoekstra"),
])
def test_the_reported_inputs(text: str, name: str) -> None:
    assert quotes_in("", text)[-1].name == name
