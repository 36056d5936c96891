"""A colon lead-in that ends its paragraph names the speaker of the quotation that opens the next one
(`quoteframes.paragraph_lead_in`): "Halvorsen set out her case at length:" then a paragraph-long
quotation, "The minister said:" then a block of quoted words.

A trial (tests/stories/rates/, Bloomberg on a policymaker's speech) gave such a quotation no speaker:
sentences are split at the blank line, so the quotation's own sentence had nothing before it. Only a
colon reaches across a paragraph; a frame after a closing mark still never does (test_quote_frames.py:
"a quotation that ends its paragraph is not given to the subject of the next one").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

SPEECH = ("Bank of England policymaker Ingrid Halvorsen said interest rates need to remain restrictive.\n\n"
          "Speaking in Leeds on Thursday, Halvorsen set out her case at length:\n\n"
          "“I do not doubt that inflation is falling. The question is whether it will stay down. That is "
          "arithmetic, not ideology.”\n\nInvestors trimmed their bets after the speech.")


def test_the_trial_speech() -> None:
    assert [(q.name, q.frame) for q in quotes_in("", SPEECH)] == [("Ingrid Halvorsen", "colon")]


NAMES = st.sampled_from(["Ingrid Halvorsen", "Agnes Moreau", "Tomasz Wielgosz", "Amara Okonjo"])
LEADS = st.sampled_from(["{s} said:", "{s} was blunt:", "{s} set out her case at length:", "On Monday, {s} said:",
                         "{s} told reporters:", "{s} put it this way:"])


@settings(max_examples=examples(80), deadline=None)
@given(NAMES, LEADS, st.sampled_from([" ", "\n\n", "\n"]), st.integers(1, 3))
def test_a_colon_lead_in_names_the_next_paragraph_quotation(name: str, lead: str, gap: str, sentences: int) -> None:
    surname = name.split()[-1]
    quoted = " ".join(["The harbour will reopen in May.", "Nobody will lose a job.", "We owe the crews that."][:sentences])
    text = f"{name} met the crews on Monday. {lead.format(s=surname)}{gap}“{quoted}”"
    assert [q.name for q in quotes_in("", text)] == [name]


@settings(max_examples=examples(40), deadline=None)
@given(NAMES, NAMES)
def test_a_sentence_without_a_colon_names_no_one_across_the_break(first: str, other: str) -> None:
    """A paragraph that ends in a full stop is no lead-in: the quotation after it is nobody's."""
    text = f"{first} met the crews on Monday. {first.split()[-1]} left early.\n\n“The harbour will reopen in May.”"
    assert [q.name for q in quotes_in("", text)] == [None]
