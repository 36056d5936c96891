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
"""
from __future__ import annotations

import re
from typing import Any

import markdown
from markdown.preprocessors import Preprocessor

# An item that may start right after a paragraph line: a bullet, or "1." (python-markdown reads no
# "1)"), with text after it (CommonMark: an empty item does not interrupt a paragraph).
_INTERRUPTS = re.compile(r"[ ]{0,3}(?:[-*+]|1\.)[ ]+\S")
_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}\.)[ ]+\S")
_QUOTE = re.compile(r"[ ]{0,3}>[ ]?")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ ]*\1){2,}[ ]*$")  # `- - -` is a rule, not an item (CommonMark 4.1)
# Lines that never begin or continue a paragraph: a heading, a quotation, a raw HTML block's or a
# fenced code block's placeholder (python-markdown's \x02 stash marker), a table row, a rule or
# a heading's underline (after which the paragraph is a heading).
_NOT_TEXT = re.compile(r"[ ]{0,3}(?:#|>|\x02|\||(?:[-=_*][ ]*){3,}$|=+[ ]*$)")


def separate_lists(lines: list[str]) -> list[str]:
    """`lines` of a body (after python-markdown's preprocessors for raw HTML and fenced code) with a
    blank line before each list item that follows a paragraph's line, in quotations too (`> `)."""
    out: list[str] = []
    quoted: list[str] = []
    paragraph = in_list = False
    blank = True
    for line in lines:
        quote = _QUOTE.match(line)
        if quote is not None:
            quoted.append(line)
            paragraph = in_list = blank = False
            continue
        if quoted:
            out.extend(_requote(quoted))
            quoted = []
        if not line.strip():
            paragraph, blank = False, True
        elif _ITEM.match(line) and not _RULE.match(line):
            if paragraph and not in_list and _INTERRUPTS.match(line):
                out.append("")
            paragraph, in_list, blank = False, True, False
        elif in_list and (not blank or line.startswith("    ")):
            blank = False  # the item's own text (a lazy line, or indented after a blank line)
        else:
            in_list = False
            paragraph = _NOT_TEXT.match(line) is None and (paragraph or not line.startswith("    "))
            blank = False
        out.append(line)
    if quoted:
        out.extend(_requote(quoted))
    return out


def _requote(lines: list[str]) -> list[str]:
    """Quoted lines, separated within the quotation as at the top level."""
    inner = [line[_QUOTE.match(line).end():] for line in lines]  # type: ignore[union-attr]
    separated = separate_lists(inner)
    return lines if len(separated) == len(inner) else _realign(separated, lines)


def _realign(separated: list[str], lines: list[str]) -> list[str]:
    """The quoted lines again, with a bare ">" for each blank line `separate_lists` added."""
    out: list[str] = []
    source = iter(lines)
    inner = iter(line[_QUOTE.match(line).end():] for line in lines)  # type: ignore[union-attr]
    pending = next(inner, None)
    for text in separated:
        if pending is not None and text == pending:
            out.append(next(source))
            pending = next(inner, None)
        else:
            out.append(">")
    return out


class _SeparateLists(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return separate_lists(lines)


def read_lists_after_paragraphs(md: markdown.Markdown, **_: Any) -> None:
    """Register `separate_lists` on `md`, after its raw HTML (20) and fenced code (25) preprocessors."""
    md.preprocessors.register(_SeparateLists(md), "separate_lists", 15)
