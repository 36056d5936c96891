"""The frame after a quotation's closing mark never reads past the next quotation or a blank line.

A trial: 'Moreau was blunt: "The deal is dead."' then a paragraph '"We are moving on," Walla said.'
gave Moreau's words to Walla, and 'Walla responded that "…."' before a paragraph '"…," said Marek
Dunn' gave Walla's to Dunn. quoteframes.AFTER_LEAD skipped white space (`\\s`) after the closing
mark, and the mask that stands for other quotations (U+001F) is white space to `\\s`: the frame
after the next quotation was read as this one's.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = ["{a} was blunt: “The deal is dead and buried.”", "{a} said: “The deal is dead and buried.”",
         "{a} responded that “the deal is dead and buried.”", "{a} told reporters the deal was “dead and buried.”",
         "The minister did not hold back. “The deal is dead and buried.”"]
NEXT = ["“We are moving on without them,” {b} said.", "“We are moving on without them,” said {b}, the union leader.",
        "“We are moving on without them” — {b}", "“We are moving on without them,” according to {b}."]


@FAST
@given(person, person, st.sampled_from(FIRST), st.sampled_from(NEXT), st.sampled_from(["\n\n", " ", "\n"]))
def test_the_next_quotations_frame_is_not_this_ones(a: str, b: str, first: str, following: str, gap: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    text = first.format(a=a) + gap + following.format(b=b)
    one, two = quotes_in("", text)
    assert one.name == (a if "{a}" in first else None), text
    assert two.name == b, text


@pytest.mark.parametrize(("text", "speakers"), [
    ('Moreau was blunt: "The deal is dead."\n\n"We are moving on," Walla said.', ["Moreau", "Walla"]),
    ('Walla responded that "the minister has never set foot in the yard."\n\n"We played on the quay until two '
     'o\'clock," said Marek Dunn, a skipper.', ["Walla", "Marek Dunn"]),
    ("“We are ready to talk.”\n— Foreign Minister Dmytro Kuleba", ["Dmytro Kuleba"]),  # a pull quote's byline
    ("“We are ready to talk.”\n\n— Foreign Minister Dmytro Kuleba", ["Dmytro Kuleba"]),  # in a paragraph of its own
    ("“Why should we wait?” Kallas asked. Nobody answered.", ["Kallas"]),
])
def test_next_quotations_frame(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_in("", text)] == speakers
