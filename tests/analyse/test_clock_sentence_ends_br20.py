"""A clock's "a.m."/"p.m." before a capitalised word ends a sentence, unless a day, a month or a time zone follows
(BR20, 2026-12-06; sentences.period_ends, S17).

S17 read "a.m." as a dotted acronym, ending a sentence after it only before an opening word ("The", "But"), so "Two
people died when a gas explosion destroyed a house in Leeds at about 3 a.m. Firefighters found a second body in the
rubble on Tuesday." was one first sentence, and its lead's day Tuesday's (the second sentence's). copies.py already
broke there. "at 7 p.m. Friday", "9 a.m. EST", "6 p.m. Eastern", "9 a.m. London time" go on.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.eventdays import lead_days
from briefgen.analyse.leadwords import lead_sentence
from briefgen.analyse.sentences import sentence_spans

CLOCKS = st.sampled_from(["3 a.m.", "11 p.m.", "9.30 a.m.", "6 P.M.", "about 2 a.m."])
OPENERS = st.sampled_from(["Police", "Firefighters", "Officials", "Residents", "Crews", "Witnesses", "Neighbours"])
GOES_ON = st.sampled_from(["Friday", "Sunday", "EST", "GMT", "BST", "Eastern", "Pacific", "local time", "London time",
                           "November"])


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@settings(max_examples=examples(60), deadline=None)
@given(CLOCKS, OPENERS)
def test_a_clock_before_a_capitalised_word_ends_the_sentence(clock: str, opener: str) -> None:
    first = f"A gas explosion destroyed a house in Leeds at {clock}"
    text = f"{first} {opener} found a second body in the rubble on Tuesday."
    assert _sentences(text) == [first, f"{opener} found a second body in the rubble on Tuesday."]
    assert lead_sentence(text).strip() == first
    assert lead_days(text)[0] != "p1"  # (not the second sentence's day)


@settings(max_examples=examples(60), deadline=None)
@given(CLOCKS, GOES_ON)
def test_a_clock_before_a_day_or_a_zone_goes_on(clock: str, after: str) -> None:
    text = f"Polls close at {clock} {after}, officials said. Turnout was high."
    assert _sentences(text) == [f"Polls close at {clock} {after}, officials said.", "Turnout was high."]


def test_the_reported_lead() -> None:
    text = ("Two people died when a gas explosion destroyed a house in Leeds at about 3 a.m. Firefighters found a "
            "second body in the rubble on Tuesday.")
    assert lead_days(text)[0] == ""
