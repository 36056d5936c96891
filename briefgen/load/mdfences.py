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

import markdown
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.preprocessors import Preprocessor

# A line that opens a fence as CommonMark reads it, under any quotation marks and one list marker:
# three or more backticks (with no backtick after them on the line) or tildes.
_FENCE = re.compile(r"^(?P<prefix>(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)"
                    r"(?P<fence>`{3,}(?=[^`\n]*$)|~{3,})")
_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]")
# `fenced_code`'s block as it reads it, but in the source before python-markdown expands its tabs:
# a tab (which becomes spaces) where it allows spaces. With its own pattern, a closing fence followed
# by a tab (`~~~` + a tab, as editors leave white space at a line's end) closed nothing here, though
# it closes the block once expanded: the next block's opening fence was taken for its end, the tabs
# held in between (`_HoldTabs`), and so the code ran on over the text after it; and a block read
# was warned of as unread.
FENCED_BLOCK = re.compile(FencedBlockPreprocessor.FENCED_BLOCK_RE.pattern.replace("[ ]*", "[ \t]*"),
                          FencedBlockPreprocessor.FENCED_BLOCK_RE.flags)


def unread_fences(source: str) -> list[int]:
    """0-based lines of `source` (a body, as python-markdown reads it) where a fence opens that the
    `fenced_code` extension does not read: one line per such block (its closing fence is not counted).

    A line indented four spaces or more outside a list is an indented code block's: a fence shown
    there is code as written, and not counted.
    """
    if "```" not in source and "~~~" not in source:
        return []
    read: set[int] = set()
    for match in FENCED_BLOCK.finditer(source):
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


# A tab in fenced code, while python-markdown reads the body (which expands every tab to spaces
# first, for its indentation rules); no body holds this character then (markup.py has replaced
# every control character by U+FFFD).
TAB_HELD = "\x01"
# A space of a fenced code line holding only spaces: python-markdown's whitespace pass empties such
# lines (`(?<=\n) +\n`), and a code block was published with its blank lines' spaces gone (a hypothesis
# draw, 2026-12-02). Not \x02 or \x03: python-markdown's own placeholders (util.STX, util.ETX).
SPACE_HELD = "\x04"
_SPACES_ONLY = re.compile(r"^[ \t]* [ \t]*$", re.M)


class _HoldTabs(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "\t" not in text and not _SPACES_ONLY.search(text):
            return lines
        held = FENCED_BLOCK.sub(lambda block: _held(block) if "\t" in block.group("code") or _SPACES_ONLY.search(
            block.group("code")) else block.group(), text)
        return held.split("\n")


def _held(block: re.Match[str]) -> str:
    """The block with the tabs of its code held (those of its fence lines are white space, expanded), and
    the spaces of its lines that hold only white space."""
    start, end = block.span("code")
    whole = block.group()
    at = block.start()
    code = _SPACES_ONLY.sub(lambda line: line.group().replace(" ", SPACE_HELD), block.group("code"))
    return whole[:start - at] + code.replace("\t", TAB_HELD) + whole[end - at:]


def restore_held(html: str) -> str:
    """`html` (python-markdown's output) with the tabs and spaces `keep_tabs_in_fences` held put back."""
    return html.replace(TAB_HELD, "\t").replace(SPACE_HELD, " ") if TAB_HELD in html or SPACE_HELD in html else html


def keep_tabs_in_fences(md: markdown.Markdown) -> None:
    """Keep the tabs of fenced code blocks: python-markdown expanded them to spaces (tab stops of 4),
    so Go's indentation or a Makefile's recipe lines were published changed. The tabs are held as
    `TAB_HELD` before python-markdown's whitespace pass (priority 30) and put back by the caller
    in its output (`restore_held`); so are the spaces of code lines holding only white space."""
    md.preprocessors.register(_HoldTabs(md), "hold_fenced_tabs", 35)
