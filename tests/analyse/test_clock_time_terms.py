"""A live blog's entry times are no terms (analyse/terms.py, `_CLOCK`).

The reported input (a trial of a city's school closures, 2026-12-04): the related link between two live blogs of
one outlet showed the evidence "vote, 09, 10, 30, branch", pieces of their entries' times "09:10" and "10:30". The
kind: any clock time to the minute, 24-hour or 12-hour, with a colon, a dot before am/pm, or an "h", that opens a
line; other numbers stay terms, and so does a time inside a sentence ("shortly after 02:30 local time", "11pm-6am":
the evaluation and doping sets' events).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.terms import article_terms, words


@st.composite
def clock_times(draw: st.DrawFn) -> str:
    minute = f"{draw(st.integers(0, 59)):02d}"
    if draw(st.booleans()):
        hour = draw(st.integers(0, 23))
        return (f"{hour:02d}" if draw(st.booleans()) else f"{hour}") + draw(st.sampled_from([":", "h"])) + minute
    hour = str(draw(st.integers(1, 12)))
    mark = draw(st.sampled_from(["am", "pm", "a.m.", "p.m."]))
    time = hour + draw(st.sampled_from([f":{minute}", f".{minute}"]))
    return time + draw(st.sampled_from(["", " "])) + mark


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(clock_times(), min_size=1, max_size=4), st.sampled_from(["{t}\n", "{t} ", "  {t}: ", "{t} - "]))
def test_no_piece_of_a_clock_time_is_a_term(times: list[str], layout: str) -> None:
    text = "\n\n".join(layout.format(t=t) + "councillors met 1,400 parents for 27 votes." for t in times)
    found = {term for term, _ in article_terms("Live: the vote", text).weights}
    assert found >= {"1400", "27", "vote", "councillor"}, found
    pieces = {piece.decode().lower() for t in times for piece in words(t.replace(":", " ").replace(".", " ")
                                                                      .replace("h", " h "))}
    assert not found & (pieces - {"1400", "27"}), (text, found & pieces)


def test_the_reported_live_blog_and_other_numbers() -> None:
    live = ("09:10 Councillors arrive for the vote.\n\n10:30 The union branch gathers outside.\n\n"
            "14h30 Debate opens.\n\n9.30pm Result expected.")
    found = {term for term, _ in article_terms("Live: the vote", live).weights}
    assert not found & {"09", "10", "30", "14h30", "14", "pm", "9", "30pm"}, found
    kept = {term for term, _ in article_terms("Budget", "It costs 9.30 a ticket; 3:2 on aggregate; 25:30 then 24h00.")
            .weights}
    assert {"30", "25", "24h00"} <= kept, kept
    assert {"02", "30"} <= {t for t, _ in article_terms("Drones", "A flash shortly after 02:30 local time.").weights}
    assert {"11pm", "6am"} <= {term for term, _ in article_terms("Testing from 11pm-6am", "Night tests.").weights}
