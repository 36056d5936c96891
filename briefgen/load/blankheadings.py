"""The line of each heading that has no text, for unnamed.py's warnings about them.

unnamed.py finds a heading without words (`<h2></h2>`, `## ㅤ`) in the page HTML and places its warning by an
address written inside it; a heading with no image has none, so each such warning was said at the body's first line
(a hostile re-test, 2026-12-05: `<h2></h2>` at line 14 and `## ㅤ` at line 18 gave one warning at line 6), the kind
8f3191a fixed for images. Here the page's headings are matched, in order, with the headings written in the source:
`#` lines (as mdheadings.py reads them), setext underlines (`===`, `---` under a block's first line) and raw
`<h1>`-`<h6>` tags, outside comments and code (unpublished.py). When the two counts differ (a heading inside a raw
HTML block, a form this reading misses) nothing is moved: a line is never guessed.

That reading took `## ` written as text inside a raw HTML block (`<div>`, `<table>`, `<pre>`: python-markdown
publishes it as written) for a heading, so the counts differed and a blank heading after such a block was said at
the body's first line (a hostile re-test, 2026-12-05). Given the body's renderer, the pairing now asks the renderer
instead of repeating its rules: each line that may be a heading gets a word of its own (`_probe`), and the heading of
the page that shows that word is the one written there, whatever block holds it. The source reading stays the
fallback, for a heading no line's word reaches.
"""
from __future__ import annotations

import html
import re
from typing import Callable

from briefgen.load.text import shows_text
from briefgen.load.unpublished import published_only

# unnamed.py's message for a heading that has no text and no image (tests/load/test_blank_heading_lines.py holds
# the two alike).
BLANK_HEADING = ("this heading has no text, so it is a blank entry in a screen reader's list of headings; write the "
                 "heading's words after the #")
_PAGE_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1\s*>", re.S | re.I)
_TITLE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_TAG = re.compile(r"<[^>]*>")
_CONTAINER = r"(?:[ \t]*>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?"  # blockquote marks, a list item's marker
_ATX = re.compile(rf"^{_CONTAINER}#{{1,6}}(?=[ \t]|$)", re.M)
_SETEXT = re.compile(r"^(?:=+|-+)[ ]*$")
_RAW = re.compile(r"<h[1-6](?=[\s/>])", re.I)


def heading_offsets(source: str) -> list[int]:
    """Where each heading of the Markdown `source` starts (module docstring), in order."""
    text = published_only(source)
    found = [m.start() for m in _ATX.finditer(text)] + [m.start() for m in _RAW.finditer(text)]
    lines = text.split("\n")
    at = 0
    for number, line in enumerate(lines):
        if (number and _SETEXT.match(line) and lines[number - 1].strip() and (number < 2 or not lines[number - 2].strip())
                and not _ATX.match(lines[number - 1]) and not lines[number - 1].lstrip().startswith(("<", "-", "*", "+"))):
            found.append(at - len(lines[number - 1]) - 1)  # (the heading's text line)
        at += len(line) + 1
    return sorted(found)


def _blank(attributes: str, content: str) -> bool:
    """Whether a page heading shows no words and holds no image (unnamed.py places those by the image)."""
    title = _TITLE.search(attributes)
    named = title is not None and shows_text(html.unescape(next(v for v in title.groups() if v is not None)))
    return not named and "<img" not in content.lower() and not shows_text(html.unescape(_TAG.sub("", content)))


def placed_blank_headings(source: str, body_html: str, parts: tuple[tuple[int, str], ...],
                          render: Callable[[str], str] | None = None) -> tuple[tuple[int, str], ...]:
    """`parts` ((0-based line in `source`, message), unnamed.unnamed_parts) with each blank heading's warning at the
    line of its heading, in line order; as given when the page's and the source's headings do not pair up.
    `render`: Markdown source → the page's HTML, as `body_html` was made (module docstring: the probe); None reads
    the source alone."""
    said = [index for index, (_, message) in enumerate(parts) if message == BLANK_HEADING]
    if not said:
        return parts
    page = list(_PAGE_HEADING.finditer(body_html))
    blank = [index for index, found in enumerate(page) if _blank(found.group(2), found.group(3))]
    if len(blank) != len(said):
        return parts
    lines = _probed_lines(source, len(page), render) if render is not None else None
    if lines is None:
        written = heading_offsets(source)
        if len(page) != len(written):
            return parts
        lines = [source.count("\n", 0, offset) for offset in written]
    placed = list(parts)
    for index, heading in zip(said, blank):
        if lines[heading] is not None:
            placed[index] = (lines[heading], BLANK_HEADING)
    return tuple(sorted(placed, key=lambda part: part[0]))


_SETEXT_UNDER = re.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$")
_RAW_START = re.compile(r"<h[1-6](?:\s[^>]*)?>", re.I)
_FENCE_LINE = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})")


def _probe(source: str) -> tuple[str, str]:
    """(`source` with a word `<mark>N<mark>` after each place a heading may start its text: the end of an `#` line
    and of a line above a `===`/`---` line, after each `<hN …>` tag; the mark), N the 0-based line of the place."""
    mark = "zqheading"
    while mark in source:
        mark += "q"
    lines = source.split("\n")
    for number, line in enumerate(lines):
        if _RAW_START.search(line):
            line = _RAW_START.sub(lambda found: f"{found.group()}{mark}{number}{mark} ", line)
        under = number + 1 < len(lines) and _SETEXT_UNDER.match(lines[number + 1]) and not _FENCE_LINE.match(line)
        if _ATX.match(line) or (under and line.strip()):  # (a fence with a word after it would close nothing)
            line = f"{line} {mark}{number}{mark}"
        lines[number] = line
    return "\n".join(lines), mark


def _probed_lines(source: str, count: int, render: Callable[[str], str]) -> list[int | None] | None:
    """The 0-based line of each of the `count` headings of the page `render(source)` gives, found by `_probe`'s
    words (None: a heading no word reached); None when the probe's page has another number of headings."""
    probe, mark = _probe(source)
    if probe == source:
        return None
    found = list(_PAGE_HEADING.finditer(render(probe)))
    if len(found) != count:
        return None
    words = re.compile(rf"{mark}(\d+){mark}")
    return [int(word.group(1)) if (word := words.search(heading.group())) else None for heading in found]
