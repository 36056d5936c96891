"""Code blocks and tables of a body, which may scroll sideways, made reachable by keyboard.

The theme lets a `<pre>` and a body's `<table>` scroll inside themselves rather than widen the
page (a code line or a twelve-column table on a phone). A region that scrolls must be reachable
from the keyboard, or a reader without a mouse cannot see the rest of it (WCAG 2.1 SC 2.1.1,
axe-core's `scrollable-region-focusable`); only some browsers make scrolling boxes focusable
on their own (Chromium since 130, Firefox; not Safari). Whether one scrolls depends on the
reader's screen, which a static page does not know, so every one gets `tabindex="0"`, as
Prism.js gives its code blocks. A table keeps its role, so a screen reader announces a table
when it is reached. On paper nothing scrolls: the print stylesheet wraps them instead.
"""
from __future__ import annotations

import functools
import re

# The opening tag of a code block or table, at any depth (a table in a quotation or a list item), and the
# tags of a link, which may hold them.
_TAG = re.compile(r"<(/?)(pre|table|a)\b([^>]*)>", re.I)
_HAS_TABINDEX = re.compile(r"\stabindex\s*=", re.I)


@functools.lru_cache(maxsize=512)  # a body is shown on several pages (its article's, notes')
def reachable_scrollers(fragment: str) -> str:
    """A body's HTML, sanitised (so `<` and `>` occur only in tags; the sanitiser keeps no
    `tabindex`), with `tabindex="0"` on every `<pre>` and `<table>` start tag at any depth that
    has none, except inside a link: HTML allows no element with `tabindex` in an `<a>` (a feed's
    `<a href="…"><pre>…</pre></a>` made the page invalid, BR12, 2026-12-06), and the link is
    reached by keyboard itself. Nothing else changes. For pages only: a feed reader styles bodies
    its own way."""
    if "<a" not in fragment and "<A" not in fragment:
        return _TAG.sub(lambda match: _reachable(match, 0), fragment)
    links = 0  # links open at this point (sanitised HTML nests none, but counting costs nothing)

    def each(match: re.Match[str]) -> str:
        nonlocal links
        if match.group(2).lower() == "a":
            links = max(0, links + (-1 if match.group(1) else 1))
            return match.group(0)
        return _reachable(match, links)

    return _TAG.sub(each, fragment)


def _reachable(match: re.Match[str], links: int) -> str:
    if match.group(1) or match.group(2).lower() == "a" or links or _HAS_TABINDEX.search(match.group(3)):
        return match.group(0)
    return f'<{match.group(2)} tabindex="0"{match.group(3)}>'
