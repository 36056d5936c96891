"""A name part that is also a German or French function word stays part of the name in English text.

A trial's German/French quote frames (reverted) applied those languages' words to every text:
"said Des Browne" gave "Browne", "Peter Morgen" gave "Peter" or no speaker, a surname "Laut" was
read as "according to". Whatever language support comes next must keep these whole.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.analyse.quotes import quotes_in

WORDS = ("Des Dem Die Das Um Er Es Vor Nach Bei Aus Morgen Heute Laut Selon Sur Dans Sous Chez Pour Avant Ce "
         "Par Au Avec Sans Donc Mais").split()
QUOTE = "\u201cThe harbour is finished for good,\u201d"


@pytest.mark.parametrize("name", ["Des Browne", "Peter Morgen", "Aaaa Laut", "Pierre Sur", "Jean Selon"])
def test_the_reported_names_stay_whole(name: str) -> None:
    assert [q.name for q in quotes_in("", f"{QUOTE} said {name} on Monday.")] == [name]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(["Anna", "Peter", "Maria", "Tomas"]), st.booleans())
def test_a_function_word_of_another_language_is_a_surname_here(word: str, given_name: str, after: bool) -> None:
    name = f"{given_name} {word}"
    text = f"{QUOTE} said {name} on Monday." if after else f"{name} said: {QUOTE[:-2]}.\u201d"
    assert [q.name for q in quotes_in("", text)] == [name], text
