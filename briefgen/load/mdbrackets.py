"""python-markdown's bracket ends for links and images, found from the brackets alone (the same list).

python-markdown (3.8 and later) finds, for a text holding a link or an image (`[…](…)`, `![…](…)`, `[…][…]`), where
the bracket opened before each index of the text closes: `LinkInlineProcessor._findBracketEnds`, one Python loop step
for every character of the text (a paragraph of ~700 characters: ~700 steps, for each paragraph with a link). In a
cold build of the 1,000-article corpus that loop was ~4 % of parsing (py-spy, SP17, docs/log/performance.md "SP17").

`bracket_ends` gives the same list with one step for each bracket: between two brackets every index has the same
depth, so the same end (the first index after it whose depth is lower), and a run of them is filled at once.
`use_bracket_ends` puts it on the link processors of a `markdown.Markdown` (python-markdown's and briefgen's own, as
`mdlean.gate`), where python-markdown has the method; otherwise nothing changes.
"""
from __future__ import annotations

import re
from typing import Any

_BRACKET = re.compile(r"[\[\]]")


def bracket_ends(data: str) -> list[int | None]:
    """For each index of `data` (and `len(data)`): the index just past the `]` that closes the bracket open before it,
    or None when it never closes — `LinkInlineProcessor._findBracketEnds(data)`."""
    ends: list[int | None] = [None] * (len(data) + 1)
    runs: list[tuple[int, int, int]] = []  # (first index, index past the last, depth) waiting for a lower depth
    depth, start = 0, 0
    for found in _BRACKET.finditer(data):
        at = found.start()  # (indices start..at have `depth`; the bracket at `at` changes it for the next)
        runs.append((start, at + 1, depth))
        depth += 1 if data[at] == "[" else -1
        start = at + 1
        while runs and depth < runs[-1][2]:
            first, past, _ = runs.pop()
            ends[first:past] = [start] * (past - first)
    return ends


def use_bracket_ends(md: Any) -> None:
    """Give the link and image processors of `md` `bracket_ends` for their `_findBracketEnds`."""
    from markdown.inlinepatterns import LinkInlineProcessor

    if not hasattr(LinkInlineProcessor, "_findBracketEnds"):
        return
    for pattern in md.inlinePatterns:
        if isinstance(pattern, LinkInlineProcessor) and type(pattern).__module__.startswith(("markdown.", "briefgen.")):
            pattern._findBracketEnds = bracket_ends
