"""Curly quotes in body HTML: a small pass over its text (markup.py's last step), which costs a fraction of
python-markdown's `smarty` extension (measured: smarty doubles conversion time).

A quote opens after a space, an opening bracket, a dash or a tag, and closes otherwise; a single quote
between letters is an apostrophe. Quotes inside tags (attributes) and in the text of code, pre and kbd
are left exactly as written.
"""
from __future__ import annotations

import re

_RAW_BLOCK = re.compile(r"^<(/?)(code|pre|kbd)\b", re.I)
_ANY_RAW_BLOCK = re.compile(r"<(/?)(code|pre|kbd)\b", re.I)
_TAGS_SPLIT = re.compile(r"(<[^>]*>)")
_QUOTES = re.compile(r"&quot;|&#39;|[\"']")
_MARKS = ('"', "'", "&quot;", "&#39;")  # _QUOTES' alternatives (none holds another's first character)
_OPENERS = frozenset(" \t\n([{\u2014\u2013->")


def smarten(fragment: str) -> str:
    """Curly quotes in the text of `fragment`, HTML (module docstring).

    Without code, pre or kbd (most bodies), each quote of the fragment is found (`str.find`) and read where it is,
    passed over when it lies in a tag (a "<" after the last ">" before it, and a ">" after it: `_TAGS_SPLIT`'s
    tags), the text between two quotes read once: 78–85 -> 34 µs a body over the 1,000 bodies of the c1k corpus
    (CPU, minimum of 7 passes; ~16 quotes in ~120 tags a body).
    With them, the fragment is split at its tags first, their depth followed, and only the pieces of text that hold
    a quote are read (a callback for each tag made it 76–109 µs a body, the split 49–57: 300 bodies of the
    1,000-article corpus, minimum of 5 passes, CPU time, a loaded machine). tests/load/test_markup.py compares both
    with one pass over tags and quotes with a callback for each.
    """
    if '"' not in fragment and "'" not in fragment and "&quot;" not in fragment and "&#39;" not in fragment:
        return fragment
    if _ANY_RAW_BLOCK.search(fragment) is not None:
        return _smarten_pieces(fragment)
    spots = sorted((at, mark) for mark in _MARKS for at in _finds(fragment, mark))
    out: list[str] = []
    last = 0
    read, in_tag, last_close = 0, False, fragment.rfind(">")  # (in_tag: a "<" and no ">" after it, before `read`)
    for start, mark in spots:
        opened, closed = fragment.rfind("<", read, start), fragment.rfind(">", read, start)
        if opened != closed:  # (both -1: neither between the last quote and this one)
            in_tag = opened > closed
        read = start
        if in_tag and start < last_close:
            continue  # (in a tag: an attribute's quote)
        out.append(fragment[last:start])
        last = start + len(mark)
        out.append(_curled(fragment, mark, start, last))
    out.append(fragment[last:])
    return "".join(out)


def _finds(text: str, mark: str) -> list[int]:
    """Where `mark` is in `text`, in order (`str.find`: a scan for `_QUOTES`' alternatives took 70 µs a body)."""
    found = []
    at = text.find(mark)
    while at != -1:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _smarten_pieces(fragment: str) -> str:
    """`smarten` of a fragment with code, pre or kbd: split at its tags, each piece of text read unless inside one."""
    pieces = _TAGS_SPLIT.split(fragment)  # text, tag, text, …, text
    depth = 0
    for k in range(0, len(pieces), 2):
        if k:
            raw = _RAW_BLOCK.match(pieces[k - 1])
            if raw:
                depth += -1 if raw.group(1) else 1
        text = pieces[k]
        if not depth and ('"' in text or "'" in text or "&" in text):
            pieces[k] = _QUOTES.sub(lambda match: _curled(text, match.group(), match.start(), match.end()), text)
    return "".join(pieces)


def _curled(text: str, token: str, start: int, end: int) -> str:
    """The curly form of the quote `token` at `start`:`end` of `text`, the fragment or a piece of text between two
    tags (or an end): what comes before a piece is a tag's ">", and after it a tag's "<", which count as they do."""
    before = text[start - 1] if start else ">"  # (a piece starts after a tag, or where the fragment does)
    double = token in ('"', "&quot;")
    if before in _OPENERS:
        return "\u201c" if double else "\u2018"
    if not double and before.isalnum() and text[end:end + 1].isalnum():
        return "\u2019"
    return "\u201d" if double else "\u2019"
