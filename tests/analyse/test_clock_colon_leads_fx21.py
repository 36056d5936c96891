"""A live blog's clock, written as a sentence opens ("At 08:20, Emil Zak: “…”"), before a named colon lead-in
(FX21, 2026-12-06; askedleads.after_clock): the clock's own colon ended the lead-in and the entry had no speaker.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import PERSON
from briefgen.analyse.quotes import quotes_in


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(["", "At ", "at ", "By ", "Around ", "Shortly after ", "Just before "]),
       st.sampled_from(["08:20", "8:20", "14:05", "8.20am", "10.48 pm"]), st.sampled_from(["", ",", " \u2013", " -"]),
       st.sampled_from(["Emil Zak", "Anna Berg", "Van der Berg", "Łukasz Żółć", "Pieter van den Berg"]))
@example("At ", "08:20", ",", "Emil Zak")
def test_a_live_blogs_clock_then_a_named_colon_lead_in(lead: str, clock: str, mark: str, name: str) -> None:
    """'At 08:20, Emil Zak: "…"' is the named person's (before: no speaker, the clock's colon ended the lead-in;
    askedleads.after_clock)."""
    text = f'{lead}{clock}{mark} {name}: "We are still waiting for the report."'
    text = text[0].upper() + text[1:]
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(name, PERSON)], text


def test_a_clock_before_a_preposition_lead_in_names_no_one() -> None:
    """A lead-in holding a preposition's object is read as before: no one's ("Reaction from X at the trust:")."""
    text = 'By 10:05, Reaction from Lena Kowalczyk at the trust: "We are still waiting for the report."'
    assert [q.name for q in quotes_in("", text)] == [None]

