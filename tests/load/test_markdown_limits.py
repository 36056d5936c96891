"""Hostile Markdown sizes: deep nesting and quadratic shapes end in `path:line` errors, quickly.

Every case here took seconds to minutes (or crashed with RecursionError) before the
limits in briefgen/load/mdlimits.py; each must now finish well under the timings below,
which are generous for a shared CI machine (the measured times are in
docs/log/performance.md, "Hostile input").
"""
from __future__ import annotations

import re
import sys
import time

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer, plain_text
from briefgen.load.mdlimits import MAX_ELEMENTS, MAX_NESTING, check_body
from support.hostile import GOOD_FRONT, article
from support.examples import examples

FRONT_LINES = 5  # "---", three keys, "---": the body starts on line 6


def timed(text: str) -> tuple[list[str], float]:
    """The problems of an article with body `text`, and the CPU seconds of this process reading it
    (CPU, not wall time: a bound on the work, whatever else the machine is running)."""
    started = time.process_time()
    _, problems = article(f"---\n{GOOD_FRONT}---\n{text}")
    return problems, time.process_time() - started


NESTED = [
    ("5,000 levels of - - - x", "- " * 5000 + "x\n", 6),
    ("1,000-level indented list", "".join(" " * (4 * i) + "- x\n" for i in range(1000)), 6 + MAX_NESTING),
    ("5,000 levels of > > > x", "Intro.\n\n" + "> " * 5000 + "x\n", 8),
    ("mixed quotes and lists", "> - " * 2000 + "x\n", 6),
    ("ordered lists", "1. " * 3000 + "x\n", 6),
]


@pytest.mark.parametrize("name, body, line", NESTED, ids=[case[0] for case in NESTED])
def test_deep_nesting_is_an_error_with_its_line(name: str, body: str, line: int) -> None:
    problems, seconds = timed(body)
    assert problems == [f"content/articles/a.md:{line}: nesting too deep (limit {MAX_NESTING} levels of "
                        "lists and quotes)"], name
    assert seconds < 1, name


def test_nesting_at_the_limit_converts() -> None:
    problems, seconds = timed("- " * MAX_NESTING + "x\n")
    assert problems == [] and seconds < 1


def test_a_horizontal_rule_of_many_dashes_is_not_nesting() -> None:
    assert check_body("- " * 500 + "\n\n" + "* " * 500) == []


def test_many_deep_lines_are_refused_by_their_total() -> None:
    problems, seconds = timed(("- " * MAX_NESTING + "x\n\n") * 2000)
    assert len(problems) == 1 and "nested too deeply too often" in problems[0]
    assert seconds < 1


def test_recursion_error_is_a_diagnostic_not_a_traceback() -> None:
    """Near the interpreter's recursion limit, python-markdown up to 3.11.3 raised RecursionError
    in a list 30 deep (a diagnostic, never a traceback); 3.11.4 stops nesting lists and quotes 100
    frames short of the limit and keeps the deeper markers as text (markdown.util.
    nearing_recursion_limit). Either way no traceback, and no "x" lost without a diagnostic."""
    renderer = MarkdownRenderer()
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(120)  # deep enough for the test runner, not for 30 nested lists
    try:
        rendered = renderer.convert("".join(" " * (4 * i) + "- x\n" for i in range(30)), "p")
    finally:
        sys.setrecursionlimit(limit)
    if rendered.problems:
        assert rendered.html == ""
        assert rendered.problems == ((0, f"nesting too deep (limit {MAX_NESTING} levels of lists and quotes)",
                                      "error"),)
    else:
        assert plain_text(rendered.html).count("x") == 30, rendered.html
    assert renderer.render("*fine* again", "p") == "<p><em>fine</em> again</p>"


# One shape per mechanism (mdlimits.py): block re-tests, bracket scans, paren scans, html.parser
# tag scans, text rebuilt after each inline match, footnote lookups.
QUADRATIC = [
    ("unmatched brackets", "Intro.\n\n" + "[" * 20_000),
    ("link openers", "[x](" * 20_000),
    ("tags without >", "<a " * 30_000),
    ("setext headings without blank lines", "x\n=\n" * 30_000),
    # The same re-tests with each splitting block processor alone: a body's Markdown instance holds only
    # the processors whose trigger it has (mdlean.BLOCK_TRIGGERS), so the meter must not rely on another's.
    ("setext headings of dashes", "x\n-\n" * 30_000),
    ("hash headings without blank lines", "x\n# h\n" * 30_000),
    ("rules without blank lines", "x\n* * *\n" * 30_000),
    ("footnote definitions between text lines", "[^a]: n\nx\n" * 30_000),
    ("definitions between text lines", "[a]: /u\nx\n" * 30_000),
    ("escapes", "\\*" * 100_000),
    ("footnotes", "".join(f"x[^{i}] " for i in range(4000)) + "\n\n" + "".join(f"[^{i}]: n\n\n" for i in range(4000))),
]


@pytest.mark.parametrize("name, body", QUADRATIC, ids=[case[0] for case in QUADRATIC])
def test_quadratic_shapes_end_in_bounded_time(name: str, body: str) -> None:
    problems, seconds = timed(body)
    assert seconds < 8, (name, seconds)  # ~1-2 s on the project machine; minutes to hours before
    assert len(problems) == 1 and "would take too long to convert" in problems[0], problems
    if name == "unmatched brackets":
        assert problems[0].startswith("content/articles/a.md:8: "), problems  # the line of the brackets


def test_too_many_elements_and_too_big_bodies_are_refused_before_converting() -> None:
    problems, seconds = timed("|x" * (MAX_ELEMENTS + 1))
    assert problems == [f"content/articles/a.md:6: the body would make about {MAX_ELEMENTS + 1:,} HTML elements "
                        "(table cells, list items, lines, links, emphasis); the limit is "
                        f"{MAX_ELEMENTS:,} (split it into several articles)"]
    assert seconds < 1
    assert check_body("word " * 2_000_001)[0][1].startswith("the body is 10.0 million characters; the limit is 10")


def test_a_large_ordinary_body_still_converts() -> None:
    paragraph = ("Diplomats met in Geneva to discuss the terms of a possible *ceasefire*, officials said, "
                 "according to [Reuters](https://example.org/r).\n\n")
    problems, seconds = timed(paragraph * 5_000)  # ~700 kB
    assert problems == [] and seconds < 10


NESTING_TAGS = st.sampled_from(["div", "span", "blockquote", "b", "section", "em", "p", "li", "br", "td"])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(NESTING_TAGS, st.booleans(), st.text("ab ", max_size=3)), max_size=300),
       st.integers(1, 40))
def test_flattening_keeps_every_word_and_bounds_the_depth(tokens: list[tuple[str, bool, str]], limit: int) -> None:
    from briefgen.load.htmldepth import flatten_deep

    fragment = "".join(f"<{'/' if close else ''}{tag}>{text}" for tag, close, text in tokens)
    flat, dropped = flatten_deep(fragment, limit)
    assert re.sub(r"<[^>]*>", "", flat) == re.sub(r"<[^>]*>", "", fragment)  # every word, in order
    assert (flat == fragment) == (dropped == 0)
    depth = deepest = 0
    for close, name in re.findall(r"<(/?)(\w+)>", flat):
        if name not in ("p", "li", "br", "td"):
            depth = max(0, depth - 1) if close else depth + 1
            deepest = max(deepest, depth)
    assert deepest <= limit


def test_html_nested_far_too_deep_is_flattened_with_a_warning() -> None:
    """100,000 nested <div>s took 36 s in nh3 (html5ever's work grows with the square of the depth)."""
    body = "Intro.\n\n" + "<div>" * 20_000 + "deep text" + "</div>" * 20_000 + "\n\nAfter."
    rendered = MarkdownRenderer().convert(body, "a")
    assert "deep text" in rendered.html and "After." in rendered.html
    assert [(line, severity) for line, message, severity in rendered.problems if "nested more than" in message] == [
        (0, "warning")]


@pytest.mark.parametrize("inner", ['<script>alert("pwn")</script>', "<style>body{display:none}</style>",
                                   "<template>hidden words</template>", '<div title="a>b">shown</div>'])
def test_flattening_never_exposes_what_the_sanitiser_removes(inner: str) -> None:
    """A review: flattening dropped <script>'s own tags, so nh3 no longer removed its content,
    and a `>` inside a quoted attribute ended the tag early (`b">` became text)."""
    html = MarkdownRenderer().convert("<div>" * 520 + inner + "</div>" * 520, "a").html
    for hidden in ("alert", "display:none", "hidden words", 'b"', "b&quot;"):
        assert hidden not in html


PIECES = st.sampled_from(["<div>", "</div>", "<b>", "</b>", "word ", "<script>alert(1)</script>", "<style>s{}</style>",
                          "<xmp>", "</xmp>", '<div title="</xmp><script>">', "<!--", "-->", '<b title=">">',
                          "<noembed>", "</noembed>", "<template>t</template>", "<p>", "</p>"])


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_deep_nesting_shows_what_shallow_nesting_shows(pieces: list[str]) -> None:
    """A second review: tags inside comments and raw-text elements (<xmp>) were flattened too,
    so a fake tag took a real `</xmp><script>` with it and the script's text showed."""
    from briefgen.load.markup import sanitise

    fragment = "".join(pieces)
    deep, shallow = sanitise("<div>" * 600 + fragment + "</div>" * 600), sanitise("<div>" + fragment + "</div>")
    assert re.sub(r"<[^>]*>", "", deep) == re.sub(r"<[^>]*>", "", shallow)


RAW_PIECES = ["<div>", "</div>", "<b>", "</b>", "<span title='x'>", "</span>", "<p>", "<!-- c -->", "text",
              "\n\n", "\n", "*em*", "&amp;", "<", ">", "[a](https://example.org)"]


@settings(max_examples=examples(25), deadline=None)
@given(st.lists(st.sampled_from(RAW_PIECES), max_size=30).map("".join))
def test_the_metered_raw_html_pass_leaves_no_reference_cycle(body: str) -> None:
    # Builds pause the cyclic collector (speed/parallel.paused_gc): a cycle made per body
    # stays until the command ends. The metered pass wrapped each body's HTML parser in a
    # closure that referred back to it, holding the body's text (~10 KB an article).
    import gc

    from markdown.htmlparser import HTMLExtractor

    renderer = MarkdownRenderer()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()  # what exists now is out of the collections below, which then see this body's objects alone
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        renderer.convert(body + "\n\n<div>raw</div>\n", "p")
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, HTMLExtractor)
                or getattr(o, "__module__", "").startswith("briefgen")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
    assert left == []
