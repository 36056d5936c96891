"""A compound surname that is also a place's name is the person's only where the article never uses it as a place
(FX102, BR60): "Senator Rafael Santa Cruz backed the count. The southern province of Santa Cruz has not reported.
Santa Cruz said on Monday its count was “…”" gave the senator the province's words after FX99 (T29 F6). The rule:
placesurnames.place_use, read by placesurnames.place_surname."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_QUOTE = '"Nobody goes home until every tally sheet is counted."'
_PLACE_USES = ["The southern province of {p} has not reported.", "Protests spread to {p}, where the count was slow.",
               "Turnout in {p} was low.", "The {p} province count is late.", "Crowds filled Plaza {p}.",
               "Shops on {p} Avenue closed.", "The governor of {p} was silent.", "Voters from {p} waited."]
_FRAMES = ["{p} said on Monday its count was " + _QUOTE, _QUOTE[:-1] + '," {p} said.', "{p} said: " + _QUOTE]


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    text = ("Senator Rafael Santa Cruz backed the count. The southern province of Santa Cruz has not reported. Santa "
            f"Cruz said on Monday its count was {_QUOTE}")
    assert _names(text) == [None]


@given(word, st.sampled_from(["San", "Santa", "São"]), word, st.sampled_from(_PLACE_USES), st.sampled_from(_FRAMES))
@example("Rafael", "Santa", "Cruz", _PLACE_USES[0], _FRAMES[0])
@example("Ana", "Santo", "Domingo", _PLACE_USES[1], _FRAMES[1])
@FAST
def test_a_surname_the_article_uses_as_a_place_is_no_one(given_name, head, second, use, frame) -> None:
    """(Not "Santo" and a made-up word: classify reads that as a person's name of its own, before and after FX99.)"""
    if given_name == second:
        return
    place = f"{head} {second}"
    text = f"Senator {given_name} {place} backed the count. {use.format(p=place)} {frame.format(p=place)}"
    assert f"{given_name} {place}" not in _names(text), text


@given(word, st.sampled_from(["San", "Santa", "Santo", "São"]), word, st.sampled_from(_FRAMES))
@FAST
def test_with_no_place_use_the_surname_is_the_person(given_name, head, second, frame) -> None:
    """The control (FX99's rule): the article names the person in full and never the place."""
    if given_name == second:
        return
    place = f"{head} {second}"
    text = f"Senator {given_name} {place} backed the count. The tally was slow.\n\n{frame.format(p=place)}"
    assert _names(text) == [f"{given_name} {place}"], text
