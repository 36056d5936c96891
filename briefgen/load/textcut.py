"""Shortening a text for display: summaries, search excerpts, quotations on people pages.

Cut at a word, as the shortened texts always were, but a "word" ends where a line may break
(Unicode's line breaking, UAX #14, in its simplest part): at a space, and beside a character of a
script written without spaces — Chinese, Japanese, the fullwidth forms (East Asian Width W or F).
Counting only spaces, "2024年 東京の水道局は…" (400 characters) was shortened to "2024年…" and a
Japanese paragraph with one Latin word ("NHK によると…") to its first few characters. A cut never
falls inside what a reader sees as one character (a grapheme cluster, UAX #29: a letter and its
combining marks, an emoji ZWJ sequence such as 👨‍👩‍👧, a skin tone, a flag's two regional
indicators), which showed as a broken symbol before the "…".
"""
from __future__ import annotations

import unicodedata

ELLIPSIS = "\u2026"
_ZWJ = "\u200d"
# The viramas that join two consonants into one conjunct (UAX #29 15.1, GB9c: InCB=Linker): Devanagari,
# Bengali, Gujarati, Oriya, Telugu, Malayalam. "क्ष" (ka, virama, ssa) was cut to "क्…" (a property's draw).
_LINKERS = frozenset("\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d")


def shorten(text: str, limit: int) -> str:
    """`text` when it has at most `limit` characters; else its start up to the last break before
    character `limit` (the last space, or beside a CJK character: the later of the two), ",;:"
    dropped from its end, and "…". A text with no break there is cut at the last grapheme-cluster
    boundary at or before `limit`. Text with spaces and no wide character is cut where
    `text[:limit].rsplit(" ", 1)[0]` cut it before.
    """
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)  # before the last space inside the first `limit` characters
    for p in range(limit, max(cut, 0), -1):  # a later place beside a CJK character, if any
        if _breaks_beside_wide(text, p) and not _joined(text, p):
            cut = p
            break
    if cut == -1:  # no break at all: the last place between clusters
        cut = limit
        while cut > 0 and _joined(text, cut):
            cut -= 1
    return text[:cut].rstrip(",;:") + ELLIPSIS


def _breaks_beside_wide(text: str, p: int) -> bool:
    """A line may break between text[p - 1] and text[p] next to a wide character: not after a space
    (that is the space's break) or an opening bracket or quote, nor before closing punctuation
    ("、", "。", "」" stay with the word before them)."""
    before, after = text[p - 1], text[p]
    if before.isspace() or unicodedata.category(before) in ("Ps", "Pi"):
        return False
    if unicodedata.category(after) in ("Pe", "Pf", "Po"):
        return False
    return _wide(before) or _wide(after)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _joined(text: str, p: int) -> bool:
    """Whether text[p - 1] and text[p] belong to one grapheme cluster (the rules of UAX #29 that
    NFC text of news meets: extend and spacing marks, ZWJ sequences, emoji modifiers, variation
    selectors and tags, regional-indicator pairs, Indic conjuncts)."""
    before, after = text[p - 1], text[p]
    if before == _ZWJ or after == _ZWJ or unicodedata.category(after) in ("Mn", "Mc", "Me"):
        return True
    if before in _LINKERS and unicodedata.category(after) == "Lo":  # GB9c: a conjunct, virama and consonant
        return True
    code = ord(after)
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0000 <= code <= 0xE01EF:
        return True
    if _regional(after) and _regional(before):  # a flag is a pair: joined after an odd run of indicators
        run = 0
        while p - 1 - run >= 0 and _regional(text[p - 1 - run]):
            run += 1
        return run % 2 == 1
    return False


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF
