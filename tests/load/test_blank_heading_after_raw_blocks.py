"""A blank heading after a raw HTML block that holds heading-like text is named at its own line.

A hostile re-test (2026-12-05): `## ` (nothing after it) written after a `<div>` holding the text `## x` was named
at the body's first line: blankheadings.py read the `## x` in the raw block (published as written) as a heading, the
page had one heading fewer than the source, and it kept the warning where unnamed.py put it. Now the renderer is asked
which line each heading of the page was written on (blankheadings._probe).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.load.blankheadings import BLANK_HEADING
from briefgen.load.documents import parse_file
from briefgen.load.markup import MarkdownRenderer
from support.examples import examples

RENDERER = MarkdownRenderer()
FRONT = "---\ntitle: Museum heading test\nsource: Outlet A\npublished: 2026-12-03\n---\n"  # the body starts at line 6
# Raw blocks that publish heading-like text as written (python-markdown reads no Markdown in them), `{}` the text.
RAW = st.sampled_from(["<div>\n{}\n</div>", "<table><tr><td>\n{}\n</td></tr></table>", "<!--\n{}\n-->",
                       "<pre>\n{}\n</pre>", '<div class="box">\n<p>Intro</p>\n{}\n</div>',
                       "<details>\n<summary>More</summary>\n{}\n</details>"])
HEADING_LIKE = st.sampled_from(["## ", "## not a heading", "# Top", "### \u3164", "Setext-like\n---", "Title\n===",
                                "##", "> ## quoted"])
BLANKS = st.sampled_from(["## ", "<h2></h2>", "### \u200b", "##", "> ## \u3164"])
NAMED = st.sampled_from(["## Background", "<h2>Timeline</h2>", "What came next\n---", "# Top"])


def _heading_warnings(body: str) -> list[int]:
    parsed = parse_file((FRONT + body).encode("utf-8"), "content/articles/h1.md", "h1", RENDERER)
    return sorted(problem[0] for problem in parsed.problems if problem[1] == BLANK_HEADING)


def test_the_reported_body() -> None:
    body = "A museum theft body.\n\n<div>\n## not a heading\n</div>\n\nText.\n\n## \n"
    assert _heading_warnings(body) == [14]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(["raw", "blank", "named"]), RAW, HEADING_LIKE, BLANKS, NAMED),
                min_size=1, max_size=6))
@example([("raw", "<pre>\n{}\n</pre>", "## ", "## ", "# Top"), ("blank", "", "", "## ", "")])
@example([("raw", "<!--\n{}\n-->", "## x", "## ", ""), ("blank", "", "", "<h2></h2>", "")])
def test_each_blank_heading_is_named_at_its_line_after_raw_blocks(parts: list[tuple[str, str, str, str, str]]
                                                                  ) -> None:
    lines, expected = ["Intro about the museum theft.", ""], []
    for kind, raw, heading_like, blank, named in parts:
        written = {"raw": raw.format(heading_like), "blank": blank, "named": named}[kind]
        if kind == "blank":
            expected.append(6 + len(lines))
        lines += [*written.split("\n"), ""]
    assert _heading_warnings("\n".join(lines)) == expected, lines
