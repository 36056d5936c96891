"""A quotation that its frame interrupts keeps one speaker for both parts.

A trial: '“The harbour,” said Varga, “is finished as a fishing port.”' gave the second part no
speaker: before its opening mark stood only the first part's frame, which the frame readers take as
the first part's (after its closing mark) and not as the second's (the clause before the second's
opening mark starts after the masked first part and has no subject). quoteframes.interrupted now
reads the words between two quotations: one speech verb with its subject and a comma, in the same
paragraph, make the second part the first part's speaker's (frame "interrupted").
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotemarks import FRAGMENT, quote_kind
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAMES = ["said {p}", "{p} said", "{p} added", "said {p}, the union leader", "{p}, the union leader, said",
          "according to {p}", "{p} told reporters"]
FIRST = st.sampled_from(["The harbour", "We will not leave", "If the port closes", "Nobody asked us"])
SECOND = st.sampled_from(["is finished as a fishing port.", "and nobody can make us.", "we will sue them all."])


@FAST
@given(st.sampled_from(FRAMES), person, FIRST, SECOND, st.booleans())
def test_both_parts_are_the_frames_speakers(frame: str, p: str, first: str, second: str, comma_inside: bool) -> None:
    assume(not frame.startswith("according") or quote_kind(first) != FRAGMENT)  # a source beside a fragment: no quote
    lead = f"“{first},”" if comma_inside else f"“{first}”,"
    text = f"{lead} {frame.format(p=p)}, “{second}”"
    found = quotes_in("", text)
    assert [(q.text, q.name) for q in found] == [(first, p), (second, p)], text


@FAST
@given(person, person, FIRST, SECOND)
def test_another_clause_between_the_parts_is_not_an_interruption(a: str, b: str, first: str, second: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    for text in (f"“{first},” {a} said, but {b} said, “{second}”", f"“{first},” {a} said. {b} said, “{second}”"):
        assert quotes_in("", text)[-1].name == b, text


@pytest.mark.parametrize(("text", "speakers"), [
    ("“The harbour,” said Varga, “is finished as a fishing port.”", ["Varga", "Varga"]),
    ("“We stay,” she said, “and we fight.”", [None, None]),
    ("“The harbour,” said an official, “is finished as a fishing port.”", [None]),
])
def test_interrupted(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in quotes_in("", text)] == speakers
