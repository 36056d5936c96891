"""A note's headings rank below the note's title on every page that shows it.

A note is shown under its title (an h3) on the front page, its edition, its topics' pages and
its articles' pages; its body's "# Background" was an h2 there — above the note's own title, a
section of the page beside "From the editors" in the outline screen readers navigate by, taking
the next notes in. The note template now moves the body's headings below the title
(`headings_below`). Checked as a property over heading sequences, and on a real build's pages.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.headings import headings_below
from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
LEVEL = re.compile(r"<h([1-6])[ >]")


@settings(max_examples=examples(60), deadline=None)
@given(levels=st.lists(st.integers(1, 6), min_size=1, max_size=8), title=st.integers(2, 4))
@example(levels=[1, 2, 2, 3], title=3)
def test_body_headings_follow_the_title_level(levels: list[int], title: int) -> None:
    body = "\n\n".join(f"{'#' * level} Heading {i}\n\nText." for i, level in enumerate(levels))
    moved = headings_below(RENDERER.render(body, "note-n"), title)
    shown = [int(level) for level in LEVEL.findall(moved)]
    assert len(shown) == len(levels)
    assert shown[0] == min(6, title + 1)
    previous = title
    for level in shown:
        assert title < level <= min(6, previous + 1)
        previous = level
    assert [f"Heading {i}" for i in range(len(levels))] == re.findall(r">(Heading \d+)</h", moved)

# The concrete input on a real site: tests/test_editor_markdown.py.
