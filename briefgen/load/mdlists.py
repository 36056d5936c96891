"""A list written right after a paragraph's last line is a list (the Markdown renderer's instances).

CommonMark, GitHub and every editor's preview read

    Talks resumed on three points:
    - gas transit
    - prisoners

as a paragraph and a list: a bullet item (or an ordered one numbered 1) may start right after a
paragraph's line (CommonMark 0.31, 5.2 "List items"). python-markdown needs a blank line first,
and without one published the items as text of the paragraph, "Talks resumed on three points:
- gas transit - prisoners" on one line. `separate_lists` puts that blank line in, at the top
level and inside quotations (`>`); within a list nothing is added, so a tight list stays tight.
`reindent_lists` nests a list indented as CommonMark nests it (two spaces under `- a`).
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable

import markdown
from markdown.preprocessors import Preprocessor

# An item that may start right after a paragraph line: a bullet, or "1." or "1)" (mdolists reads
# "1)"), with text after it (CommonMark: an empty item does not interrupt a paragraph).
_INTERRUPTS = re.compile(r"[ ]{0,3}(?:[-*+]|1[.)])[ ]+\S")
_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ ]+\S")
_QUOTE = re.compile(r"[ ]{0,3}>[ ]?")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ ]*\1){2,}[ ]*$")  # `- - -` is a rule, not an item (CommonMark 4.1)
# Lines that never begin or continue a paragraph: a heading, a quotation, a raw HTML block's or a
# fenced code block's placeholder (python-markdown's \x02 stash marker), a table row, a rule or
# a heading's underline (after which the paragraph is a heading).
_NOT_TEXT = re.compile(r"[ ]{0,3}(?:#|>|\x02|\||(?:[-=_*][ ]*){3,}$|=+[ ]*$)")


def separate_lists(lines: list[str]) -> list[str]:
    """`lines` of a body (after python-markdown's preprocessors for raw HTML and fenced code) with a
    blank line before each list item, and each table, that follows a paragraph's line
    (`in_quotations` does quotations).

    A table too may start on the line after a paragraph (GitHub's tables); python-markdown reads
    one only at a block's start, and published "Results:\n| a | b |\n|---|---|" as a paragraph
    of pipes and dashes. A table starts at a header row followed by a delimiter row with as many
    cells, as python-markdown's own test has it (`_table_head`).
    """
    out: list[str] = []
    paragraph = in_list = False
    blank = True
    ordered, content = False, 0  # the current top-level list: ordered?, and its last item's text column
    for number, line in enumerate(lines):
        if not line or line.isspace():  # (isspace stops at the first letter; strip copies the line)
            paragraph, blank = False, True
        elif _ITEM.match(line) and not _RULE.match(line):
            if paragraph and not in_list and _INTERRUPTS.match(line):
                out.append("")
            marker = _MARKER.match(line)
            if marker is not None and (not in_list or len(marker.group(1)) < content):  # a top-level item
                # A bullet after an ordered item, or the reverse, starts a new list (CommonMark 0.31, 5.3);
                # python-markdown read it as text of the item before ("- b" then "1. c": "b1. c").
                if in_list and out and _MARKER.match(out[-1]) and (marker.group(2)[-1] in ".)") != ordered:
                    out.append("")  # (right after an item's line: what `_may_change` looks for, _KIND_CHANGE)
                ordered, content = marker.group(2)[-1] in ".)", marker.end()
            paragraph, in_list, blank = False, True, False
        elif in_list and (not blank or line.startswith("    ")):
            blank = False  # the item's own text (a lazy line, or indented after a blank line)
        else:
            in_list = False
            if paragraph and "|" in line and number + 1 < len(lines) and _table_head(line, lines[number + 1]):
                out.append("")
                paragraph = False
            paragraph = _NOT_TEXT.match(line) is None and (paragraph or not line.startswith("    "))
            blank = False
        out.append(line)
    return out


@functools.cache
def _tables() -> Any:
    """python-markdown's table block processor, for its test of a table's first two rows."""
    return markdown.Markdown(extensions=["tables"]).parser.blockprocessors["table"]


def _table_head(header: str, delimiter: str) -> bool:
    """Whether `header` and `delimiter` start a table, as python-markdown's `tables` reads one."""
    return "-" in delimiter and bool(_tables().test(None, f"{header}\n{delimiter}"))


def in_quotations(transform: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    """`transform` (lines → lines, adding only blank lines) applied to the body, then to the text of
    each quotation in it (`> ` lines, at any depth), as python-markdown reads a quotation's text."""
    def run(lines: list[str]) -> list[str]:
        done = transform(lines)
        if not any(">" in line for line in done):
            return done
        out: list[str] = []
        quoted: list[str] = []
        for line in [*done, None]:
            if line is not None and _QUOTE.match(line):
                quoted.append(line)
                continue
            if quoted:
                out.extend(_requote(quoted, run))
                quoted = []
            if line is not None:
                out.append(line)
        return out
    return run


def _requote(lines: list[str], run: Callable[[list[str]], list[str]]) -> list[str]:
    """Quoted lines with `run` applied to their text: a bare ">" for each blank line added,
    "> " and the new text for each line changed."""
    inner = [line[_QUOTE.match(line).end():] for line in lines]  # type: ignore[union-attr]
    done = run(inner)
    if done == inner:
        return lines
    out: list[str] = []
    at = 0
    for text in done:
        if at < len(inner) and text == inner[at]:
            out.append(lines[at])
            at += 1
        elif not text:
            out.append(">")
        else:
            out.append("> " + text)
            at += 1
    return out


# A list item as python-markdown (with mdolists) reads one: indentation, marker (a bullet, or digits
# and "." or ")"), the spaces after it.
_INDENT = re.compile(" *")
_MARKER = re.compile(r"( *)([-*+]|\d{1,9}[.)])( +)(?=\S)")


def reindent_lists(lines: list[str]) -> list[str]:
    """`lines` with the content of list items indented as python-markdown reads it (4 spaces a level).

    CommonMark (and GitHub, editors' previews, formatters such as Prettier) nest what is
    indented to an item's text: `- a` then `  - b` (2 spaces), `1. a` then `   1. b` (3).
    python-markdown nests only what is indented 4 spaces, so `b` became a sibling of `a`, a
    paragraph indented 2 spaces left the item, and a code block indented 6 swallowed the
    next item. Each line inside an item is re-indented: the item's level in 4-space steps,
    plus what it is indented beyond the item's text (CommonMark 0.31, 5.2). A paragraph's next
    lines (indented or lazy) and lines outside lists are left as they are.
    """
    out: list[str] = []
    items: list[tuple[int, int]] = []  # the open items: (column of its text as written, as python-markdown reads it)
    blank = True
    for line in lines:
        if not line or line.isspace():  # (isspace stops at the first letter; strip copies the line)
            out.append(line)
            blank = True
            continue
        marker = _MARKER.match(line)
        if not items and marker is None:
            out.append(line)
            blank = False
            continue
        indent = _INDENT.match(line).end()  # type: ignore[union-attr]
        marker = None if marker is None or _RULE.match(line) else marker
        if items and not blank and marker is None:
            out.append(line)  # a paragraph's next line, lazy or not: python-markdown reads it as written
            continue
        while items and indent < items[-1][0]:
            items.pop()
        blank = False
        if not items:
            out.append(line)
            if marker is not None and indent <= 3:
                items.append((_text_column(marker), 4))
            continue
        written, read = items[-1]
        extra = indent - written
        if marker is not None and extra < 4:  # an item of a list nested in this one
            out.append(" " * read + line[indent:])
            items.append((_text_column(marker), read + 4))
        else:
            out.append(" " * (read + extra) + line[indent:])
    return out


def _text_column(marker: re.Match[str]) -> int:
    """Where an item's text starts, as CommonMark counts it: after the marker and 1-4 spaces
    (5 or more: 1, the rest starts an indented code block)."""
    spaces = len(marker.group(3))
    return len(marker.group(1)) + len(marker.group(2)) + (spaces if spaces <= 4 else 1)


_BOTH = in_quotations(lambda lines: reindent_lists(separate_lists(lines)))


# What either pass can change, found in the whole body at once (over-approximated: a match only
# means the exact passes run): an item right after a line that is neither blank nor an item
# (`separate_lists`), a bullet item next to an ordered one (the same), or an indented item or line
# after a blank line, after any quotation marks (`reindent_lists`). A body with neither (most: their lists are flat, their items one after
# another) is passed through in ~10 µs, where the passes took ~1.5 µs a line. Each pattern starts
# with a line break, a literal the regex engine scans for quickly: one starting with ^ (re.M)
# was tried at every character (~300 µs for 5 KB).
_ANY_ITEM = re.compile(r"\n[ >]*(?:[-*+]|\d{1,9}[.)])[ ]+\S")
_INTERRUPTING_ITEM = re.compile(r"\n[ >]*(?:[-*+]|1[.)])[ ]+\S")
_INDENTED = re.compile(r"\n(?:[ ]{0,3}> ?)*+[ ]+(?:[-*+]|\d{1,9}[.)])[ ]|"  # an indented item
                       r"\n(?:[ ]{0,3}>)*+[ ]*\n(?:[ ]{0,3}> ?)*+[ ]+\S")  # an indented line after a blank
_DELIMITER_ROW = re.compile(r"\n[ >]*\|?[ ]*:?-+:?[ ]*(?:\||$)", re.M)  # a table's second row (over-approximated)
_ITEM_START = re.compile(r"[ >]*(?:[-*+]|\d{1,9}[.)])[ ]")
# A bullet item's line right before an ordered item's, or the reverse: a new list (`separate_lists`).
_KIND_CHANGE = re.compile(r"\n[ >]*[-*+][ ]+\S[^\n]*\n[ >]*\d{1,9}[.)][ ]+\S|\n[ >]*\d{1,9}[.)][ ]+\S[^\n]*\n[ >]*[-*+][ ]+\S")


def _may_change(text: str) -> bool:
    """Whether `separate_lists` or `reindent_lists` may change the body `text` ("\n" + its lines)."""
    if "|" in text and _DELIMITER_ROW.search(text) is not None:
        return True
    if _ANY_ITEM.search(text) is None:
        return False
    if _INDENTED.search(text) is not None or _KIND_CHANGE.search(text) is not None:
        return True
    for item in _INTERRUPTING_ITEM.finditer(text):
        above = text[text.rfind("\n", 0, item.start()) + 1:item.start()]
        if above.strip(" >") and _ITEM_START.match(above) is None:
            return True
    return False


class _SeparateLists(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return _BOTH(lines) if _may_change("\n" + "\n".join(lines)) else lines


def read_lists_after_paragraphs(md: markdown.Markdown, **_: Any) -> None:
    """Register `separate_lists` and `reindent_lists` on `md`, after its raw HTML (20) and fenced
    code (25) preprocessors."""
    md.preprocessors.register(_SeparateLists(md), "separate_lists", 15)
