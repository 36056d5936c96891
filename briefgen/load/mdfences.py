"""Fenced code blocks python-markdown does not read, found so that the editor is told.

A block between ``` (or ~~~) lines is code (python-markdown's `fenced_code`, on by default in
markup.py), but only where that extension finds it: at the top level of the body, the fences in
the line's first column, at most one word (the language) after the opening fence, closed by the
same fence. CommonMark and GitHub also read a fence inside a list item or a quotation, indented
by up to three spaces, or with more words after it; python-markdown shows each of those as text
(the backticks become one inline code span, the code's indentation collapses, a `<b>` in it is
bold). `unread_fences` finds such fences in the source, so that a warning says why the code is
not shown as written.
"""
from __future__ import annotations

import re

from markdown.extensions.fenced_code import FencedBlockPreprocessor

# A line that opens a fence as CommonMark reads it, under any quotation marks and one list marker:
# three or more backticks (with no backtick after them on the line) or tildes.
_FENCE = re.compile(r"^(?P<prefix>(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)"
                    r"(?P<fence>`{3,}(?=[^`\n]*$)|~{3,})")
_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]")


def unread_fences(source: str) -> list[int]:
    """0-based lines of `source` (a body, as python-markdown reads it) where a fence opens that the
    `fenced_code` extension does not read: one line per such block (its closing fence is not counted).

    A line indented four spaces or more outside a list is an indented code block's: a fence shown
    there is code as written, and not counted.
    """
    if "```" not in source and "~~~" not in source:
        return []
    read: set[int] = set()
    for match in FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(source):
        first = source.count("\n", 0, match.start())
        read.update(range(first, first + match.group().count("\n") + 1))
    lines = source.split("\n")
    found: list[int] = []
    closing: str | None = None  # the fence that closes the block last reported
    for number, line in enumerate(lines):
        if number in read:
            continue
        fence = _FENCE.match(line)
        if fence is None:
            continue
        marks = fence.group("fence")
        if closing is not None and marks[0] == closing[0] and len(marks) >= len(closing):
            closing = None
            continue
        if _indented_code(lines, number, fence.group("prefix")):
            continue
        found.append(number)
        closing = marks
    return found


def _indented_code(lines: list[str], number: int, prefix: str) -> bool:
    """Whether line `number` is in an indented code block at the top level (four spaces or a tab
    before it, no quotation mark or list marker, and no list item above it before a line indented less)."""
    if ">" in prefix or _LIST_ITEM.match(lines[number]):
        return False
    if not (prefix.startswith("    ") or prefix.startswith("\t") or prefix.startswith(" \t")):
        return False
    for above in reversed(lines[:number]):
        if not above.strip():
            continue
        if _LIST_ITEM.match(above):
            return False
        if not (above.startswith("    ") or above.startswith("\t")):
            return True
    return True
