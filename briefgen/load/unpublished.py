"""The parts of a body's Markdown source that publish nothing, blanked: for finding where something the page
holds is written.

Takes a body's source; gives the same text with every HTML comment (`<!-- … -->`, one never closed to the end),
fenced code block (``` or ~~~) and code span (`` `…` ``) made spaces, line ends kept, so that offsets and lines stay
those of the source. A search in it finds only what the page can hold: an address written in a comment or a code
example before its real use (`<!-- [desk](tel:+44123) -->` at line 9, `[the desk](tel:+44123)` at line 12) was
named at the comment's line (a hostile re-test, 2026-12-05). The rules are those htmlcomments.py reads comments by
(CommonMark 0.31, 4.5 fenced code blocks, 6.1 code spans).

Also blanked, as the page shows them as text (an address there was named at the code line instead of where the page
lost it, a hostile re-test, 2026-12-05): an indented code block at the top level (four spaces or a tab, after a
blank line, with no list item above it: a list item's paragraph is indented alike), the text of a `<pre>` block
(python-markdown reads no Markdown there; its tags stay, as the page has them), and markup written escaped
(`&lt;a href="…"&gt;`, in `<code>` or anywhere). Markdown inside an inline `<code>` is not blanked: python-markdown
makes its link a link.
"""
from __future__ import annotations

import re
from functools import lru_cache

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+)[^`\n][\s\S]*?\1")
_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)")
_NOT_LINE_END = re.compile(r"[^\n]")
_PRE = re.compile(r"^ {0,3}<pre(?=[\s>])[\s\S]*?(?:</pre\s*>|\Z)", re.MULTILINE | re.IGNORECASE)
_TAG_OR_TEXT = re.compile(r"(<[A-Za-z/][^<>]*>)|[^<\n]+|<")
_ESCAPED = re.compile(r"&lt;[^\n]*?&gt;", re.IGNORECASE)
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _blank(match: re.Match[str]) -> str:
    return _NOT_LINE_END.sub(" ", match.group())


def _text_blanked(match: re.Match[str]) -> str:
    """A `<pre>` block with its text blanked, its tags kept."""
    return _TAG_OR_TEXT.sub(lambda part: part.group() if part.group(1) else " " * len(part.group()), match.group())


def _indented_blanked(source: str) -> str:
    """`source` with the lines of its top-level indented code blocks blanked (module docstring)."""
    lines = source.split("\n")
    code, outer = False, ""  # (outer: the last line indented less than four spaces, not blank)
    for number, line in enumerate(lines):
        indented = line.startswith(("    ", "\t", " \t", "  \t", "   \t"))
        if not line.strip():
            continue
        if not indented:
            code, outer = False, line
            continue
        if not code:
            code = number > 0 and not lines[number - 1].strip() and not _LIST_ITEM.match(outer)
            code = code or number == 0
        if code:
            lines[number] = " " * len(line)
    return "\n".join(lines)


@lru_cache(maxsize=8)  # (one body's addresses are searched for one after another)
def published_only(source: str) -> str:
    """`source` with its comments, fenced code blocks and code spans made spaces (module docstring); as long as
    `source`, its line ends where they were."""
    text = _FENCE.sub(_blank, source) if "`" in source or "~~~" in source else source
    if "    " in text or "\t" in text:
        text = _indented_blanked(text)
    if "<" in text or "&" in text or "`" in text:
        text = _ESCAPED.sub(_blank, _PRE.sub(_text_blanked, _COMMENT.sub(_blank, _CODE_SPAN.sub(_blank, text))))
    return source if text == source else text
