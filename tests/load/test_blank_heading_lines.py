"""A heading that has no text is named at its own line, each one.

A hostile re-test (2026-12-05): `<h2></h2>` at line 14 and `## ㅤ` at line 18 gave one warning, "this heading has
no text", at the body's first line: unnamed.py places a part's warning by an address written in it, and a blank
heading without an image has none (the kind 8f3191a fixed for images). load/blankheadings.py pairs the page's
headings with the headings written in the source.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.load.blankheadings import BLANK_HEADING, heading_offsets, placed_blank_headings
from briefgen.load.documents import parse_file
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unnamed import unnamed_parts
from support.examples import examples

RENDERER = MarkdownRenderer()
PATH = "content/articles/h1.md"
FRONT = "---\ntitle: Museum heading test\nsource: Outlet A\npublished: 2026-12-03\n---\n"  # the body starts at line 6
BLANKS = st.sampled_from(["<h2></h2>", "## \u3164", "<h3> </h3>", "### \u200b", "## \u2800", "<h2>&#x200b;</h2>",
                          "> ## \u3164", "<h4><span></span></h4>"])
NAMED = st.sampled_from(["## Background", "<h2>Timeline</h2>", "What came next\n---", "Reactions\n===", "# Top",
                         "> ### Quoted part"])
OTHER = st.sampled_from(["A paragraph about the theft.", "<!-- ## a note -->", "```\n## not a heading\n<h2></h2>\n```",
                         "Code: `<h2></h2>` here.", "- a list item\n- another", "#hashtag is text"])


def _heading_warnings(body: str) -> list[int]:
    parsed = parse_file((FRONT + body).encode("utf-8"), PATH, "h1", RENDERER)
    return sorted(problem[0] for problem in parsed.problems if problem[1] == BLANK_HEADING)


def test_unnamed_says_the_message_placed_here() -> None:
    assert unnamed_parts("<h2></h2>\n", "<h2></h2>") == ((0, BLANK_HEADING),)


def test_the_reported_body() -> None:
    body = ("A museum theft body.\n\nSecond para.\n\n## ![](https://example.com/m.png)\n\nText.\n\n<h2></h2>\n\n"
            "More.\n\n## \u3164\n")
    assert _heading_warnings(body) == [14, 18]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(["blank", "named", "other"]), st.integers(0, 7)), min_size=1, max_size=8),
       st.data())
@example([("other", 0), ("blank", 0), ("other", 1), ("blank", 1)], None)
def test_each_blank_heading_is_named_at_its_line(parts: list[tuple[str, int]], data: st.DataObject | None) -> None:
    lines, expected = ["Intro about the museum theft.", ""], []
    for kind, pick in parts:
        strategy = {"blank": BLANKS, "named": NAMED, "other": OTHER}[kind]
        written = data.draw(strategy) if data is not None else {"blank": ["<h2></h2>", "## \u3164"][pick % 2],
                                                                "other": "A paragraph."}[kind]
        if kind == "blank":
            expected.append(6 + len(lines))
        lines += [*written.split("\n"), ""]
    assert _heading_warnings("\n".join(lines)) == expected, lines


@given(st.lists(NAMED | OTHER | BLANKS, max_size=6))
def test_source_headings_are_the_page_headings(blocks: list[str]) -> None:
    """The source's headings, as read here, are as many as the page's (which the pairing needs)."""
    body = "\n\n".join(blocks) + "\n"
    page = RENDERER.convert(body, "b").html
    assert len(heading_offsets(body)) == page.count("</h"), (body, page)


def test_unpaired_headings_keep_their_place() -> None:
    """A heading the source reading misses: nothing is moved, no line guessed."""
    parts = ((0, BLANK_HEADING),)
    assert placed_blank_headings("text\n", "<h2></h2>", parts) == parts
