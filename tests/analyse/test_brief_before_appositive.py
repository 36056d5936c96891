"""A minister's brief with "and" before a comma appositive ("The Minister for Health and Aged Care, Mark Butler,
said") is no person: the appositive is the speaker (BR8, "Wrong in both trees", 2026-12-06: quotespeakers._and_name
took "Aged Care" and "Homelessness" for the speaker).
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    assert _speakers("The Minister for Health and Aged Care, Mark Butler, said: “This is a big day.”") == ["Mark Butler"]
    assert _speakers("The Minister for Housing and Homelessness, Clare O'Neil, said: “We need more homes.”") == [
        "Clare O'Neil"]


def test_what_must_not_change():
    assert _speakers("Minister for Trade and Industry Ana Silva said: “We will act.”") == ["Ana Silva"]
    assert _speakers("The Minister for Trade and Industry, Ana Silva, said: “We will act.”") == ["Ana Silva"]
    assert _speakers("Walla and Moreau, the two leaders, said: “We will act.”") == [None]


@FAST
@given(word, word, word, word, st.sampled_from(("Health", "Housing", "Trade", "Sport")), st.booleans())
def test_the_appositive_speaks_not_the_brief(tail, tail2, given_name, surname, brief, two):
    assume(len({tail, tail2, given_name, surname}) == 4)
    words = f"{tail} {tail2}" if two else tail
    text = f"The Minister for {brief} and {words}, {given_name} {surname}, said: “We will act.”"
    assert _speakers(text) == [f"{given_name} {surname}"], text
