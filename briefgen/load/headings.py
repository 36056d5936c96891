"""Heading levels a page can hold below its title (the Nu Html Checker refuses h1 → h3).

Takes a repaired body fragment (headings hold no headings there) and gives it with h2 at
most for the first heading and each later one at most one level deeper than the one before;
going back up is free. `# x` (h1) becomes h2, as the page title is the only h1, and
`### Background` as a body's first heading becomes h2 too. An article's body follows the
page's h1; a note's follows its title (an h3), so the note template moves it down with
`headings_below`.
"""
from __future__ import annotations

import re

_HEADING_TAG = re.compile(r"<(/?)h([1-6])(?=[ >])")
_HEADING_LEVELS = re.compile(r"<h([1-6])[ >]")


def consecutive_headings(fragment: str) -> str:
    """`fragment` with its heading levels made consecutive (see the module docstring)."""
    levels = _HEADING_LEVELS.findall(fragment)
    previous = 1
    for found in levels:  # most bodies need nothing: check before rewriting
        if not 2 <= int(found) <= previous + 1:
            break
        previous = int(found)
    else:
        return fragment
    previous = 1
    open_levels: list[str] = []

    def level(match: re.Match[str]) -> str:
        nonlocal previous
        if match.group(1):
            return f"</h{open_levels.pop() if open_levels else match.group(2)}"
        new = max(2, min(int(match.group(2)), previous + 1))
        previous = new
        open_levels.append(str(new))
        return f"<h{new}"

    return _HEADING_TAG.sub(level, fragment)


def headings_below(fragment: str, level: int) -> str:
    """`fragment` (a body, its headings from h2 as `consecutive_headings` gives them) with every
    heading moved down so that h2 becomes h<level + 1>; deeper ones stop at h6, the last level HTML has.

    A note is shown under its title, an h3 on the front page, editions, topic and article pages:
    its body's "# Background" (h2) ranked above the note's own title, and in the page's outline
    (what screen readers list to navigate) it began a section beside "From the editors" and took
    the next notes in. Moved below the title, it belongs to its note.
    """
    shift = level - 1
    if shift <= 0 or "<h" not in fragment:
        return fragment
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}", fragment)
