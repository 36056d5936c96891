"""A backslash ending a line is a line break, as in CommonMark; in code, or escaped, it is a backslash.

"Line one\\" + line end + "line two" was published as "Line one\ line two": python-markdown reads only
two trailing spaces as a hard line break. `load/mdbreaks.py` adds CommonMark's backslash form. The
property compares with markdown-it-py (a CommonMark implementation) over lines ending in a
backslash, an escaped one, three, two spaces or nothing, with code spans and emphasis around.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from markdown_it import MarkdownIt

from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site

RENDERER = MarkdownRenderer()
COMMONMARK = MarkdownIt("commonmark")
WORDS = st.sampled_from(["word", "two words", "*em*", "`code`", "**strong**", "x"])
ENDS = st.sampled_from(["\\\n", "\\\\\n", "\\\\\\\n", "  \n", "\n"])


def normal(html: str) -> str:
    """HTML with python-markdown's and markdown-it's spellings made one (<br />, line ends)."""
    return re.sub(r"\s*\n\s*", "\n", html.replace("<br />", "<br>")).strip()


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.tuples(WORDS, ENDS), min_size=1, max_size=5), last=WORDS)
@example(lines=[("Line one", "\\\n")], last="line two")
def test_line_ends_break_as_in_commonmark(lines: list[tuple[str, str]], last: str) -> None:
    body = "".join(words + end for words, end in lines) + last + "\n"
    assert normal(RENDERER.convert(body, "a").html) == normal(COMMONMARK.render(body)), body


def test_a_backslash_break_on_a_real_page(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"] + "\nKyiv\\\nWarsaw\\\nBerlin\n\n    code \\\n    more\n"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    page = (root / "output/articles/first-report/index.html").read_text()
    assert "Kyiv<br>\nWarsaw<br>\nBerlin</p>" in page and "<code>code \\\nmore\n</code>" in page
