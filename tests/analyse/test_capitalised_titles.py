"""A capitalised title before a name is the title, not the first word of the name, for the titles of
councils, police, courts, churches, the armed forces and the professions, not only of ministers.

A trial (tests/analyse/hospital/): "Councillor Priya Raman … said the inquiry was “long overdue”",
"“…,” said Cllr Raman" and "Economist Ingrid van der Berg of Harwick University said …" credited
"Councillor Priya Raman", "Cllr Raman" and "Economist Ingrid van der Berg", three People pages
apart from the people themselves. A run's title words are `lexicon.TITLE_WORDS`, which named
government titles only; `lexicon.OTHER_TITLES` adds the rest (not the words that are also common
surnames: Bishop, Nurse, Dean, Porter).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import OTHER_TITLES, STOPWORDS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
titles = st.sampled_from(sorted(OTHER_TITLES)).map(lambda t: t[:1].upper() + t[1:])
FRAMES = ["{t} {p} said: “We have been saying this for years and nobody listened.”",
          "“We have been saying this for years and nobody listened,” said {t} {p}.",
          "{t} {p} of the Harwick Institute said the plan was “a waste of everyone's time and money”.",
          "{p} spoke first. “We have been saying this for years and nobody listened,” said {t} {last}."]


@FAST
@given(titles, person, st.sampled_from(FRAMES))
def test_a_title_before_a_name_is_not_part_of_the_speakers_name(title: str, p: str, frame: str) -> None:
    text = frame.format(t=title, p=p, last=p.split()[-1])
    assert [q.name for q in quotes_in("", text)] == [p], text


@FAST
@given(titles, person)
def test_a_title_before_a_name_is_not_part_of_the_name_found(title: str, p: str) -> None:
    text = f"{title} {p} visited the hospital on Monday. {p.split()[-1]} said the plan would fail."
    found = [(m.surface, m.full, m.title) for m in names_in("", text)]
    kept = "" if title.lower() in STOPWORDS else title  # "Prof" opening a sentence is dropped as a sentence word
    assert found[0] == (p, p, kept) and all(full == p for _, full, _ in found), (text, found)


@pytest.mark.parametrize(("text", "speakers"), [
    ("Councillor Priya Raman, who leads the Labour group, said the inquiry was “long overdue”. “We have been "
     "saying this for years,” said Cllr Raman.", ["Priya Raman", "Priya Raman"]),
    ("Economist Ingrid van der Berg of Harwick University said the dispute “was entirely predictable”.",
     ["Ingrid van der Berg"]),
    ("Julie Bishop said: “We will not be moved on this.”", ["Julie Bishop"]),  # a surname, not a title
    # "Prof" without a period (British style) was no title: the pronoun found no subject
    ("Prof Ingrid van der Berg, a health economist at Harwick University, said agency staff cost twice as much. "
     "“The trust is paying a premium to avoid paying its nurses,” she said.", ["Ingrid van der Berg"]),
])
def test_capitalised_titles(text: str, speakers: list[str]) -> None:
    assert [q.name for q in quotes_in("", text)] == speakers
