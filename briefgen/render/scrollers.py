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

# The opening tag of a code block or table, at any depth (a table in a quotation or a list item).
_SCROLLER = re.compile(r"<(pre|table)\b([^>]*)>", re.I)
_HAS_TABINDEX = re.compile(r"\stabindex\s*=", re.I)


@functools.lru_cache(maxsize=512)  # a body is shown on several pages (its article's, notes')
def reachable_scrollers(fragment: str) -> str:
    """A body's HTML, sanitised (so `<` and `>` occur only in tags; the sanitiser keeps no
    `tabindex`), with `tabindex="0"` on every `<pre>` and `<table>` start tag at any depth that
    has none; nothing else changes. For pages only: a feed reader styles bodies its own way."""
    return _SCROLLER.sub(_reachable, fragment)


def _reachable(match: re.Match[str]) -> str:
    if _HAS_TABINDEX.search(match.group(2)):
        return match.group(0)
    return f'<{match.group(1)} tabindex="0"{match.group(2)}>'
