""""X quoted Y as saying “…”" and "Y was quoted as saying “…”" are Y's words.

A trial: 'Walla quoted Moreau as saying “the harbour is finished for good.”' gave no speaker: the
speech verb before the mark is "saying", its subject phrase "Walla quoted Moreau as", and a name
with words after it that are not its own is no speaker. quoteframes.QUOTED_AS now reads the one
quoted: the object of "quoted" before "as", or the subject of "was quoted as".
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTED = ["{a} quoted {b} as saying “{q}”", "{a} quoted {b} as telling reporters “{q}”",
          "{a} on Monday quoted {b} as saying that “{q}”", "{b} was quoted by {a} as saying “{q}”",
          "{b} has been quoted as saying “{q}”"]
WORDS = st.sampled_from(["the harbour is finished for good.", "we will not leave the quay,", "nobody asked us."])


@FAST
@given(st.sampled_from(QUOTED), person, person, WORDS)
def test_the_one_quoted_is_the_speaker(frame: str, a: str, b: str, q: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    text = frame.format(a=a, b=b, q=q)
    assert [x.name for x in quotes_in("", text)] == [b], text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Walla quoted Moreau as saying “the harbour is finished for good.”", "Moreau"),
    ("Moreau was quoted as saying “the harbour is finished for good.”", "Moreau"),
    ("Reuters quoted a port official as saying “the harbour is finished for good.”", None),
    ("The minister was quoted as saying “the harbour is finished for good.”", None),
])
def test_quoted_as_saying(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
