"""HTML comments in a body that hide or show what the editor did not mean to.

A comment is invisible by intent (`<!-- check the figure -->`), and stays so. Three kinds were
published without a word (a hostile trial, 2026-12-04):

- a comment opened and not closed before another opens: `<!-- TODO verify the number`, a paragraph,
  `<!-- second note -->` — the first runs to the second's `-->` and the paragraph between vanished from the
  page, the feeds and the search index;
- a comment that is never closed: python-markdown shows it as text, so the editor's private note was
  published;
- a conditional comment (`<!--[if IE]><p>…</p><![endif]-->`), which no browser of today reads: its
  text is not published (and the warning of removed markup said "its text kept").

`comment_warnings(source)` gives (0-based line, message, "warning") for each, read from the Markdown
source outside code (fenced blocks and code spans, where `<!--` is text).
"""
from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+)[^`\n][\s\S]*?\1")
_OPEN, _CLOSE = "<!--", "-->"


def comment_warnings(source: str) -> tuple[tuple[int, str, str], ...]:
    """Warnings for the comments of `source` (module docstring), at the line each opens on."""
    if _OPEN not in source:
        return ()
    text = _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, source))  # (same length: offsets stay lines)
    found: list[tuple[int, str, str]] = []
    at = text.find(_OPEN)
    while at >= 0:
        line = text.count("\n", 0, at)
        end = text.find(_CLOSE, at + len(_OPEN))
        if end < 0:
            found.append((line, "an HTML comment opens here (`<!--`) and is never closed, so it is published as "
                                "text, your note with it; close it with `-->`, or delete it", "warning"))
            break
        inner = text[at + len(_OPEN):end]
        nested = inner.find(_OPEN)
        if nested >= 0:
            below, hidden = inner.count("\n", 0, nested), inner.count("\n")
            found.append((line, "the HTML comment opened here is not closed before another `<!--` opens "
                                f"{_lines(below) + ' below' if below else 'on this line'}, so it runs to that one's "
                                f"`-->` and hides {'the next ' + _lines(hidden) if hidden else 'what is between'} from the "
                                "page, the feeds and search; close it with `-->` where the note ends", "warning"))
        elif inner.startswith("[if "):
            found.append((line, "a conditional comment (`<!--[if …]>`) is read by no browser of today: what it "
                                "holds is not published; write it as ordinary text or Markdown, or delete it",
                          "warning"))
        at = text.find(_OPEN, end + len(_CLOSE))
    return tuple(found)


def _lines(count: int) -> str:
    return "1 line" if count == 1 else f"{count} lines"


def _blank(match: re.Match[str]) -> str:
    """The match with every character but line ends made a space (its lines kept)."""
    return re.sub(r"[^\n]", " ", match.group())
