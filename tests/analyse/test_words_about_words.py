"""A noun phrase after a quotation that is about the quoted words ("a word X says she has learned to
hate", "a term X would never use") is no frame: X is the subject of a relative clause about them,
not their speaker.

A trial (tests/analyse/hospital/): 'The trust calls its own plan "sustainable," a word union leader
Adaeze Okafor says she has "learned to hate."' gave the trust's word to Okafor: the frame after
the closing mark took "a word union leader Adaeze Okafor" as the subject of "says".
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOUNS = st.sampled_from(["word", "phrase", "term", "label", "expression", "slogan", "description", "nickname"])
LEADS = st.sampled_from(["a", "an", "the", "one", "a favourite", "the very"])
RESTS = st.sampled_from(["{p} says she has learned to hate", "{p} said he would never use", "union leader {p} says",
                         "{p} repeated on Monday", "that {p} told reporters was unfair"])
QUOTES = st.sampled_from([("“", ",”"), ('"', ',"'), ("“", "”,"), ("« ", " »,")])


@FAST
@given(person, NOUNS, LEADS, RESTS, QUOTES, st.sampled_from(["sustainable", "historic", "a fair deal for all"]))
def test_words_about_the_quoted_words_name_no_speaker(p: str, noun: str, lead: str, rest: str,
                                                      marks: tuple[str, str], words: str) -> None:
    text = f"The trust calls its own plan {marks[0]}{words}{marks[1]} {lead} {noun} {rest.format(p=p)}."
    assert all(q.name != p for q in quotes_in("", text)), text


@pytest.mark.parametrize(("text", "names"), [
    ('The trust calls its own plan "sustainable," a word union leader Adaeze Okafor says she has "learned to hate."',
     ["Adaeze Okafor"]),  # "learned to hate" is hers; "sustainable" no one's
    ("“We will win,” a defiant Anna Berg said.", ["Anna Berg"]),  # an adjective, not a word about the words
])
def test_words_about_words(text: str, names: list[str]) -> None:
    assert [q.name for q in quotes_in("", text)] == names
