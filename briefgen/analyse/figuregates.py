"""Cheap tests before the number-word patterns of figures.py and smallfigures.py: whether a sentence can hold a match.

A story page's comparison reads the figures of every sentence of its reports (compare.py, figures.figures), and each
sentence was scanned by three case-blind patterns that open with no literal character, so the regex engine tried them
at every position: a number word of ten or more ("thirty", "hundred"), a count under ten or an ordinal ("three",
"third", "3rd") and a fraction's word ("a third of"). Together ~0.4 s of CPU of a 1,000-article cold build's ~24 s
(2026-12-07, SP10), though four sentences in five hold none. Each test here looks for the words' letters in the
lower-cased sentence (`str.lower` and `in`: ~2 µs a sentence) and lets the pattern run only where they are.

Exact: an `re.IGNORECASE` pattern of ASCII words matches a letter only where that letter lower-cased is the word's,
but for "ı" (dotless i), "ſ" (long s) and "İ", which the engine reads as "i", "s" and "i" while `str.lower` keeps the
first two and writes the third as two characters; a sentence holding any of them is given to the pattern as before
(numberwords.numbers_as_digits' test is the same). Pure; no state.

Where the letters are there, such a pattern is read as its case-sensitive twin in the lower-cased sentence
(`lowered`, `holds`; SP16): the case-blind engine compares a letter by lower-casing the text's character for each
letter of each word tried, the twin compares characters as they are, and where its words open it the engine skips to
their first letters (2–6× faster on the sentences c1k's comparisons read, docs/log/performance.md SP16). Exact for a
pattern whose letters are ASCII and whose other items are no letters (`\\b`, `\\d`, `\\s`, white space,
punctuation): `str.lower` keeps every other character one character and, for each, whether `\\w`, `\\d` and `\\s`
read it (every code point checked: tests/analyse/test_pattern_scans_sp16.py), and makes a letter the twin's exactly
where the case-blind pattern reads it as that letter.
"""
from __future__ import annotations

import re

# Number words of ten or more, as figures.figures reads them in digits (numberwords.numbers_as_digits)
SPELLED = re.compile(r"(?:teen|ty|ten|eleven|twelve|hundred|thousand)\b", re.IGNORECASE)
# Letters every match of each pattern holds, lower-cased: SPELLED's words; smallfigures._SMALL_CHEAP's words ("fourth"
# holds "four", "sixth" "six", "seventh" "seven", "eighth" "eight"), its "3rd" a digit; figures._FRACTION's parts
SPELLED_LETTERS = ("teen", "ty", "ten", "eleven", "twelve", "hundred", "thousand")
SMALL_LETTERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second", "third",
                 "fifth", "ninth", "tenth")
FRACTION_LETTERS = ("half", "halves", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
_READ_AS_ASCII = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ (module docstring)
_DIGIT = re.compile(r"\d")  # (as the patterns' \d reads a digit: any decimal digit)


_SPELLED_LOWER = re.compile(SPELLED.pattern)  # (its twin: module docstring)


def lowered(sentence: str) -> str | None:
    """`sentence` lower-cased, where a case-blind pattern of ASCII words reads what its case-sensitive twin reads
    (module docstring); None when it holds "İ", "ı" or "ſ": ask the case-blind pattern."""
    if not sentence.isascii() and any(odd in sentence for odd in _READ_AS_ASCII):
        return None
    return sentence.lower()


def holds(pattern: re.Pattern[str], twin: re.Pattern[str], sentence: str, letters: tuple[str, ...] = ()) -> bool:
    """Whether the case-blind `pattern` (`re.IGNORECASE`, ASCII words: module docstring) finds a match in `sentence`,
    read as `twin` (the same pattern without the flag) in the lower-cased sentence; with `letters` (each match holds
    one, lower case), False at once where none is there."""
    lower = lowered(sentence)
    if lower is None:
        return pattern.search(sentence) is not None
    return (not letters or any(word in lower for word in letters)) and twin.search(lower) is not None


def may_hold(sentence: str, letters: tuple[str, ...]) -> bool:
    """False when no case-blind match of ASCII words each holding one of `letters` (lower case) can be in
    `sentence`; True when one may be (then ask the pattern)."""
    lower = lowered(sentence)
    return lower is None or any(word in lower for word in letters)


def spelled_number(sentence: str) -> bool:
    """Whether `sentence` holds a number word of ten or more (`SPELLED`); figures.figures then reads it in digits."""
    return holds(SPELLED, _SPELLED_LOWER, sentence, SPELLED_LETTERS)


def may_count(sentence: str) -> bool:
    """False when `sentence` holds no count under ten in words and no ordinal (smallfigures.small_numbers): no digit
    and none of `SMALL_LETTERS`."""
    return _DIGIT.search(sentence) is not None or may_hold(sentence, SMALL_LETTERS)
