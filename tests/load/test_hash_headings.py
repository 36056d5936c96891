"""`#` at a line's start is a heading only when a space, a tab or the line's end follows it (CommonMark
4.2, GitHub); otherwise the line is text, as the editor wrote it.

A trial's `#Ukraine trended after the vote` and `#1 priority is a ceasefire` became <h2> headings and lost
their `#` without a word (python-markdown reads any `#` to `######` as a heading). Checked as a property over
lines of hashes, words and gaps, at a block's start and after a paragraph's line, in lists too.
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer, plain_text
from support.examples import examples

RENDERER = MarkdownRenderer()
WORDS = st.sampled_from(["Ukraine", "1", "priority", "Kyiv's", "talks", "#", "C#", "x"])
GAPS = st.sampled_from(["", " ", "\t"])
LINES = st.tuples(st.integers(1, 8), GAPS, st.lists(WORDS, min_size=1, max_size=4))


def _heading_expected(line: str) -> bool:
    """CommonMark 4.2: 1-6 `#`s, then a space, a tab or the line's end."""
    run = len(line) - len(line.lstrip("#"))
    return 1 <= run <= 6 and line[run:run + 1] in ("", " ", "\t")


@settings(max_examples=examples(80), deadline=None)
@given(line=LINES, before=st.sampled_from(["", "Intro line.\n", "- "]))
def test_a_hash_without_a_space_is_text(line: tuple[int, str, list[str]], before: str) -> None:
    hashes, gap, words = line
    text = " ".join(words)
    html = RENDERER.render(f"{before}{'#' * hashes}{gap}{text}\n", "a")
    heading = re.search(r"<h\d>", html) is not None
    assert heading == _heading_expected(f"{'#' * hashes}{gap}{text}"), html
    if not heading:  # the line as written, its `#`s and all (quotes curled; a tab is expanded)
        written = " ".join(("#" * hashes + gap + text.replace("'", "’")).split())
        assert written in " ".join(plain_text(html).split()), html


def test_reported_lines() -> None:
    for line in ("#Ukraine trended after the vote", "#1 priority is a ceasefire"):
        assert RENDERER.render(line + "\n", "a") == f"<p>{line}</p>"
    assert RENDERER.render("# Background\n\nText.\n", "a") == "<h2>Background</h2>\n<p>Text.</p>"
    assert RENDERER.render("Intro\n## Sub\n", "a") == "<p>Intro</p>\n<h2>Sub</h2>"
