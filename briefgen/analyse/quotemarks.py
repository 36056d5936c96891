"""Quotation marks: where quotations are, and whether their words are a quote at all.

    quotations('“We will win,” he said.')   # → ((1, 12),): offsets of the words inside the marks
    quote_kind("critical")                   # → FRAGMENT: a quote only beside a speaker's frame
    quote_kind("Avril Haynes")               # → NOT_QUOTE: a name or a title

Typographic (“ ”) and straight (") double quotes, and after `pair_marks` „…“ and «…»; single
quotes only count inside a double-quoted quotation (British single-quote style is a known
limit, docs/people.md).
"""
from __future__ import annotations

import re

MARKS = re.compile(r"[\u201c\u201d\"]")
MAX_QUOTE = 2000  # characters; a longer "quotation" is an unpaired mark
NOT_QUOTE, FRAGMENT, QUOTE = "not-quote", "fragment", "quote"
LOWER_WORDS = frozenset("a an and as at but by for from in into of on or the to with nor vs".split())
_STRAIGHT_OPENER_BEFORE = frozenset(" \t\n([{\u2014\u2013-/")
# Verbs and function words that make a short quotation a clause rather than a scare quote.
VERB_HINTS = frozenset("""
is are was were be been am 's 're 'm will would shall should can could may might must do does did
have has had won't can't don't doesn't didn't isn't aren't wasn't weren't i we you he she they it
need needs want wants go goes went come comes know knows think thinks see sees let let's stop
stand stands win wins lose loses give gives take takes make makes get gets never
""".split())



_OTHER_MARKS = ("\u201e", "\u00ab", "\u00bb")  # „ « »


def pair_marks(text: str) -> str:
    """`text` with „…“, „…”, «…» and »…« written as “…”: the same length, so offsets hold.

    Polish, German, Czech and other styles open with a low mark („) and close with “ or ”;
    French, Russian and Polish use guillemets «…» (German the other way round, »…«). Only
    an opening mark whose closing mark follows (within MAX_QUOTE characters) opens a
    quotation, so a stray « does not swallow the quotation after it. A quotation inside an
    open one («…„…“…», “…«…»…”) is written ‘…’, as nested quotations are in English, which
    `quotations` reads as part of the outer one; the outer's closing mark ends both. A
    paragraph ends every quotation, unless the next one opens with the same mark (a quotation
    run on over paragraphs). Single quotes (‘…’, ‹…›) stay a known limit (docs/people.md).
    """
    if not any(mark in text for mark in _OTHER_MARKS):
        return text
    out = list(text)
    opener = outer = inner = ""  # the open quotation's opening and closing marks; a nested one's closing marks
    changed: list[int] = []  # what the open quotation changed: undone if it never closes (a stray mark)

    def set_mark(at: int, mark: str) -> None:
        out[at] = mark
        changed.append(at)

    def unclosed() -> None:
        for at in changed:
            out[at] = text[at]

    for i, char in enumerate(text):
        if char == "\n" and (outer or inner) and text.startswith("\n\n", i):
            if text[i:].lstrip()[:1] != opener:  # not run on: the paragraph ends it
                unclosed()
                opener = outer = inner = ""
            continue
        if outer and char == opener:  # run on from the last paragraph, or English reopening: the same quotation
            set_mark(i, "\u201c")
            inner = ""
            continue
        if inner:
            if char in inner and _ends(text, i):
                set_mark(i, "\u2019")
                inner = ""
            elif char in outer and _ends(text, i):
                out[i], opener, outer, inner, changed = "\u201d", "", "", "", []
            continue
        if outer:
            if char in outer and _ends(text, i):
                out[i], opener, outer, changed = "\u201d", "", "", []
            elif char in _CLOSERS and _closes(text, i, _CLOSERS[char]):
                set_mark(i, "\u2018")
                inner = _CLOSERS[char]
            continue
        if char in _CLOSERS and _closes(text, i, _CLOSERS[char]) and (
                char != "\u00bb" or (i + 1 < len(text) and not text[i + 1].isspace()
                                      and (i == 0 or text[i - 1] in _STRAIGHT_OPENER_BEFORE))):
            changed = []
            set_mark(i, "\u201c")
            opener, outer = char, _CLOSERS[char]
    if outer:
        unclosed()
    return "".join(out)


# Opening marks → the marks that close them (» opens only German »…«; “ is English, unchanged).
_CLOSERS = {"\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u201c": "\u201d"}


def _closes(text: str, at: int, closers: str) -> bool:
    """Whether one of `closers` that can end a quotation (`_ends`) follows the opening mark at
    `at` within MAX_QUOTE characters."""
    end = min(len(text), at + 1 + MAX_QUOTE)
    for mark in closers:
        found = text.find(mark, at + 1, end)
        while found >= 0:
            if _ends(text, found):
                return True
            found = text.find(mark, found + 1, end)
    return False


def _ends(text: str, at: int) -> bool:
    """Whether the mark at `at` can close a quotation: “ followed by a letter or digit opens
    one (English), even where it would close „…“."""
    return text[at] != "\u201c" or at + 1 >= len(text) or not text[at + 1].isalnum()


def marks(text: str) -> list[int]:
    """Offsets of the double quotation marks (`MARKS`) in `text`, ascending.

    `str.find` per mark: ~10x faster than `MARKS.finditer`, whose character-set scan is slow for
    non-ASCII characters, on texts with few marks (most have none or a few pairs).
    """
    found = []
    for mark in "\u201c\u201d\"":
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def has_marks(text: str) -> bool:
    return "\"" in text or "\u201c" in text or "\u201d" in text


def quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the words inside each pair of double quotes, marks excluded.

    An opening mark while a quotation is open closes it there: a quotation that runs over
    paragraphs reopens each one without closing the previous. Unclosed quotations are dropped.
    """
    found: list[tuple[int, int]] = []
    open_at = -1
    for i in marks(text):
        char = text[i]
        opener = char == "\u201c" or (char == '"' and (i == 0 or text[i - 1] in _STRAIGHT_OPENER_BEFORE)
                                      and i + 1 < len(text) and not text[i + 1].isspace())
        if open_at >= 0:
            found.append((open_at, i))
        open_at = i + 1 if opener else -1
    return tuple((s, e) for s, e in found if 0 < e - s <= MAX_QUOTE)


def quote_kind(content: str) -> str:
    """NOT_QUOTE for a name or title (Title Case, at most 8 words, no . ! ?); FRAGMENT for at
    most 3 words none of which is a verb hint (a quote only beside a speaker's frame, else a
    scare quote: "critical", "new territorial realities"); QUOTE otherwise."""
    words = [w.strip(".,;:!?()\u2019'\u2018-") for w in content.replace("\u2019", "'").split()]
    words = [w for w in words if w]
    if not words:
        return NOT_QUOTE
    title_case = all(w[0].isupper() or w.lower() in LOWER_WORDS or not w[0].isalpha() for w in words)
    if title_case and len(words) <= 8 and not re.search(r"[.!?]", content):
        return NOT_QUOTE
    if len(words) <= 3 and not any(w.lower() in VERB_HINTS or w.lower().endswith("n't") for w in words):
        return FRAGMENT
    return QUOTE
