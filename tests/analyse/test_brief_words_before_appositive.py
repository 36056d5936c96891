"""A minister's brief with "and" before a comma appositive names no person ("The Minister for Health and Aged Care, Mark
Butler, said": People listed "Aged Care"; issue 9, QW12, 2026-12-06, left by 64bd005b, which gave the quotation to Mark
Butler). seats._brief_skip: the run after a brief's "and" that a name follows as an appositive is the brief's.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _people(text: str) -> list[str]:
    return sorted(n.full for n in find_people("", text).named if n.kind == "person")


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    for text, name in (("The Minister for Health and Aged Care, Mark Butler, said: “This is a big day.”", "Mark Butler"),
                       ("The Minister for Housing and Homelessness, Clare O'Neil, said: “We need more homes.”",
                        "Clare O'Neil"),
                       ("“We will act,” said the Minister for Health and Aged Care, Mark Butler.", "Mark Butler"),
                       ("The Minister for Health and Aged Care, Mark Butler, announced a review.", "Mark Butler")):
        assert _people(text) == [name], text
        assert _speakers(text) in ([], [name]), text


def test_what_must_not_change():
    kept = {
        "The Minister for Health and Tom Reid, Anna Berg and Bill Jones met on Monday.": ["Anna Berg", "Bill Jones",
                                                                                         "Tom Reid"],
        "The Minister for Health and Tom Reid, Anna Berg's deputy, met on Monday.": ["Anna Berg", "Tom Reid"],
        "Minister for Trade and Industry Ana Silva said: “We will act.”": ["Ana Silva"],
        "Minister for Health Tom Reid and Labour TD Anna Berg met on Monday.": ["Anna Berg", "Tom Reid"],
    }
    for text, people in kept.items():
        assert _people(text) == people, text


@FAST
@given(word, word, word, word, st.sampled_from(("Health", "Housing", "Trade", "Sport")), st.booleans(),
       st.sampled_from(("The {title}, {name}, said: “We will act.”", "“We will act,” said the {title}, {name}.",
                        "The {title}, {name}, announced a review.")))
def test_the_briefs_words_are_no_person(tail, tail2, given_name, surname, brief, two, shape):
    assume(len({tail, tail2, given_name, surname}) == 4)
    words = f"{tail} {tail2}" if two else tail
    name = f"{given_name} {surname}"
    text = shape.format(title=f"Minister for {brief} and {words}", name=name)
    assert _people(text) == [name], text
