"""A spokesperson, aide, lawyer or friend of a person speaks for them but is not them: no speaker (docs/people.md: a
person's spokesperson's words are nobody's), whether a title stands before the person's name ("A spokesperson for Mr
Reid said") or the name stands before the noun and the reported clause shows a person ("A Biden spokesman said the
president was …"). BR8, kind 3, 2026-12-06: principals.py, spokesnames.py.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.name, q.kind) for q in quotes_in("", text)]


def test_the_reported_inputs():
    for text in ("A spokesperson for Mr Reid said he was “disappointed but not surprised”.",
                 "Tom Reid was arrested on Monday. A spokesperson for Mr Reid said he was “disappointed but not "
                 "surprised”.",
                 "“We disagree,” said a spokeswoman for Mr Reid.",
                 "An aide to Mr Reid said: “He is resting.”",
                 "A spokesman for Sir Tom Reid said: “He is resting.”",
                 "A Starmer spokesman said the Prime Minister was “confident of a deal”.",
                 "A Sturgeon spokesman said she was “disappointed but not surprised”."):
        assert all(name is None for name, _ in _speakers(text)), text


def test_what_must_not_change():
    kept = {
        "A Northsound spokesman said all four of the day's crossings had been “cancelled”.": [
            ("Northsound", "organisation")],
        "Cabinet Secretary for Health and Social Care Neil Gray said: “The NHS is under pressure.”": [
            ("Neil Gray", "person")],
        "A spokesman for Tom Reid, Mark Hughes, said he was “disappointed but not surprised”.": [
            ("Mark Hughes", "person")],
        "The minister's adviser, Dr Anna Berg, said: “He is resting.”": [("Anna Berg", "person")],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, st.sampled_from(("Mr", "Mrs", "Dr", "Sir", "Ms")),
       st.sampled_from(("A spokesperson for", "A spokeswoman for", "An aide to", "A lawyer for", "A friend of",
                        "An adviser to")))
def test_the_one_spoken_for_is_no_speaker(given_name, surname, title, noun):
    for text in (f"{noun} {title} {surname} said: “The claims are false.”",
                 f"{given_name} {surname} was charged. {noun} {title} {surname} said: “The claims are false.”",
                 f"“The claims are false,” said {noun[0].lower()}{noun[1:]} {title} {given_name} {surname}."):
        assert all(name is None for name, _ in _speakers(text)), text


@FAST
@given(word, st.sampled_from(("spokesman", "spokeswoman")), st.sampled_from((
    "he was", "she was", "the president was", "the Prime Minister was", "the senator was")))
def test_a_spokesperson_whose_clause_names_a_person_is_no_firms(name, noun, clause):
    text = f"A {name} {noun} said {clause} “fully briefed”."
    assert all(name is None for name, _ in _speakers(text)), text
