"""Numbers written in words, as digits, for the terms story grouping compares: "three hundred and twelve" is 312.

Reports of one event give its figures in either form: a trial (2026-12-04) had Radio Vellmoor's "three hundred and
twelve non-urgent procedures" beside the Kelsby Courier's and the Coastline Gazette's "312 planned operations", and
the radio's report shared no figure with them. `numbers_as_digits(text)` writes each exact cardinal number from ten
to 999,999 that `text` spells in English words as digits ("twelve" 12, "forty-eight" 48, "two hundred" 200, "three
hundred and twelve" 312, "one thousand four hundred" 1400; a number's hyphen to a following word stays: "forty-eight-
hour" → "48-hour"), so that terms.py reads the same term as from the digits. Left as written:
- numbers under ten: as digits they are one character, which terms.py drops, so "two" meets no digit anyway (and
  terms.py keeps "two", "three" as words, as before);
- what is no exact number: "a hundred", "a dozen", "hundreds", "tens of thousands", an ordinal ("twenty-first");
- a number word capitalised inside a sentence, which is a name's ("Three Rivers", "Seven Sisters"); capitalised
  where a sentence or the text opens it is a number ("Three hundred and twelve operations were …").
Read by the story features (storyfeatures.py) and by the figures a story page compares (figures.py, since
2026-12-05), not by search, topics or "what each adds", which read terms.py as before. The forms are English.
For the story features it also writes each amount of money with a scale as one word of its value and currency
(moneyterms.py, 2026-12-06: "€240m" and "240 million euros" are "240meur"); figures.py reads amounts itself and asks
for numbers only (`amounts=False`). `SPELLING_WORDS.isdisjoint(words)` says whether a text's words hold none of the
words numbers are spelled with and may hold no such amount (moneyterms.may_hold: a scale word or a glued scale), so
that the story features' one test of a text's words covers both.
"""
from __future__ import annotations

import re
from typing import Collection, Iterable

from briefgen.analyse.findspans import matches_at, word_starts
from briefgen.analyse.moneyterms import SCALE_WORDS, amounts_alike, glued_scale

_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_TEENS = {w: n for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                     "nineteen".split(), 10)}
_TENS = {w: n * 10 for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_VALUES = {**_UNITS, **_TEENS, **_TENS}
_UNIT = "(?:" + "|".join(_UNITS) + ")"
_BELOW_100 = "(?:(?:" + "|".join(_TENS) + ")(?:[- ]" + _UNIT + r"\b)?|" + "|".join(_TEENS) + "|" + _UNIT + ")"
_BELOW_1000 = rf"(?:{_UNIT}\s+hundred(?:\s+and\s+{_BELOW_100}|\s+{_BELOW_100})?|{_BELOW_100})"
# (the lookahead: every spelled number opens with one of these letters; tried before the alternation at each place,
# it makes the search ~3x faster: 333 -> 106 µs over a benchmark lead, timeit)
_NUMBER = re.compile(rf"(?=[otfsen])\b(?:{_BELOW_1000}\s+thousand(?:,?\s+(?:and\s+)?{_BELOW_1000})?|{_BELOW_1000})\b"
                     r"(?![-\u2010\u2011](?:first|second|third|\w+th)\b)(?!['\u2019]?\w)", re.IGNORECASE)
# The words numbers are spelled with, lower case: no term of what a figure is about (slips.py)
NUMBER_WORDS = frozenset((*_VALUES, "hundred", "thousand"))
# The written words (as terms.words splits them) without one of which no number of ten or more is spelled: looked up in
# an article's word tally first (a few µs), since the pattern costs ~1 ms a lead (the benchmark's 1,500 characters).


class _SpellingWords(frozenset):  # type: ignore[type-arg]
    """`SPELLING_WORDS`: a frozenset of the written words numbers are spelled with and of amounts' scale words
    (moneyterms.SCALE_WORDS); `isdisjoint(words)` is also False when one of `words` (a text's words, terms.words) is a
    number with a glued scale ("240m", "€240m": moneyterms.glued_scale), which `numbers_as_digits` may write alike."""

    def isdisjoint(self, words: Iterable[bytes]) -> bool:  # type: ignore[override]
        words = words if isinstance(words, (set, frozenset, dict)) else frozenset(words)
        return frozenset.isdisjoint(self, words) and not glued_scale(words)


SPELLING_WORDS = _SpellingWords([*(form.encode() for word in (*_TEENS, *_TENS, "hundred", "thousand")
                                   for form in (word, word.capitalize(), word.upper())), *SCALE_WORDS])
# Where `_NUMBER` can match: every spelled number opens with one of these words, found in the text in lower case
# by `str.find`, then `_NUMBER` tried there alone: over a 1,500-character lead ~630 -> ~120 µs under load (c1k,
# 2026-12-05; `_NUMBER.sub` tries its alternation at every place, a pattern of the words alone at each of their
# first letters, which are English's commonest: ~145 µs for the candidates alone).
# Lower case reads each character as re.IGNORECASE does but for the four that match an ASCII letter without being
# one ("İ" lowers to two characters, "ı", "ſ" and the Kelvin sign "K" match "i", "s", "k"): a text holding one of the
# first three is read by `_NUMBER.sub` (tests/analyse/test_story_fast_paths_2.py checks the four over every code point).
_STARTS = tuple(_VALUES)
_OPENS = re.compile(r"(?:^|[.!?:;]['\"\u2019\u201d)]*\s+|\n\s*|[\"'\u201c\u2018(]\s*)$")
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def numbers_as_digits(text: str, words: Collection[bytes] | None = None, amounts: bool = True) -> str:
    """`text` with each exact cardinal number of ten or more written in English words written in digits (module
    docstring), and with `amounts` each amount of money with a scale as one word (moneyterms.amounts_alike); `words`,
    when given, are its words (terms.words, or their tally), of which none in `SPELLING_WORDS` means none to write.
    Pure; a text with no number word nor amount is returned as it is."""
    if words is not None and SPELLING_WORDS.isdisjoint(words):
        return text
    if words is not None or not amounts:
        text = _spelled_as_digits(text)
    else:  # (the story features' test of a text's words opens for an amount too: a look for the words first, ~10 µs)
        lower = text.lower()
        if any(word in lower for word in _SPELLED) or not text.isascii() and (
                "\u0130" in text or "\u0131" in text or "\u017f" in text):
            text = _spelled_as_digits(text)
    return amounts_alike(text) if amounts else text


# Every number of ten or more in words holds one of these ("forty-two", "three hundred"); lower case reads as the
# pattern does but for "ı", "ſ" and "İ" (below), which `_spelled_as_digits` reads by the pattern anyway
_SPELLED = (*_TEENS, *_TENS, "hundred", "thousand")


def _spelled_as_digits(text: str) -> str:
    """`numbers_as_digits` of the numbers in words alone."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return _NUMBER.sub(_digits, text)
    pieces, done = [], 0
    for found in matches_at(_NUMBER, text, word_starts(text.lower(), _STARTS)):
        pieces += (text[done:found.start()], _digits(found))
        done = found.end()
    return "".join((*pieces, text[done:])) if pieces else text


def _digits(found: re.Match[str]) -> str:
    written = found.group(0)
    if written[0].isupper() and _OPENS.search(found.string, max(0, found.start() - 4), found.start()) is None:
        return written  # (a name's word: "Three Rivers")
    total, part = 0, 0
    for word in map(str.lower, _WORD.findall(written)):
        if word == "hundred":
            part *= 100
        elif word == "thousand":
            total, part = (total + part) * 1000, 0
        elif word in _VALUES:
            part += _VALUES[word]
        elif word != "and":  # (a letter re.IGNORECASE matches with an ASCII one: "ſix" is no number written in
            return written   # English; it raised KeyError before 2026-12-05, a build's traceback)
    value = total + part
    return str(value) if value >= 10 else written
