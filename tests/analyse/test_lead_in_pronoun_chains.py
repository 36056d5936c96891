"""A "she said" after a sentence whose main clause's subject is "she" behind a lead-in that names a firm by one word
("Asked whether Halvern had misled the town in 2021, …, she paused. “The pandemic misled all of us,” she said.") is
the person that "she" stood for (antecedents.pronoun_subject; the tester's airport briefing, issue 9, 2026-12-05:
the quotation had no speaker because "Halvern" stopped the search)."""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    text = ("Dana Whitcombe says she has read every angry email from Brackenford. Whitcombe, 52, said the proposal was "
            "“one of four options” and that the firm would decide by spring. Asked whether Halvern had misled the town "
            "in 2021, when it promised to double passenger numbers, she paused. “The pandemic misled all of us,” she "
            "said.")
    assert _speakers(text)[-1] == "Dana Whitcombe"


def test_what_must_not_change():
    kept = {
        # (a person named in full in the lead-in: unsure, as before)
        "Anna Berg said the plan was sound. Asked whether Tom Reid had misled the town, he paused. “The pandemic "
        "misled all of us,” he said.": [None],
        # (a surname of someone named before: unsure)
        "Tom Reid met Anna Berg on Monday. Asked whether Reid had misled the town, she paused. “The pandemic misled "
        "all of us,” she said.": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, word, st.sampled_from(("she", "he")), st.sampled_from(("paused", "smiled", "looked away")))
def test_a_pronoun_behind_a_lead_in_carries_its_person(given_name, surname, firm, pronoun, verb):
    assume(firm not in (given_name, surname))  # (the firm is no one's name)
    text = (f"{given_name} {surname} said the plan was sound. Asked whether {firm} had misled the town, {pronoun} "
            f"{verb}. “The pandemic misled all of us in the end,” {pronoun} said.")
    assert _speakers(text) == [f"{given_name} {surname}"], text
