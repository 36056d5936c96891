"""A live blog's "X turns to <a person>." gives no one the quotation after it (leadsentences._takes_floor; BR17,
2026-12-06): "14:05 Chair Ann Lee turns to the second witness. “I was not there.”" gave the witness's answer to the
chair (T14's rule read any "turns to / moves on to / opens with" as the subject taking the floor). Taking the floor
to a thing or a question stays the subject's ("Anna von Thurn opens with the June inspection. “…”")."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_VERBS = ("turns to", "moves on to", "comes back to", "opens with", "then turns to")
_PERSONS = ("the second witness", "the chancellor", "him", "her", "the finance director", "the panel", "a caller")
_THINGS = ("the June inspection", "the issue of safety", "a question about the recall", "the figures")


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("N", text)]


def test_the_reported_line() -> None:
    assert speakers("14:05 Chair Ann Lee turns to the second witness. “I was not there.”") == [None]
    assert speakers("10:04 Anna von Thurn opens with the June inspection. “Mr Li, why did nobody go back?”") == [
        "Anna von Thurn"]


@FAST
@given(word, word, st.sampled_from(_VERBS), st.sampled_from(_PERSONS))
def test_the_floor_given_to_a_person_is_no_ones(given_name: str, family: str, verb: str, person: str) -> None:
    text = f"14:05 {given_name} {family} {verb} {person}. “I was not there that night.”"
    assert speakers(text) == [None], text


@FAST
@given(word, word, st.sampled_from(_VERBS), st.sampled_from(_THINGS))
def test_the_floor_taken_to_a_thing_is_the_subjects(given_name: str, family: str, verb: str, thing: str) -> None:
    text = f"14:05 {given_name} {family} {verb} {thing}. “Why did nobody go back?”"
    assert speakers(text) == [f"{given_name} {family}"], text
