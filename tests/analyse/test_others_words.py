"""A frame that introduces another person's words ("Berg recalled Varga's words: “…”") does not make
the quotation its subject's.

A trial: 'Berg recalled Varga's words: "I will never come back to this town."' gave Varga's words
to Berg (the last speech verb's subject), and 'Walla read out a letter from Moreau: "…"' to Walla
(a colon lead-in). quoteframes.OTHERS_WORDS: a possessor and a noun for words (words, claim,
letter, statement …), or such a noun "from"/"by" a name, then "that" or ":" right before the
opening mark: no speaker. A quotation right after the noun is the subject's own description
("Berg called Varga's claim “absurd”").
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOUNS = ["words", "claim", "letter", "statement", "warning", "promise", "remarks", "reply", "tweet"]
OTHERS = ["{a} recalled {b}’s {noun}: “{q}”", "{a} dismissed {b}'s {noun} that “{q}”",
          "{a} read out a {noun} from {b}: “{q}”", "{a} cited {b}’s latest {noun}: “{q}”",
          "{a} quoted a {noun} by {b}: “{q}”"]
QUOTE = "I will never come back to this town."


@FAST
@given(person, person, st.sampled_from(OTHERS), st.sampled_from(NOUNS))
def test_another_persons_words_are_never_the_frames_subjects(a: str, b: str, frame: str, noun: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    text = frame.format(a=a, b=b, noun=noun, q=QUOTE)
    (quote,) = quotes_in("", text)
    assert quote.name != a, text


@pytest.mark.parametrize(("text", "speaker"), [
    ('Berg recalled Varga\'s words: "I will never come back to this town."', None),
    ('Walla read out a letter from Moreau: "We expect a deal by Friday at the latest."', None),
    ('Berg dismissed Varga\'s claim that "the harbour is safe for every vessel in the fleet."', None),
    ('Berg called Varga\'s claim "absurd and insulting."', "Berg"),  # his own words about it
    ('Berg recalled his own words: "I will never come back to this town."', "Berg"),
    ('Walla read out a letter: "We expect a deal by Friday at the latest."', "Walla"),
])
def test_others_words(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
