"""An occupation written capitalised where a sentence opens, before a two-word name, is no first name
(occupations.opening_occupation, nameruns._title_end): a trial (2026-12-05) published "Mediator Marta Velloso" beside
the declared "Marta Velloso", and "Curator Tomasz Brodecki". Before one word it stays a name's ("Curator Smith" is
unread as before), and a given name that is also a word (Victor, Hunter) stays a name.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.nameruns import classify
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

JOBS = ["Mediator", "Curator", "Negotiator", "Investigator", "Administrator", "Editor", "Sculptor", "Guard",
        "Archivist", "Conservator", "Treasurer", "Trustee", "Dealer", "Photographer", "Broadcaster"]


def test_the_trials_mediator_is_the_declared_person() -> None:
    text = ("A ceasefire framework was agreed at Tallinn talks on Monday. "
            "Mediator Marta Velloso said: \"We have a text on the table.\"")
    found = find_people("Truce framework agreed", text, declared=("Marta Velloso",))
    assert {n.full for n in found.named} == {"Marta Velloso"}
    assert [q.speaker for q in found.quotes] == ["Marta Velloso"]


@FAST
@given(st.sampled_from(JOBS), word, word)
def test_an_occupation_opening_a_sentence_is_no_first_name(job: str, given_name: str, surname: str) -> None:
    assume(given_name != surname)
    text = f"The frame was empty. {job} {given_name} {surname} said: “It is a small canvas.”"
    assert [q.name for q in quotes_in("t", text)] == [f"{given_name} {surname}"]
    assert [n.full for n in find_people("t", text).named] == [f"{given_name} {surname}"]


def test_given_names_that_are_words_stay_names() -> None:
    for name in ("Victor", "Trevor", "Connor", "Taylor", "Hunter", "Mason", "Dean"):
        assert not opening_occupation(name.lower())
        assert classify([name, "Hugo", "Smith"]) == ("person", 0)
