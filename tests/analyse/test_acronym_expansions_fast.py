"""acronymthings._expansions finds the words before ", or NDEA" / " (NDEA)" from the acronym's places (2026-12-06): the
search it replaces tried a word at every position of the text, ~1.6 ms an article holding an acronym. Over texts of
words, spaces, commas, brackets and "or" around an acronym: the same word before each place as the first version's
search, and the same (words, word) pairs as the search for up to six words where the acronym is written once (with two
places, that search's greedy words could run over the first: "X or NDEA or NDEA" gave the word "NDEA")."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.acronymthings import _expansions

_PIECES = st.sampled_from(["N-nitrosodiethylamine", "the", "lifeboat", "charity", "drug_maker", "x", " ", "  ", "\t",
                           ",", " or ", ", or ", " (", ")", "NDEA", "(NDEA)", "NDEAX", "-", "é", "\n", "or", "7"])


def reference(text: str, name: str) -> list[tuple[str, str]]:
    return [(m.group("words"), m.group("word")) for m in re.finditer(
        rf"(?P<words>(?:[\w-]+[ \t]+){{0,5}}(?P<word>[\w-]+))(?:,?[ \t]+or[ \t]+{name}|[ \t]+\({name}\))(?![\w-])", text)]


def first_version(text: str, name: str) -> list[str]:
    return [m.group("word") for m in re.finditer(rf"(?P<word>[\w-]+)(?:,?[ \t]+or[ \t]+{name}|[ \t]+\({name}\))(?![\w-])",
                                                 text)]


@given(st.lists(_PIECES, max_size=40))
@settings(max_examples=examples(500), deadline=None)
def test_the_same_as_a_search_of_the_whole_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [word for _, word in _expansions(text, "NDEA")] == first_version(text, "NDEA")
    if text.count("NDEA") <= 1:
        assert _expansions(text, "NDEA") == reference(text, "NDEA")


def test_the_reported_shapes() -> None:
    text = "Tests found N-nitrosodiethylamine, or NDEA, an impurity. The lifeboat charity (RNLI) helped."
    assert _expansions(text, "NDEA") == [("Tests found N-nitrosodiethylamine", "N-nitrosodiethylamine")]
    assert _expansions(text, "RNLI") == [("The lifeboat charity", "charity")]
