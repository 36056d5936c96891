"""A minister's brief with "and" whose words after it no list knows ("Minister for Health and Aged Care Mark Butler
said") gave no speaker and listed a garbled person "Aged Care Mark Butler" (a breaker's L3, issue 9, 2026-12-05):
three or four such words after "and" are the brief's, then a name of two (nameruns._title_end, seats._brief_skip)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _read(text: str) -> tuple[list[str | None], set[str]]:
    return [q.name for q in quotes_in("", text)], {n.full for n in find_people("", text).named}


def test_the_reported_inputs():
    cases = {
        "Minister for Health and Aged Care Mark Butler said: “We will fix Medicare.”": "Mark Butler",
        "Secretary of State for Energy Security and Net Zero Ed Miliband said: “Bills will fall.”": "Ed Miliband",
        "Minister for Employment and Workplace Relations Tony Burke said: “Wages are rising.”": "Tony Burke",
        "Secretary for Health and Human Services Xavier Becerra said: “Coverage has expanded.”": "Xavier Becerra",
        "Minister for Housing and Homelessness Clare Scrymgeour said: “We are building.”": "Clare Scrymgeour",
    }
    for text, name in cases.items():
        assert _read(text) == ([name], {name}), text


def test_what_must_not_change():
    assert _read("Minister for Trade and Industry Anna Berg said: “We will act.”") == (["Anna Berg"], {"Anna Berg"})
    speakers, people = _read("Minister for Trade and Industry Mary Lou McDonald said: “We will act.”")
    assert "Lou McDonald" not in speakers and "Lou McDonald" not in people


@FAST
@given(word, word, word, word, st.sampled_from(("Minister for Health and", "Secretary of State for Energy and",
                                                  "Cabinet Member for Finance and")), st.booleans())
def test_unknown_brief_words_then_a_name_of_two(b1, b2, given_name, surname, title, two):
    name = f"{given_name} {surname}"
    brief = f"{b1} {b2}" if two else b1
    text = f"{title} {brief} {name} said: “We will publish the plan in the spring.”"
    speakers, people = _read(text)
    assert speakers == [name] and people == {name}, (text, speakers, people)
