"""A name that ends in a port or haulage business's head word ("Calderway Terminals", "X Ports", "X Haulage") or that
an appositive calls a company ("The operator, X, wants …", "X, a logistics firm,") is an organisation, never a person.
Issue 9, 2026-12-05: a tester's port-strike briefing (/tmp/t10, finding 5) listed "Calderway Terminals", named in 14
articles, as a Person ("Terminals, Calderway"); lexicon.ORG_HEADS/COMPANY_HEADS and orgappositives.py."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(m.full, m.kind) for m in names_in("", text)}


@pytest.mark.parametrize("text", [
    "Dockers stood at the gates of Calderway Terminals on Wednesday, the first day of the strike.",
    "The operator, Calderway Terminals, wants the change finished by 2028, the memo says.",
    "Calderway Terminals did not deny the memo's existence.",
])
def test_the_reported_operator(text):
    assert _kinds(text) == {("Calderway Terminals", ORGANISATION)}, text


def test_the_reported_operator_speaks_as_an_organisation():
    said = quotes_in("", "“We have made no decision on automation,” Calderway Terminals said.")
    assert [(q.name, q.kind) for q in said] == [("Calderway Terminals", ORGANISATION)]


_HEADS = st.sampled_from(("Terminals", "Ports", "Harbours", "Haulage", "Freight", "Stevedores", "Towage"))
_FRAMES = st.sampled_from(("Talks with {} broke down on Tuesday.", "{} said it would appeal against the ruling.",
                           "Dockers blocked the gates of {} on Monday.", "The strike at {} entered its third week."))


@FAST
@given(word, _HEADS, _FRAMES)
def test_a_name_ending_in_a_port_business_head_is_an_organisation(first, head, frame):
    text = frame.format(f"{first} {head}")
    assert _kinds(text) == {(f"{first} {head}", ORGANISATION)}, text


_BEFORE = st.sampled_from(("The operator, {}, wants the change finished by 2028.",
                           "The terminal operator, {}, said it would appeal.",
                           "The company, {}, said it would appeal.",
                           "Its owner was sold last year. The firm, {}, has not commented."))
_AFTER = st.sampled_from(("{}, the operator, wants the change finished by 2028.",
                          "{}, a logistics firm, said it would appeal.",
                          "Shares fell after {}, the Danish shipping company that owns the berths, cut its forecast.",
                          "{}, the retailer, has not commented."))


@FAST
@given(word, word, st.one_of(_BEFORE, _AFTER))
def test_a_name_an_appositive_calls_a_company_is_an_organisation(first, second, frame):
    text = frame.format(f"{first} {second}")
    assert (f"{first} {second}", PERSON) not in _kinds(text), text
    assert (f"{first} {second}", ORGANISATION) in _kinds(text), text


@pytest.mark.parametrize("text, name", [
    ("The crane operator, Jens Halvorsen, was taken to hospital.", "Jens Halvorsen"),
    ("Jens Halvorsen, the crane operator, was taken to hospital.", "Jens Halvorsen"),
    ("A spokesman for the operator, Jens Halvorsen, said the crews were safe.", "Jens Halvorsen"),
    ("The operator, Jens Halvorsen, 44, was taken to hospital.", "Jens Halvorsen"),
    ("Tom Reid, the company's chief executive, said the crews were safe.", "Tom Reid"),
    ("Anna Berg, a former bank manager, said the crews were safe.", "Anna Berg"),
    ("Heather Mills said she would appeal.", "Heather Mills"),
    ("Samantha Power said she would appeal.", "Samantha Power"),
])
def test_people_stay_people(text, name):
    assert (name, PERSON) in _kinds(text), text
