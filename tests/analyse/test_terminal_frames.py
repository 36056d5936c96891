"""After a quotation that ends its sentence (“….”), the next sentence's frame is not the quotation's.

A trial: 'Aaaa Bbbbbb said on Monday that “the door is closed.” The closure, Doab Vbamh said, was “…”'
gave the first quotation to Doab Vbamh, and with 'Doab Vbamh was more measured — the closure, she
said, …' it had no speaker: after a terminal mark the frame after the quotation may open a new
sentence (“Why wait?” Kallas asked.), and the whole clause up to the next "said" was read as its
subject — across commas and dashes that begin the next sentence's own parenthetical frame.
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = ["{a} said on Monday that “the door is closed for the season.”",
         "According to {a}, “the door is closed for the season.”",
         "{a} told reporters: “The door is closed for the season.”"]
NEXT = ["The closure, {b} said, was “a conservation measure, and they know it.”",
        "{b} was more measured — the closure, she said, was “a conservation measure, and they know it.”",
        "The new rule for EU vessels, {b} added, is “a conservation measure, and they know it.”"]


@FAST
@given(person, person, st.sampled_from(FIRST), st.sampled_from(NEXT))
def test_the_next_sentence_keeps_its_frame(a: str, b: str, first: str, following: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    text = f"{first.format(a=a)} {following.format(b=b)}"
    one, two = quotes_in("", text)
    assert one.name == a, text
    assert two.name == b, text


def test_a_new_sentence_frame_after_a_question_still_counts() -> None:
    assert [q.name for q in quotes_in("", "“Why wait for them?” Kaja Kallas, the minister, asked.")] == ["Kaja Kallas"]
