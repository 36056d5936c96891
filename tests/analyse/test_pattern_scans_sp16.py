"""The analyses' pattern scans made cheaper by SP16 find what the patterns they replaced find (hypothesis).

A case-blind pattern of ASCII words (`re.IGNORECASE`) opens with no character the regex engine can skip to, so it is
tried at every character of the text. figuregates.holds reads it as its case-sensitive twin in the lower-cased text
(withdrawnfigures' correction cues, smallfigures' counts and ordinals, figuregates' number words of ten or more); a
pattern opening with a look-behind or a look-ahead is tried at every character too, and shoutednames' run of capitals
and the story page's name runs (site/page_evidence.py) now read their first capital first. Each new form is compared with the old one, kept here, on drawn text holding the characters the
case-blind engine reads as ASCII letters ("İ", "ı", "ſ", the Kelvin sign) and letters of both cases; each property
fails with its new form broken (the gate without "first", the twin given the text not lower-cased, the look-behind
one character off: each tried).
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import figuregates, shoutednames, smallfigures, withdrawnfigures
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.figuregates import holds, lowered, spelled_number
from briefgen.site import page_evidence

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of words the patterns read, in both cases, and the characters a case-blind pattern reads as ASCII letters
PIECES = ["version", "VERSION", "correct", "Corrected", "previously", "earlier", "originally", "first", "FIRST",
          "reported", "stated", "misstated", "incorrectly", "wrongly", "erroneously", "mistakenly", "one", "two",
          "seven", "third", "tenth", "3rd", "21ST", "\u0663rd", "teen", "twenty", "ten", "eleven", "twelve", "hundred",
          "thousand", "city", "often", "someone", "fir", "ver", "ſt", "fıfth", "İncorrectly", "\u212aNOWN", "mı",
          "ſix", "THE", "TIMES", "OF", "INDIA", "REUTERS", "A", "B", "O'NEILL", "AT&T", "Ab", "x-", "’", "'", "-",
          " ", "  ", "\t", "\n", ".", ",", "é", "É", "Σ", "ß", "5", "_"]


def text() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=14).map("".join)


def withdrawn_cue_before(sentence: str) -> bool:
    """withdrawnfigures.withdrawn_spans' first test before SP16: the case-blind cue searched in the sentence."""
    return withdrawnfigures._CUE.search(sentence) is not None


def spelled_number_before(sentence: str) -> bool:
    """figuregates.spelled_number before SP16."""
    return figuregates.may_hold(sentence, figuregates.SPELLED_LETTERS) and figuregates.SPELLED.search(sentence) is not None


_SHOUTED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][A-Z'\u2019&-]*(?:[ \t]+[A-Z][A-Z'\u2019&-]*)+(?![\w'\u2019-])")


@SETTINGS
@given(text())
@example("Correction: an earlier version of this story said 82%.")
@example("It was FIRST  reported by İncorrectly")
@example("the ſeventh and the fıfth")
@example("\u212aNOWN as the first\treported")
def test_case_blind_patterns_read_as_twins_find_what_they_found(sentence: str) -> None:
    assert holds(withdrawnfigures._CUE, withdrawnfigures._CUE_LOWER, sentence,
                 withdrawnfigures._CUE_LETTERS) == withdrawn_cue_before(sentence)
    assert spelled_number(sentence) == spelled_number_before(sentence)
    assert holds(smallfigures._SMALL_CHEAP, smallfigures._SMALL_CHEAP_LOWER,
                 sentence) == (smallfigures._SMALL_CHEAP.search(sentence) is not None)
    assert withdrawnfigures.withdrawn_spans(sentence) == () or withdrawn_cue_before(sentence)


@SETTINGS
@given(text())
@example("THE TIMES OF INDIA reported")
@example("xTHE TIMES, O'NEILL SAID A B")
@example("-AB CD")
def test_shouted_runs_read_first_capital_first(sentence: str) -> None:
    assert [m.span() for m in shoutednames._SHOUTED.finditer(sentence)] == [
        m.span() for m in _SHOUTED_BEFORE.finditer(sentence)]
    assert (shoutednames._SHOUTED.search(sentence) is None) == (_SHOUTED_BEFORE.search(sentence) is None)


def test_lower_case_keeps_what_the_twins_read_for_every_code_point() -> None:
    """The twins' exactness (figuregates' docstring): but for "İ", `str.lower` gives one character, read alike by
    `\\w`, `\\d` and `\\s`; it gives an ASCII letter exactly where the case-blind engine reads one (the Kelvin sign is
    "k"; "ı" and "ſ", which the engine reads as "i" and "s", send the text to the case-blind pattern)."""
    classes = [re.compile(c) for c in (r"\w", r"\d", r"\s")]
    letter = re.compile("[a-z]", re.IGNORECASE)
    for point in range(0x110000):
        char = chr(point)
        lower = char.lower()
        if point in (0x130, 0x131, 0x17f):
            assert lowered(char) is None and letter.match(char)
            continue
        assert len(lower) == 1
        assert all(bool(c.match(char)) == bool(c.match(lower)) for c in classes)
        assert bool(letter.match(char)) == (lower.isascii() and lower.isalpha())
        if letter.match(char):
            assert re.fullmatch(lower, char, re.IGNORECASE) and lowered(char) == lower
    assert lowered("fıfth") is None and lowered("ſix") is None and lowered("\u212a") == "k"


_EVIDENCE_RUN_BEFORE = re.compile(rf"(?!(?:{page_evidence._OPENERS})\b){CAPITAL}[\w\u2019'-]*"
                                  rf"(?:\s+(?:(?:{page_evidence._INSIDE})\s+)*{CAPITAL}[\w\u2019'-]*)+")
NAMES = ["The", "Theo", "A", "An", "Anna", "And", "Of", "the", "of", "and", "van", "der", "Nautical", "Ferry",
         "Workers’", "Union", "Ä", "É", "ß", "İ", "Σ", "x", "O'Neill", " ", "\n", ".", ","]


@SETTINGS
@given(st.lists(st.sampled_from(NAMES) | st.text(max_size=2), max_size=14).map(" ".join))
@example("The Nautical and Ferry Workers’ Union said")
@example("An Anna Berg, And Theo Ward")
def test_evidence_name_runs_read_first_capital_first(sentence: str) -> None:
    assert [m.span() for m in page_evidence._RUN.finditer(sentence)] == [
        m.span() for m in _EVIDENCE_RUN_BEFORE.finditer(sentence)]
