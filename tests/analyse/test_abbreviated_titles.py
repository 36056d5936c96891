"""Abbreviated titles before a name are titles, not part of the name (nameruns.ABBREVIATED_TITLES, INITIAL_TITLES):
a trial (2026-12-05) published three People pages for one detective, "DI Ruth Caldwell", "DI Caldwell" and
"Detective Inspector Ruth Caldwell". The police ranks in capitals ("DI", "DCI", "PC") only in capitals: "Di Stefano"
is a name.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

ABBREVIATED = ["DI", "DCI", "DS", "DC", "PC", "DSI", "ACC", "Sgt", "Sgt.", "Insp", "Supt", "Det Supt", "Ch Supt",
               "Det Insp", "Det Sgt", "Cllr", "Prof", "Rev", "Revd", "Gen", "Lt", "Col", "Capt", "Sen", "Rep", "Gov",
               "Amb"]


def test_the_trials_detective_is_one_person() -> None:
    text = ("DI Ruth Caldwell said the search went on. Owen Caldwell, a guard, was not there. "
            "“We know the painting was moved,” DI Caldwell said. Detective Inspector Ruth Caldwell added nothing.")
    named = find_people("t", text).named
    assert [(n.full, n.kind) for n in named] == [("Ruth Caldwell", "person"), ("Owen Caldwell", "person")]
    assert [(q.name, q.speaker) for q in quotes_in("t", text)] == [("Ruth Caldwell", "Caldwell")]


@FAST
@given(st.sampled_from(ABBREVIATED), word, word)
def test_an_abbreviated_title_is_stripped_from_a_full_name(title: str, given_name: str, surname: str) -> None:
    assume(given_name != surname)
    tokens = [*title.split(), given_name, surname]
    assert classify(tokens) == ("person", len(title.split()))
    text = f"{title} {given_name} {surname} said: “We are close to an arrest.”"
    assert [q.name for q in quotes_in("t", text)] == [f"{given_name} {surname}"]


@FAST
@given(st.sampled_from(["DI", "DCI", "DS", "DC", "PC"]), word)
def test_police_initials_are_a_title_only_in_capitals(initials: str, surname: str) -> None:
    assert classify([initials, surname]) == ("person", 1)
    assert classify([initials.capitalize(), surname]) == ("person", 0)  # "Di Stefano", "Dc" is no rank
    assert classify([initials]) is None


def test_a_qualifier_is_a_title_only_before_another() -> None:
    assert classify(["Det", "Supt", "Mark", "Hale"]) == ("person", 2)
    assert classify(["Ch", "Insp", "Ann", "Lee"]) == ("person", 2)
    assert classify(["Det", "Hale"]) == ("person", 0)
