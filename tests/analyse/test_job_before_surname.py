"""A job's word before a surname the article gives with a given name is that person's title (jobtitled.py; issue 9,
T12's lunar-lander briefing, 2026-12-06): the headline 'Astronaut Osterhagen: "We must fly again, and soon"' made a
person "Astronaut Osterhagen" with the quotation, beside "Leif Osterhagen" of the article."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

_JOBS = ("Astronaut", "Pilot", "Engineer", "Striker", "Coach", "Chef", "Goalkeeper", "Surgeon")


def _people(title: str, text: str) -> set[str]:
    return {n.full for n in find_people(title, text).named if n.kind == "person"}


def _speakers(title: str, text: str) -> list[str | None]:
    return [q.name for q in quotes_in(title, text)]


def test_the_reported_input():
    title = "Astronaut Osterhagen: “We must fly again, and soon”"
    text = ("Leif Osterhagen, Veldmark's only astronaut, sat down with VBN's morning programme on Saturday.\n\n"
            "Osterhagen said he hoped a second lander could fly “before the end of the decade”.")
    assert _people(title, text) == {"Leif Osterhagen"}
    assert _speakers(title, text) == ["Leif Osterhagen", "Leif Osterhagen"]
    assert _people("", text + " Astronaut Osterhagen said it was fine.") == {"Leif Osterhagen"}


def test_what_must_not_change():
    assert _people("", "Barbara Boxer said “no”. Boxer said “yes”.") == {"Barbara Boxer"}
    assert _speakers("", "Barbara Boxer said “no”. Boxer said “yes”.") == ["Barbara Boxer", "Barbara Boxer"]
    assert _people("", "Dean Hugo Smith said “no”.") == {"Dean Hugo Smith"}


@FAST
@given(st.lists(word, min_size=2, max_size=2, unique=True), st.sampled_from(_JOBS), st.booleans())
def test_a_job_before_a_known_surname_is_a_title(names, job, headline):
    first, last = names
    text = f"{first} {last}, the club's {job.lower()}, spoke on Saturday. {last} said the team had done well."
    quote = f"{job} {last}: “We must win again, and soon”"
    if headline:
        assert _people(quote, text) == {f"{first} {last}"}, quote
        assert _speakers(quote, text)[0] == f"{first} {last}", quote
    else:
        body = f"{text} “We must win again,” said {job} {last}."
        assert _people("", body) == {f"{first} {last}"}, body
        assert _speakers("", body) == [f"{first} {last}"], body


@FAST
@given(st.lists(word, min_size=3, max_size=3, unique=True), st.sampled_from(_JOBS))
def test_a_job_before_a_surname_two_people_bear_names_no_one(names, job):
    first, other, last = names
    text = f"{first} {last} and {other} {last} spoke on Saturday. “We must win again,” said {job} {last}."
    assert _speakers("", text) == [None], text
    assert f"{job} {last}" not in _people("", text), text
