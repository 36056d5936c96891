"""The tail of a body's name after "on" is no person when a portfolio's word opens it (BR33, 2026-12-07): "The Senate
Committee on Foreign Relations" gave a person "Relations", titled "Foreign" (instrumenttails.instrument_tail read only a
reading that starts the run, untitled). A reading after portfolio words only is the tail too; a title that is no
portfolio's ("President Anna Berg") or a place ("Ukraine Anna Berg") before the name keeps the person. Properties over
the body heads × portfolio words × made-up words.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import names_in
from support.madeup import FAST, word


@FAST
@given(st.sampled_from(("Committee", "Commission", "Council", "Conference", "Panel")), st.sampled_from(("Foreign", "Home",
       "Energy")), word)
def test_a_portfolio_tail_after_a_body_is_no_person(head: str, portfolio: str, tail: str) -> None:
    text = f"The Senate {head} on {portfolio} {tail} met on Monday."
    assert [m.surface for m in names_in("", text) if m.kind == "person"] == [], text


@FAST
@given(st.sampled_from(("President", "Judge")), word, word)
def test_a_titled_person_after_a_body_and_on_stays(title: str, given_name: str, surname: str) -> None:
    text = f"The summit on Ukraine {title} {given_name} {surname} said was useful."
    assert f"{given_name} {surname}" in [m.surface for m in names_in("", text) if m.kind == "person"], text


@pytest.mark.parametrize("text", ['"We object," said The Senate Committee on Foreign Relations.',
                                  "The Senate Committee on Foreign Relations met on Monday."])
def test_the_reported_input(text: str) -> None:
    assert [m.surface for m in names_in("", text) if m.kind == "person"] == []
