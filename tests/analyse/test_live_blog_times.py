"""A live blog's entry opens with its time ("07:25 Adaeze Okafor … has just arrived. She told our
reporter: “…”"): the time is no lead-in word, and the person after it is the subject whom a
pronoun in the next sentence stands for.

A trial (tests/analyse/hospital/, two live blogs): five quotes after "07:25 Adaeze Okafor …",
"10:15 Dr Tomás de la Cruz …" and "08:45 Chidi Okafor …" had no speaker. The colon of "07:25"
broke the clause (antecedents._SEGMENT_BREAK), and the "25" left before the name was no lead-in
of a subject (a determiner, a title, a time phrase).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
times = st.one_of(st.tuples(st.integers(0, 23), st.integers(0, 59), st.sampled_from([":", "."])).map(
    lambda t: f"{t[0]:02d}{t[2]}{t[1]:02d}"), st.sampled_from(["2.15pm", "9am", "10.05am", "11:40"]))
ENTRIES = ["{t} {p}, the union leader, has just arrived to cheers. She told our reporter: “Look around you, all of you.”",
           "{t} Dr {p} has been speaking to reporters. “Staffing is safe this morning,” he said.",
           "{t} {p} is back on the picket line. “They said it was a final offer, and it was not,” he tells us."]


@FAST
@given(times, person, st.sampled_from(ENTRIES), st.sampled_from(["", "08:00 Welcome back to our coverage.\n\n"]))
def test_a_live_blog_entrys_subject_is_the_pronouns(time: str, p: str, entry: str, before: str) -> None:
    text = before + entry.format(t=time, p=p)
    assert [q.name for q in quotes_in("", text)] == [p], text


def test_a_number_inside_a_sentence_is_still_no_lead_in() -> None:
    text = "The count reached 10 Chidi Okafor said. Later on it was over. “They said it was a final offer,” he said."
    assert [q.name for q in quotes_in("", text)] == [None]


@pytest.mark.parametrize(("text", "name"), [
    ("07:02 Good morning. Picket lines have formed.\n\n07:25 Adaeze Okafor, the general secretary of the Northern "
     "Nurses’ Union, has just arrived to cheers. She told our reporter: “Look around you. These are the people who "
     "held this city together during the pandemic.”", "Adaeze Okafor"),
    ("10:15 Dr Tomás de la Cruz has been speaking to reporters. “Staffing is safe this morning,” he said.",
     "Tomás de la Cruz"),
])
def test_live_blog_times(text: str, name: str) -> None:
    assert [q.name for q in quotes_in("", text)] == [name]
