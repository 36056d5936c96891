"""People that nonpersons.py (the ransomware trial's rule, 2026-12-05) read as a place, a room or a job title, found by
a tester on realistic text: each is kept as a person (nonpersons.py's narrowed conditions; docs/log/people.md)."""
from __future__ import annotations

import pytest
from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people

CASES = [
    ("“This is not the Keir Starmer who won a landslide in 2024,” said one backbencher.", "Keir Starmer"),
    ("Thousands cheered the Taylor Swift concert. The Taylor Swift of politics, as one paper put it, was the mayor.",
     "Taylor Swift"),
    ("The Smiths reunited. The Johnny Marr of jazz, Kamasi Washington, said: “Music heals.”", "Johnny Marr"),
    ("The sisters, the Kessler Twins, died together in 2025.", "Kessler Twins"),
    ("Nominations closed with 48 MPs for Kemi Badenoch and 42 MPs for Robert Jenrick.", "Kemi Badenoch"),
    ("Nominations closed with 48 MPs for Kemi Badenoch and 42 MPs for Robert Jenrick.", "Robert Jenrick"),
    ("Robert Jenrick won the backing of 42 MPs for Kemi Badenoch's rival campaign.", "Kemi Badenoch"),
    ("The MP for Tom Reid's constituency, Anna Berg, said the vote was close.", "Tom Reid"),
    ("Maria Arena, the Belgian MEP, told the committee that the rules were clear.", "Maria Arena"),
    ("The project was led by Ana Plaza and Tom Reid. Both declined to comment.", "Ana Plaza"),
    ("Oliver Hub, a councillor, said: “The bins will be collected.” Hub added that the strike was over.", "Oliver Hub"),
    ("The board is made up of Tom Reid, Ellen Provost and Anna Berg.", "Ellen Provost"),
    ("The board is made up of Tom Reid, Ellen Provost, and Anna Berg.", "Ellen Provost"),
]


def persons(text: str) -> list[str]:
    return [p.full for p in find_people("", text).named if p.kind == "person"]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_reported_person_is_kept(text, name):
    assert name in persons(text), text


@FAST
@given(word, word, word, word)
def test_a_list_of_names_ending_in_a_job_word_keeps_each(a, b, c, d):
    assume(len({a, b, c, d}) == 4)
    text = f"The board is made up of {a} {b}, {c} Provost and {d} Berg."
    assert f"{c} Provost" in persons(text), text


@FAST
@given(word, word)
def test_the_name_who_is_a_person(given_name, surname):
    assume(given_name != surname)
    text = f"“This is not the {given_name} {surname} who won in 2024,” said one backbencher."
    assert f"{given_name} {surname}" in persons(text), text


@FAST
@given(word, word, st.sampled_from(("MPs", "MSPs", "MEPs")))
def test_members_for_a_candidate_keep_the_candidate(given_name, surname, members):
    assume(given_name != surname)
    text = f"Nominations closed with 48 {members} for {given_name} {surname}."
    assert f"{given_name} {surname}" in persons(text), text
