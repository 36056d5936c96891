"""The parts of a body's Markdown source that publish nothing, blanked: for finding where something the page
holds is written.

Takes a body's source; gives the same text with every HTML comment (`<!-- … -->`, one never closed to the end),
fenced code block (``` or ~~~) and code span (`` `…` ``) made spaces, line ends kept, so that offsets and lines stay
those of the source. A search in it finds only what the page can hold: an address written in a comment or a code
example before its real use (`<!-- [desk](tel:+44123) -->` at line 9, `[the desk](tel:+44123)` at line 12) was
named at the comment's line (a hostile re-test, 2026-12-05). The rules are those htmlcomments.py reads comments by
(CommonMark 0.31, 4.5 fenced code blocks, 6.1 code spans); indented code blocks are not blanked (a list item's
paragraph is indented alike).
"""
from __future__ import annotations

import re
from functools import lru_cache

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+)[^`\n][\s\S]*?\1")
_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)")
_NOT_LINE_END = re.compile(r"[^\n]")


def _blank(match: re.Match[str]) -> str:
    return _NOT_LINE_END.sub(" ", match.group())


@lru_cache(maxsize=8)  # (one body's addresses are searched for one after another)
def published_only(source: str) -> str:
    """`source` with its comments, fenced code blocks and code spans made spaces (module docstring); as long as
    `source`, its line ends where they were."""
    if "<!--" not in source and "`" not in source and "~~~" not in source:
        return source
    return _COMMENT.sub(_blank, _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, source)))
