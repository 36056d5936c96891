"""Ordered list items written `1)` are published as lists, where CommonMark reads lists.

"Three conditions were set:\n\n1) a ceasefire line\n2) prisoner exchanges" was published as one
paragraph, "1) a ceasefire line 2) prisoner exchanges": python-markdown reads only `1.`
(CommonMark 0.31, 5.2 "List items", reads `.` and `)`). load/mdolists.py reads `)` items; a
change of delimiter starts a new list (5.3 "Lists"). The property compares the structure (tags,
`<ol start>`, words) with markdown-it-py, a CommonMark implementation, over item trees, start
numbers, nesting under bullets and numbers, a paragraph right before (or a blank line), a second
list of either delimiter right after, and quotations. Paragraph tags are left out of the
comparison: python-markdown's loose lists put fewer items in <p> than CommonMark's, with either
delimiter (not this change's subject).
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import assume, example, given, settings, strategies as st
from markdown_it import MarkdownIt

from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
COMMONMARK = MarkdownIt("commonmark")
TOKEN = re.compile(r"<[^>]+>|[^<]+")
WORD = st.from_regex(r"[a-z]{1,6}", fullmatch=True)
TREES = st.recursive(st.tuples(WORD, st.just(())),
                     lambda children: st.tuples(WORD, st.lists(children, min_size=1, max_size=3).map(tuple)),
                     max_leaves=6)
ITEMS = st.lists(TREES, min_size=1, max_size=3).map(tuple)
STARTS = st.sampled_from([1, 1, 2, 7, 10, 123456789])
CHILD_MARKERS = st.sampled_from(["1)", "1.", "-"])


def structure(html: str) -> list[str]:
    """Tags (with `start`) and words, without white space and paragraph tags."""
    return [token if token.startswith("<") else token.strip()
            for token in TOKEN.findall(html) if token.strip() and token not in ("<p>", "</p>")]


def write(items: tuple, start: int | None, delimiter: str, child: str, indent: int, out: list[str]) -> None:
    """Items (`start` None: bullets `-`), each child list indented to its parent's text. A nested
    ordered list starts at 1: only 1 may start right after an item's line (CommonMark 5.2)."""
    for number, (word, children) in enumerate(items):
        mark = "-" if start is None else f"{start + number}{delimiter}"
        out.append(" " * indent + f"{mark} {word}")
        if children:
            inner = None if child == "-" else 1
            write(children, inner, child[-1], child, indent + len(mark) + 1, out)


@settings(max_examples=examples(150), deadline=None)
@given(items=ITEMS, start=STARTS, child=CHILD_MARKERS, before=st.sampled_from(["", "Intro:\n", "Intro:\n\n"]),
       after=st.one_of(st.none(), st.tuples(ITEMS, st.one_of(STARTS, st.none()), st.sampled_from([".", ")"]),
                                            st.booleans())),
       bulleted=st.booleans(), quoted=st.booleans())
@example(items=(("a", ()), ("b", ())), start=1, child="1)", before="Intro:\n", after=None, bulleted=False,
         quoted=False)
@example(items=(("a", ()),), start=3, child="1)", before="", after=((("b", ()),), 1, ".", False), bulleted=False,
         quoted=True)
@example(items=(("a", (("b", ()),)),), start=1, child="1)", before="", after=None, bulleted=True, quoted=False)
@example(items=(("a", ()), ("b", ())), start=1, child="-", before="", after=((("c", ()),), 1, ".", False),
         bulleted=True, quoted=False)  # "- b" then "1. c": was "b1. c", one item (separate_lists now parts them)
@example(items=(("a", ()),), start=1, child="-", before="", after=((("c", ()),), None, ".", False),
         bulleted=False, quoted=True)  # "> 1) a" then "> - c"
def test_paren_lists_have_commonmarks_structure(items: tuple, start: int, child: str, before: str,
                                                after: tuple | None, bulleted: bool, quoted: bool) -> None:
    # (a paragraph's line "2) a" then "   1) b" or "1. b": CommonMark's list starts at b; mdlists reads
    # it as the paragraph's text, with "2. a" alike: a case of mdlists', left as it is)
    assume(not (before == "Intro:\n" and start != 1 and not bulleted
                and (any(c for _, c in items) or (after is not None and not after[3]))))
    lines: list[str] = before.split("\n")[:-1]
    write(items, None if bulleted else start, ")", child, 0, lines)
    if after is not None:
        more, more_start, delimiter, blank = after
        lines += [""] if blank else []
        write(more, more_start, delimiter, child, 0, lines)
    body = "\n".join(("> " if quoted else "") + line for line in lines) + "\n"
    assert structure(RENDERER.convert(body, "a").html) == structure(COMMONMARK.render(body)), body


@given(body=st.sampled_from([
    "Text\n3) not an item: only 1 interrupts a paragraph\n",
    "1234567890) ten digits are text\n",
    "    1) indented code\n",
    "```\n1) fenced code\n2) more\n```\n",
    "<div>\n1) raw HTML\n</div>\n",
    "1. a\n1) b\n1. c\n",
    "   1) three spaces\n   2) still a list\n",
    "1) a\n\n   continued in the item\n\n2) b\n",
]))
@settings(max_examples=examples(10), deadline=None)
def test_where_commonmark_reads_no_paren_list_or_a_new_one(body: str) -> None:
    assert structure(RENDERER.convert(body, "a").html) == structure(COMMONMARK.render(body)), body


def test_the_reported_list_in_a_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/first-report.md": MINIMAL_SITE["content/articles/first-report.md"]
        + "\nThree conditions were set:\n\n1) a ceasefire line\n2) prisoner exchanges\n3) monitors\n\n"
          "Later:\n4) talks resume\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    page = (root / "output" / "articles" / "first-report" / "index.html").read_text(encoding="utf-8")
    assert ('<p dir="auto">Three conditions were set:</p>\n<ol dir="auto">\n<li>a ceasefire line</li>\n<li>prisoner exchanges</li>\n'
            "<li>monitors</li>\n</ol>") in page
    assert '<p dir="auto">Later:\n4) talks resume</p>' in page  # 4 does not interrupt a paragraph
