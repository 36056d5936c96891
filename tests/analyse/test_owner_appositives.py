"""A subject set off by an appositive whose owner is a name of several words ("Dana Whitcombe, Halvern Capital's
managing partner, made the remarks …") is the sentence's subject, and a "she" after it hers (antecedents.py's
`_OWNER_APPOSITIVE`; the tester's airport briefing, issue 9, 2026-12-05: "She insisted “we are not villains”" had
no speaker)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence():
    text = ("Dana Whitcombe, Halvern Capital's managing partner, made the remarks in an interview with an American "
            "newspaper. She insisted “we are not villains” and said the firm had spent $40 million on the airport, "
            "the newspaper reported.")
    assert _speakers(text) == ["Dana Whitcombe"]


def test_what_must_not_change():
    kept = {
        "Anna Berg, Tom Reid and Sam Jones met. “We are innocent of all of it,” she said.": [None],
        "Vladimir Putin, she said, had “no intention of stopping at the border at all”.": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, word, word, st.sampled_from(("managing partner", "chief executive", "lawyer", "founder")),
       st.sampled_from(("she", "he")))
def test_a_subject_with_an_owners_appositive_carries_the_pronoun(given_name, surname, owner, owner2, role, pronoun):
    text = (f"{given_name} {surname}, {owner} {owner2}'s {role}, made the remarks in an interview. {pronoun.capitalize()} "
            f"insisted “we have never been anything but honest with this town”.")
    assert _speakers(text) == [f"{given_name} {surname}"], text
