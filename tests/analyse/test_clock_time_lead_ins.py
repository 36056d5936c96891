"""A clock time opening a live blog's line is no part of the sentence's subject (quotemask._CLOCK).

A school-closures trial (2026-12-04, live-day2): "**22:10** Priya Ranganathan, speaking on the steps: “…”" had no
speaker — the time's colon cut the colon lead-in, so its clause started at "10 Priya …". So would "09:15 — Ada Brenn:
“…”" or "14.30: Ada Brenn, the union's chair: “…”". The time, with or without bold markers, with a colon, dash or full
stop after it, 24- or 12-hour, is blanked in the text frames read; a figure inside a sentence is not.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PEOPLE = ["Priya Ranganathan", "Ada Brenn", "Sam Tregarthen", "Jonas Brekke"]
QUOTE = "\u201cThis was never going to be decided in that room. It will be decided in court.\u201d"
times = st.one_of(
    st.tuples(st.integers(0, 23), st.integers(0, 59), st.sampled_from([":", "."])).map(lambda t: f"{t[0]:02d}{t[2]}{t[1]:02d}"),
    st.sampled_from(["9am", "2.15pm", "10:05 GMT", "9.40 a.m.", "22h10"]))
marks = st.sampled_from(["{}", "**{}**", "{}:", "{} \u2014", "{} \u2013", "{} -", "{}.", "**{}**:"])
LEADS = ["{p}, speaking on the steps: {q}", "{p}: {q}", "{p}, the group's chair: {q}", "{p} said: {q}",
         "{p} told reporters: {q}", "{p}, standing outside the court, said: {q}"]


@FAST
@given(times, marks, st.sampled_from(PEOPLE), st.sampled_from(LEADS),
       st.sampled_from(["", "18:30 Around 150 people are holding candles outside City Hall.\n\n"]))
def test_a_clock_time_opening_a_line_is_no_part_of_the_subject(time: str, mark: str, person: str, lead: str,
                                                                before: str) -> None:
    text = before + mark.format(time) + " " + lead.format(p=person, q=QUOTE)
    assert [q.name for q in quotes_in("Live", text)] == [person], text


def test_the_reported_entry() -> None:
    text = ("**22:10** Priya Ranganathan, speaking on the steps: \u201cThis was never going to be decided in that "
            "room. It will be decided in court.\u201d")
    assert [q.name for q in quotes_in("Live", text)] == ["Priya Ranganathan"]
    assert [q.name for q in quotes_in("Live", "09:15 \u2014 Ada Brenn: " + QUOTE)] == ["Ada Brenn"]


def test_a_number_inside_a_sentence_is_no_time() -> None:
    (quote,) = quotes_in("Live", "Turnout was 10.5 per cent, officials said: " + QUOTE)
    assert quote.name is None
