r"""A backslash ending a line is a line break, as in CommonMark; in code, or escaped, it is a backslash.

"Line one\\" + line end + "line two" was published as "Line one\ line two": python-markdown reads only
two trailing spaces as a hard line break. `load/mdbreaks.py` adds CommonMark's backslash form. The
property compares with markdown-it-py (a CommonMark implementation) over lines ending in a
backslash, an escaped one, three, two spaces or nothing, with code spans and emphasis around.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from markdown_it import MarkdownIt

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
COMMONMARK = MarkdownIt("commonmark")
WORDS = st.sampled_from(["word", "two words", "*em*", "`code`", "**strong**", "x"])
ENDS = st.sampled_from(["\\\n", "\\\\\n", "\\\\\\\n", "  \n", "\n"])


def normal(html: str) -> str:
    """HTML with python-markdown's and markdown-it's spellings made one (<br />, line ends)."""
    return re.sub(r"\s*\n\s*", "\n", html.replace("<br />", "<br>")).strip()


@settings(max_examples=examples(60), deadline=None)
@given(lines=st.lists(st.tuples(WORDS, ENDS), min_size=1, max_size=5), last=WORDS)
@example(lines=[("Line one", "\\\n")], last="line two")
def test_line_ends_break_as_in_commonmark(lines: list[tuple[str, str]], last: str) -> None:
    body = "".join(words + end for words, end in lines) + last + "\n"
    assert normal(RENDERER.convert(body, "a").html) == normal(COMMONMARK.render(body)), body

# The concrete input on a real site: tests/test_editor_markdown.py.
