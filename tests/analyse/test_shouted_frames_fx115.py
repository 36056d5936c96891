"""A run in capitals is read as an outlet only in a credit frame next to it and only as a whole name (BR67 on FX110;
FX115).

"THE TIMES ARE CHANGING, the report said." and "THE GUARDIAN angels patrol, the report said." credited The Times and
The Guardian (s64: no one): shoutednames.recased read every run in capitals holding a known outlet's name in a
title's case, and "the report said" then resolved to the outlet named nearby. Now a run is so read only when a
credit frame's words stand right next to it ("… reported", "… said", "according to …", "told …") and the run is the
outlet's name as a whole (a known name, or one a title's lower-case word continues: "THE TIMES OF INDIA").
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.credits import credit_finder, detect_credits

KNOWN = st.sampled_from(("The Times", "The Guardian", "The New York Times", "The Washington Post", "The Economist"))
# Capitals words that continue a noun phrase after the outlet's name (no title's lower-case word)
CONTINUING = st.sampled_from(("ARE CHANGING", "ANGELS", "IS HERE", "TABLE", "SQUARE RALLY", "TOWER FELL"))
# A frame's words away from the run: "the report", "officials" are what is said, not the run
FAR_FRAMES = st.sampled_from(("{r}, the report said.", "{r} patrol, the report said.", "{r} ahead, officials told "
                              "reporters.", "{r}: a survey, according to the council.", "{r} now, he said."))


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(()))]


@pytest.mark.parametrize("text", ["THE TIMES ARE CHANGING, the report said.",
                                  "THE GUARDIAN angels patrol, the report said."])
def test_the_reported_headlines(text: str) -> None:
    assert _credited(text) == []


def test_what_must_not_change() -> None:
    assert _credited("THE TIMES OF INDIA reported that the dam burst.") == ["The Times of India"]
    assert _credited("According to THE NEW YORK TIMES, the dam burst.") == ["The New York Times"]
    assert _credited("The mayor told THE GUARDIAN that the dam burst.") == ["The Guardian"]


@FAST
@given(KNOWN, CONTINUING, FAR_FRAMES)
def test_a_longer_run_in_capitals_is_no_outlet(outlet: str, more: str, frame: str) -> None:
    text = frame.format(r=f"{outlet.upper()} {more}")
    assert _credited(text) == [], text


@FAST
@given(KNOWN, word, FAR_FRAMES)
def test_a_run_far_from_the_frame_is_no_outlet(outlet: str, noun: str, frame: str) -> None:
    text = frame.format(r=f"{outlet.upper()} {noun.lower()}")
    assert _credited(text) == [], text
