"""A place, a room or a job title written like a name is no person (nonpersons.py, read by names.py).

The ransomware trial (tests/stories/ransom/, 2026-12-05) listed "Great Hall" ("crammed into the Great Hall"),
"Castlebridge North" ("the Labour MP for Castlebridge North"), "Information Officer" ("Dr Niamh O'Sullivan, Chief
Information Officer.") and "Learning Hub" beside "Castlebridge Learning Hub" as people. Properties over made-up
words (support.madeup): each kind gives no person, and the person beside it (or a name in the same place that a
noun follows, a speaker, a titled name) is kept.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people

FOLLOWING = (" on Wednesday night.", ". ", " was full.", ", where students voted.", " and the library.")


def people(text: str) -> list[str]:
    return [m.surface for m in names_in("", text) if m.kind == "person"]


@FAST
@given(word, st.sampled_from(("Hall", "Room", "Chamber", "Gallery")), st.sampled_from(FOLLOWING),
       st.sampled_from(("the", "The")))
def test_a_room_after_the_is_no_person(one, two, after, the):  # a room's head word only, since 2026-12-05
    lead = "More than 900 students crammed into the" if the == "the" else "It rained. The"
    text = f"{lead} {one} {two}{after}"
    assert f"{one} {two}" not in people(text), text
    noun = f"Reporters covered the {one} {two} trial on Monday."  # a noun after it: the person's name, kept
    assert f"{one} {two}" in people(noun), noun


@FAST
@given(word, word, word, word, st.sampled_from(("MP", "MSP", "MEP", "councillor", "member")))
def test_a_seat_after_its_member_is_a_place(given_name, surname, place, compass, member):
    assume(len({given_name, surname, place, compass}) == 4)
    text = f"{given_name} {surname}, the Labour {member} for {place} {compass}, asked a question."
    assert people(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, word, st.sampled_from(("Officer", "Director", "Manager", "Secretary", "Registrar")))
def test_a_job_title_after_a_name_is_no_person(given_name, surname, field, head):
    text = f"“We are nearly there,” said Dr {given_name} {surname}, Chief {field} {head}."
    assert people(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(("Hub", "Campus", "Building", "Auditorium", "Pavilion")))
def test_a_facility_is_no_person(place, field, head):
    text = f"Email and the {place} {field} {head} were restored this morning. The {field} {head} opened at nine."
    assert people(text) == [], text


def test_the_trials_sentences_list_no_person_of_them():
    text = ("More than 900 students crammed into the Great Hall on Wednesday night. The Rt Hon Gregor McIntyre, the "
            "Labour MP for Castlebridge North, asked a question. Staff and student email and the Castlebridge Learning "
            "Hub were restored. \"Getting email and the Learning Hub back was our first priority,\" said Dr Niamh "
            "O'Sullivan, Chief Information Officer.")
    found = find_people("", text)
    assert sorted(p.full for p in found.named if p.kind == "person") == ["Gregor McIntyre", "Niamh O'Sullivan"]
