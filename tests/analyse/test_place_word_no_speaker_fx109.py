"""A one-word run the article uses as a place is no person by a speech verb alone (FX109, item 6): "Osaka said: “…”"
after "in Osaka" made a person Osaka. placeuses.used_as_place ("in X", "from X", "X-based", "flew to X"), read by
quotespeakers and names.py; "a letter from X", "according to X" are a person's as often, and stay."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people

PLACES = st.sampled_from(["The summit was held in {w} last week.", "Delegates flew in from {w} on Monday.",
                          "The {w}-based firm grew.", "The minister flew to {w} on Monday.",
                          "Talks near {w} stalled."])
FRAMES = st.sampled_from(["{w} said: “We will count every vote.”", "“We will count every vote,” {w} said.",
                          "“We will count every vote,” said {w}."])
PERSONS = st.sampled_from(["The board got a letter from {w} on Monday.", "According to {w}, the vote was fair.",
                           "Reporters spoke to {w} on Monday.", "The vote was held on Monday."])


def _found(text: str) -> tuple[list[str], list[str]]:
    found = find_people("Summit", text)
    return [n.full for n in found.named], [q.speaker for q in found.quotes]


def test_reported_input() -> None:
    assert _found("The summit was held in Osaka last week. Osaka said: “We will count every vote.”") == ([], [])


@given(word, PLACES, FRAMES)
@example("Osaka", "The summit was held in {w} last week.", "{w} said: “We will count every vote.”")
@FAST
def test_a_place_word_is_no_speaker(name: str, place: str, frame: str) -> None:
    text = place.format(w=name) + " " + frame.format(w=name)
    assert _found(text) == ([], []), text


@given(word, PERSONS, FRAMES)
@FAST
def test_a_persons_word_stays_a_speaker(name: str, before: str, frame: str) -> None:
    text = before.format(w=name) + " " + frame.format(w=name)
    named, speakers = _found(text)  # ("said X" alone lists no person: as before FX109)
    assert speakers == [name] and set(named) <= {name}, text
