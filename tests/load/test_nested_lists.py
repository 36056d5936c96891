"""A nested list indented as CommonMark reads it (to the parent item's text) is published nested.

"- a\n  - b\n    - c" (two spaces a level, as GitHub, editors' previews and Prettier write it)
was published with `b` a sibling of `a` and `c` under `b`; "1. a\n   1. b" was one flat list; a
paragraph indented two spaces after a blank line left its item. python-markdown nests only what
is indented four spaces; `load/mdlists.reindent_lists` re-indents each item's content to that.
The property compares the list structure with markdown-it-py, a CommonMark implementation,
over random trees of items, markers and indentations (python-markdown's own four spaces too),
at the top level and in a quotation.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from markdown_it import MarkdownIt

from briefgen.load import mdlists
from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
COMMONMARK = MarkdownIt("commonmark")
TOKEN = re.compile(r"<[^>]+>|[^<]+")
MARKERS = st.sampled_from(["-", "*", "+", "1.", "10."])
WORD = st.from_regex(r"[a-z]{1,6}", fullmatch=True)
TREES = st.recursive(st.tuples(WORD, st.just(())),
                     lambda children: st.tuples(WORD, st.lists(children, min_size=1, max_size=3).map(tuple)),
                     max_leaves=8)


def structure(html: str) -> list[str]:
    """Tags and words, without white space and the attributes of <ol>."""
    return [re.sub(r"<ol[^>]*>", "<ol>", token) if token.startswith("<") else token.strip()
            for token in TOKEN.findall(html) if token.strip()]


def write(items: tuple, marker: str, indent: int, extra: int, out: list[str], alternate: bool = False) -> None:
    """Items as CommonMark nests them: a child list indented to its parent's text (+ `extra`);
    with `alternate`, nested lists switch between bullets and numbers."""
    for number, (word, children) in enumerate(items):
        mark = f"{int(marker[:-1]) + number}." if marker[-1] == "." else marker
        out.append(" " * indent + f"{mark} {word}")
        if children:
            # (a nested list numbered from 10 would be text: only 1 may follow an item's line)
            child = ("1." if marker in "-*+" else "-") if alternate else "1." if marker == "10." else marker
            write(children, child, indent + len(mark) + 1 + extra, extra, out, alternate)


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(TREES, min_size=1, max_size=3).map(tuple), marker=MARKERS, extra=st.sampled_from([0, 1, 2]),
       alternate=st.booleans(), quoted=st.booleans())
@example(items=(("a", (("b", (("c", ()),)),)), ("d", ())), marker="-", extra=0, alternate=False, quoted=False)
@example(items=(("a", (("b", ()),)), ("c", ())), marker="1.", extra=0, alternate=False, quoted=True)
def test_nested_lists_have_commonmarks_structure(items: tuple, marker: str, extra: int, alternate: bool,
                                                quoted: bool) -> None:
    lines: list[str] = []
    write(items, marker, 0, extra, lines, alternate)
    body = "\n".join(("> " if quoted else "") + line for line in lines) + "\n"
    assert structure(RENDERER.convert(body, "a").html) == structure(COMMONMARK.render(body)), body


@given(body=st.sampled_from([
    "- a\n\n  continued in the item\n- b\n",      # a paragraph indented to the item's text
    "1. a\n\n   continued\n\n2. b\n",
    "- a\n    - b four spaces\n        - c\n",    # python-markdown's own indentation
    "- a\nlazy line\n- b\n",
    "Para\n\n    indented code\n",
]))
@settings(max_examples=examples(10), deadline=None)
def test_items_paragraphs_and_code_as_commonmark_reads_them(body: str) -> None:
    assert structure(RENDERER.convert(body, "a").html) == structure(COMMONMARK.render(body)), body


LINES = st.sampled_from(["", "text", "- item", "* item", "1. one", "3. three", "1) one", "3) three", "  - nested", "   1. nested",
                         "   1) nested", "> 1) quoted",
                         "    indented", "  two spaces", "> quoted", "> - quoted item", ">   - nested quoted",
                         ">", "- - -", "## heading", "\u00a0- not an item", "| a | b |", "|---|---|", "a | b", "--|--",
                         "> | a |", "> |---|"])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(LINES, max_size=10))
def test_the_fast_check_never_skips_a_body_the_passes_would_change(lines: list[str]) -> None:
    """`_may_change` lets most bodies skip the line-by-line passes: it must be an over-approximation."""
    if not mdlists._may_change("\n" + "\n".join(lines)):
        assert mdlists._BOTH(lines) == lines
