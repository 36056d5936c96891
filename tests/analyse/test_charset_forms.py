"""Character classes written as what they leave out match exactly what their readable forms match.

sre's compiler visits every code point of each range of a class it compiles (re/_compiler.py,
`_optimize_charset`), so a class of wide ranges ("any character from U+00C0 on") cost 5-15 ms
at every start of briefgen, for a one-edit rebuild of a few tenths of a second. The fast forms
list the few code points the class leaves out; these tests compare them over every code point.
"""
from __future__ import annotations

import re

import pytest

from briefgen.analyse import capitals, propernames, sentences
from briefgen.load import datelines
from briefgen.render import feeds

CAPITAL = "A-Z\u00c0-\u00de\u0100-\u03ab\u03cf-\u042f\u0460-\u1fff\u2070-\U0010ffff"  # (capitals.CAPITAL, readable)
EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


def _members(pattern: str) -> tuple[str, int]:
    """What `pattern` leaves of every code point in order, and how many matches it took out: the same for two
    patterns exactly when they match the same code points (each code point stands once, so what is left names
    what was matched), one a match. In C (`re.subn`): a list of each match's start, made in Python, took ~0.3 s a
    pattern (~1.1 million matches)."""
    return re.subn(pattern, "", EVERY_CODE_POINT)


@pytest.mark.parametrize("readable, fast", [
    (f"[{propernames.WORD_CHARS}]", f"[{propernames.NOT_WORD}]"),
    (f"[{propernames.CAPITAL_CHARS}]", f"[{propernames.NOT_CAPITAL}]"),
    # A capital of any alphabet as an atom (a class below U+00C0, a look-behind above): FX11, T19 (2026-12-06)
    (f"[{CAPITAL}]", capitals.CAPITAL),
    (f"[{CAPITAL}]", datelines.CAPITAL),  # a dateline's place (load/datelines.py)
    (f"[{propernames.CAPITAL_CHARS}'\u2019.\\-]", datelines.PLACE_CHAR),
    (f"[{propernames.CAPITAL_CHARS}0-9)]", f"[\\s\\S]{datelines.BEFORE_COLON}"),
    (f"[{propernames.CAPITAL_CHARS}0-9]", sentences.CAPITAL_OR_DIGIT),  # after a sentence's end mark
    # XML 1.0's Char production, negated: what a feed may not hold.
    ("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]", feeds._XML_ILLEGAL.pattern),
])
def test_the_fast_form_of_a_class_matches_the_same_code_points(readable: str, fast: str) -> None:
    (left, taken), (left_readable, taken_readable) = _members(fast), _members(readable)
    same = left == left_readable and taken == taken_readable  # (not compared in the assert: a diff of ~1 MB)
    assert same, ([f"U+{ord(c):04X}" for c in sorted(set(left) ^ set(left_readable))[:20]], taken, taken_readable)


def test_capitalised_words_are_read_as_before() -> None:
    text = "Élysée talks: Zelensky’s envoy met «Ли Хуэй» in Kyiv; 東京 said “no”; 2024 ΑΘΗΝΑ —Ünal."
    before = re.compile(f"(?<![{propernames.WORD_CHARS}])[{propernames.CAPITAL_CHARS}][{propernames.WORD_CHARS}]*")
    assert [m.group() for m in propernames._CAPITALISED.finditer(text)] == [m.group() for m in before.finditer(text)]
