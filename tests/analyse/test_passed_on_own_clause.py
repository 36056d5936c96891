"""A parenthetical "X said" passes on an earlier speaker's words only when that speaker's verb stands right before it
("She had assured him, Tom Reid said, that “…”"), not when it is in a clause of its own that a comma closes: "After
the minister told the Dáil that talks had failed, the deal, Tom Reid said, was “dead”" is Reid's (passedon.py; a
breaker's L2 against 8fa8a5e3, 2026-12-05)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    cases = {
        "After the minister told the Dáil on Tuesday that talks had failed, the deal, Tom Reid said, was “dead and "
        "buried”.": "Tom Reid",
        "Once the chairman had told shareholders the news, the mood, Tom Reid said, was “grim beyond words”.": "Tom Reid",
        "Although police told reporters the area was safe, residents, Anna Berg said, were “terrified of going "
        "out”.": "Anna Berg",
    }
    for text, speaker in cases.items():
        assert _speakers(text) == [speaker], text


def test_what_must_not_change():
    kept = {
        "She had assured him, Tom Reid said, that “no decision is imminent”.": [None],
        "The chief constable told the board, Anna Berg said, that “more officers are coming”.": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_LEADS = st.sampled_from(("After", "Once", "Although", "While"))


@FAST
@given(word, word, _LEADS, st.sampled_from(("told the council", "warned shareholders", "said on Monday")))
def test_an_earlier_clause_of_its_own_passes_nothing_on(given_name, surname, lead, verb):
    text = (f"{lead} the minister {verb} that talks had failed, the deal, {given_name} {surname} said, was “dead in "
            f"the water by now”.")
    assert _speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(("told the council", "assured him", "warned the board")))
def test_a_verb_right_before_passes_its_words_on(given_name, surname, verb):
    text = f"The minister {verb}, {given_name} {surname} said, that “no decision is imminent at all”."
    assert _speakers(text) == [None], text
