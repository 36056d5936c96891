"""Words a frame's speaker relays from someone named are not the frame speaker's.

A trial: '“The harbour is finished for good,” according to Lena Ortiz, who quoted Jan Weber.' was
Ortiz's, as was '“…,” said Varga, quoting Jan Weber': the frame named the one who passed the words
on. quoteframes.RELAYED (", quoting X", ", citing X", "who quoted X", "who cited X" with X a name)
now makes such a quotation unnamed: whose words they are is unsure (X may be a report), and a
wrong speaker misleads more than none. "citing a report by the union" names no one and changes
nothing.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = "“The harbour is finished for good,”"
FRAMES = [QUOTE + " according to {a}, who quoted {b}.", QUOTE + " according to {a}, who cited {b}.",
          QUOTE + " said {a}, quoting {b}.", QUOTE + " {a} said, citing {b}.", QUOTE + " {a} said, quoting the {b} report.",
          "{a}, quoting {b}, said: “The harbour is finished for good.”"]


@FAST
@given(st.sampled_from(FRAMES), person, person)
def test_relayed_words_are_neither_the_relayers_nor_a_guess(frame: str, a: str, b: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    assert [q.name for q in quotes_in("", frame.format(a=a, b=b))] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    (QUOTE + " according to Lena Ortiz, who quoted Jan Weber.", None),
    (QUOTE + " said Varga, citing a report by the union.", "Varga"),
    ("Walla quoted Moreau as saying “the harbour is finished for good.”", "Moreau"),
])
def test_relayed_words(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
