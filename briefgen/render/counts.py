"""Count phrases in pages and feeds: "1 report", "6 reports", "1 story", "3 stories".

Every number a template writes before a noun goes through `counted` (the Jinja filter of the
same name), so no phrase is left to a hand-written plural: the digest feed said "6 reports from
1 outlets" (a reader/standards trial, 2026-12-04) where a page beside it said "1 outlet".
tests/render/test_count_phrases.py checks that no template writes a number before a plural noun.
"""
from __future__ import annotations

from typing import Any


def counted(number: Any, singular: str, plural: str = "") -> str:
    """`number` and the noun, singular for exactly 1 (and -1), else `plural` (default: `singular` + "s"):
    counted(1, "outlet") → "1 outlet", counted(0, "story", "stories") → "0 stories"."""
    value = int(number if not hasattr(number, "__len__") else len(number))
    noun = singular if abs(value) == 1 else (plural or singular + "s")
    return f"{value} {noun}"


_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def counted_words(number: Any, singular: str, plural: str = "") -> str:
    """`counted` with the number in words up to ten, as a sentence writes it: counted_words(1, "report re-tells it",
    "reports re-tell it") → "one report re-tells it", counted_words(12, "report") → "12 reports" (T22, 2026-12-07:
    "others re-tell a later report by AFP" where one report did)."""
    value = int(number if not hasattr(number, "__len__") else len(number))
    number_text, noun = counted(value, singular, plural).split(" ", 1)
    return f"{_WORDS[value] if 0 <= value < len(_WORDS) else number_text} {noun}"
