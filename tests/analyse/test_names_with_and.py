"""Organisations and titles with "and" in their name, and subjects joined by "and".

A trial: '“…,” the Ministry of Trade and Industry said.' and '“…,” said Minister for Trade and
Industry Ana Silva.' got no speaker (name runs split at "and", and a name joined to another by
"and" is one of several), while '“…,” the Ministry of Trade and the Ministry of Finance said.'
credited the Ministry of Finance alone (the determiner after "and" hid the join). quotes.py now
reads the two runs "and" joins as one name (`_Context._and_name`): an organisation, or a person
after a title whose brief has "and" (nameruns._title_end goes on across it); two names stay no
one's ("Walla and Moreau", "Procter and Gamble"), as does a name that goes on after them. "and"
with a determiner after it joins two subjects (quoteframes.joined).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = "“The harbour is finished for good,”"
HEADS = st.sampled_from(["Ministry", "Department", "Council", "Institute", "Agency", "Commission"])
PORTFOLIOS = st.sampled_from(["Trade", "Industry", "Fisheries", "Energy", "Transport", "Agriculture", "Food",
                              "Environment", "Health", "Finance", "Defence", "Culture"])
FRAMES = [QUOTE + " the {n} said.", QUOTE + " said the {n}.", "The {n} said: “The harbour is finished for good.”"]


@FAST
@given(st.sampled_from(FRAMES), HEADS, st.sampled_from(["of", "for"]), PORTFOLIOS, PORTFOLIOS)
def test_an_organisation_with_and_is_one_speaker(frame: str, head: str, link: str, one: str, two: str) -> None:
    assume(one != two)
    name = f"{head} {link} {one} and {two}"
    assert [(q.speaker, q.kind) for q in quotes_in("", frame.format(n=name))] == [(name, "organisation")]


@FAST
@given(st.sampled_from([QUOTE + " said {t} {p}.", QUOTE + " {t} {p} said."]), PORTFOLIOS, PORTFOLIOS, person)
def test_a_title_with_and_before_a_name(frame: str, one: str, two: str, p: str) -> None:
    assume(one != two)
    title = f"Minister for {one} and {two}"
    assert [q.name for q in quotes_in("", frame.format(t=title, p=p))] == [p]


@FAST
@given(st.sampled_from([QUOTE + " {a} and {b} said.", QUOTE + " said {a} and {b}.", QUOTE + " {a} and the {b} said.",
                        QUOTE + " the Ministry of {c} and the Ministry of {d} said."]), person, person, word, word)
def test_two_joined_subjects_are_no_ones_alone(frame: str, a: str, b: str, c: str, d: str) -> None:
    assert [q.speaker for q in quotes_in("", frame.format(a=a, b=b, c=c, d=d))] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    (QUOTE + " the Ministry of Trade and Industry said.", "Ministry of Trade and Industry"),
    (QUOTE + " said Minister for Trade and Industry Ana Silva.", "Ana Silva"),
    (QUOTE + " the Ministry of Trade and the Ministry of Finance said.", None),
    (QUOTE + " Procter and Gamble said.", None),
    (QUOTE + " the Organisation for Security and Co-operation in Europe said.", None),
])
def test_names_with_and(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
