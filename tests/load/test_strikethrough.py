"""`~~text~~` is struck through (deleted text), as on GitHub; in code, or escaped, tildes stay as written.

"~~$5 billion~~ $5 million" (a correction showing what it corrects) was published with its
tildes as text, as if both figures stood: python-markdown has no strikethrough. `load/mdstrike.py`
adds GitHub's form as <del>. The property compares with markdown-it-py's strikethrough over
texts of words, struck spans, code spans, lone and escaped tildes.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from markdown_it import MarkdownIt

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
GFM = MarkdownIt("commonmark").enable("strikethrough")
PIECES = st.sampled_from(["word", "$5 billion", "~~struck~~", "~~two words~~", "`~~code~~`", "\\~~escaped~~",
                          "a ~ b", "~~*em in it*~~", "x~~y~~z"])


def normal(html: str) -> str:
    return re.sub(r"</?s>", lambda m: m.group().replace("s", "del"), html).strip()


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=5))
@example(["~~$5 billion~~", "$5 million"])
def test_strikethrough_as_on_github(pieces: list[str]) -> None:
    body = " ".join(pieces) + "\n"
    assert normal(RENDERER.convert(body, "a").html) == normal(GFM.render(body)), body

# The concrete input on a real site: tests/test_editor_markdown.py.
