"""Elided articles and prepositions are not part of the word they lean on (searchtext.ELISIONS).

A trial of a French briefing: "l’Élysée", "l'Égypte" and "d’adhésion" were indexed as
"lelysee", "legypte" and "dadhesion" (an apostrophe between letters joined them), so
"élysée", "egypte" and "adhesion" found nothing. Lucene's French, Italian and Catalan analysers
drop such elisions (ElisionFilter); the index and search.js now do the same.
"""
from __future__ import annotations

import json
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render.searchlayout import manifest
from briefgen.render.searchtext import APOSTROPHES, ELISIONS, _apostrophe_spots, _drop_elisions, fold, words

APOSTROPHE = st.sampled_from(APOSTROPHES.encode().decode("unicode_escape"))
# Words of two letters or more, as a text holds them (capitals, accents), after the elision.
WORD = st.text(st.sampled_from("abcdeéèfghiîjklmnoôpqrstuvwxyzÉÈÀÇŒØ"), min_size=2, max_size=12)


@given(st.sampled_from(ELISIONS), st.booleans(), APOSTROPHE, WORD)
@example("l", True, "’", "Élysée")
@example("d", False, "'", "adhésion")
@example("dell", False, "'", "Unione")
def test_an_elided_article_gives_the_word_alone(clitic: str, upper: bool, apostrophe: str, word: str) -> None:
    written = (clitic.upper() if upper else clitic) + apostrophe + word
    # (a capital D', M', N' before a capital is a name's, indexed joined too: searchelided.py, FX111)
    joined = [fold(clitic.upper() + word)] if upper and clitic in ("d", "m", "n") and word[0].isupper() else []
    assert sorted(words(written)) == sorted(words(word) + joined), written
    assert sorted(words(f"vu {written}, dit-il")) == sorted(words(f"vu {word}, dit-il") + joined)


@given(st.text(st.sampled_from("bcfhkpryz"), min_size=1, max_size=4).filter(lambda w: w not in ELISIONS),
       APOSTROPHE, WORD)
@example("o", "'", "Brien")
@example("aujourd", "’", "hui")
@example("don", "'", "t")
def test_other_inner_apostrophes_still_join(head: str, apostrophe: str, word: str) -> None:
    """Only the listed elisions split: "O'Brien", "aujourd’hui" and "don't" stay one word."""
    written = head + apostrophe + word
    assert fold(written) == fold(head + word)


def test_an_elision_inside_a_word_is_not_cut() -> None:
    """Only at a word's start: "Dall’Ara" is "ara", but "Randall's" and "Tell’Arab" keep their letters."""
    assert words("Dall’Ara Randall's Tell’Arab") == ["ara", "randall", "tellarab", "tell"]  # "Tell": name_heads


def test_search_js_reads_the_elisions_from_the_manifest() -> None:
    assert json.loads(manifest(0, (), ()))["elisions"] == list(ELISIONS)


_REFERENCE = re.compile(f"(?<![^\\W_])(?:{'|'.join(sorted(ELISIONS, key=len, reverse=True))})"
                        f"[{APOSTROPHES}](?=[^\\W_])")  # the rule as first written, one regex (d0b3d6d)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from([*ELISIONS, "'", "\u2019", "x", "é", "_", " ", "-", "1", "modell", "europe", "ʼ"]),
                max_size=14).map("".join))
def test_elisions_are_dropped_as_the_one_regex_dropped_them(text: str) -> None:
    assert _drop_elisions(text, _apostrophe_spots(text))[0] == _REFERENCE.sub("", text)
