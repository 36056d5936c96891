"""A person set off by an appositive that only mentions an airline ("Michael O'Leary, the airline's chief executive,",
"Willie Walsh, the former airline boss,", "Tom Reid, a former airline pilot,") is a person; only an appositive that an
airline or carrier heads ("Celtic Skies, the regional carrier,") makes the name a thing (nonpersons._AIRLINE_AFTER;
a breaker's P1 against ef0de4e1, 2026-12-05: such people were no longer listed)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _listed(text: str) -> list[str]:
    return sorted(n.full for n in find_people("", text).named)


def test_the_reported_sentences():
    cases = {
        "Michael O'Leary, the airline's chief executive, said: “Fares will rise.”": "Michael O'Leary",
        "Lynne Embleton, the airline's chief executive, said: “We apologise.”": "Lynne Embleton",
        "Willie Walsh, the former airline boss, said: “It was a mistake.”": "Willie Walsh",
        "Tom Reid, a former airline pilot, said: “I have flown that route.”": "Tom Reid",
        "Tom Reid, the airline's founder, died on Monday.": "Tom Reid",
    }
    for text, person in cases.items():
        assert person in _listed(text), text


def test_what_must_not_change():
    for text in ("Celtic Skies, the regional carrier, said: “Safety is our priority.”",
                 "Celtic Skies, the airline, said it would appeal."):
        assert "Celtic Skies" not in _listed(text), text


@FAST
@given(word, word, st.sampled_from(("the airline's chief executive", "the former airline boss", "a former airline pilot",
                                    "the carrier's founder", "an airline analyst")))
def test_a_person_who_works_for_an_airline_is_listed(given_name, surname, role):
    text = f"{given_name} {surname}, {role}, said: “Fares will rise again next summer.”"
    assert f"{given_name} {surname}" in _listed(text), text
