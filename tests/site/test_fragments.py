"""A body link whose fragment names no id of the page it leads to is warned at its line (site/fragments.py).

A tester, 2026-12-05: `[x](#background)` in an article without the toc extension, and `[x](../other/#sec)` to an
article whose heading's id is `other_sec` (bodyids.py), jumped nowhere without a word, while a link to a missing
page was warned of. The property generates headings (made-up words, toc ids), links from another article and from
a note to each spelling of them, same-page links, in Markdown and raw HTML, and checks that exactly the fragments
the page lacks are warned, with the id to write when the page has it under its body's prefix."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word
from support.sites import MINIMAL_SITE, run_cli, write_site
from tests.support.factories import article, note

from briefgen.load.documents import parse_file
from briefgen.load.extensions import settings as markdown_settings
from briefgen.load.markup import MarkdownRenderer
from briefgen.site.fragments import THEME_ARTICLE_IDS, missing_fragments, template_ids
from briefgen.site.sitelinks import SiteFiles

TOC = MarkdownRenderer(markdown_settings(("toc", "attr_list"), {}, {}, ()))
PLAIN = MarkdownRenderer()
SITE = SiteFiles(["index.html", "articles/a/index.html", "articles/b/index.html"])
FRONT = "---\ntitle: T\nsource: S\npublished: 2023-05-10\n---\n"


def _document(kind: str, slug: str, body: str, renderer: MarkdownRenderer):  # type: ignore[no-untyped-def]
    prefix = slug if kind == "article" else f"note-{slug}"
    parsed = parse_file((FRONT + body).encode(), f"content/{kind}s/{slug}.md", prefix, renderer)
    make = article if kind == "article" else note
    return make(slug, links=parsed.links, ids=parsed.ids)


def _slug(heading: str) -> str:
    return heading.lower()  # (toc's id of a one-word heading)


@settings(max_examples=examples(60), deadline=None)
@given(headings=st.lists(word, min_size=1, max_size=3, unique_by=str.lower), absent=word,
       toc=st.booleans(), html=st.booleans(),
       picks=st.lists(st.sampled_from(["scoped", "bare", "absent", "top", "theme", "own", "own-absent"]),
                      min_size=1, max_size=6))
def test_exactly_the_fragments_the_page_lacks_are_warned(headings: list[str], absent: str, toc: bool, html: bool,
                                                        picks: list[str]) -> None:
    if absent.lower() in {h.lower() for h in headings}:
        absent += "x"
    renderer = TOC if toc else PLAIN
    b = _document("article", "b", "".join(f"## {h}\n\nText.\n\n" for h in headings), renderer)
    body, expected, fixes = "## Own\n\n", set(), set()
    for i, pick in enumerate(picks):
        heading = _slug(headings[i % len(headings)])
        fragment, target = {"scoped": (f"b_{heading}", "../b/"), "bare": (heading, "../b/"),
                            "absent": (absent.lower(), "../b/"), "top": ("top", "../b/"),
                            "theme": (sorted(THEME_ARTICLE_IDS)[i % 3], "../b/"), "own": ("own", ""),
                            "own-absent": (absent.lower(), "")}[pick]
        address = f"{target}#{fragment}"
        body += (f'<p><a href="{address}">link {i}</a></p>' if html else f"[link {i}]({address})") + "\n\n"
        if pick in ("bare", "absent", "own-absent") or pick in ("scoped", "own") and not toc:
            expected.add((8 + 2 * i, address))  # (front matter lines 1-5, "## Own" 6, a blank line 7)
        if pick == "bare" and toc:
            fixes.add(f'write "../b/#b_{heading}"')
    a = _document("article", "a", body, renderer)
    found = missing_fragments([a, b], SITE, "/", "", frozenset(THEME_ARTICLE_IDS))
    assert {(d.line, re.search(r'the link "([^"]+)"', d.message)[1]) for d in found} == expected, found
    assert all(any(fix in d.message for d in found) for fix in fixes), found


def test_a_note_links_to_an_article_fragment_and_its_own_are_left_alone() -> None:
    b = _document("article", "b", "## Sec\n\nText.\n", TOC)
    n = _document("note", "n", "[a](articles/b/#sec) [b](articles/b/#b_sec) [c](#anything)\n"
                  "[d](https://example.org/brief/articles/b/#nope) [e](../b/#sec)\n", TOC)
    found = missing_fragments([b, n], SITE, "/brief/", "https://example.org/brief/", frozenset(THEME_ARTICLE_IDS))
    assert [(d.line, d.message.split('"')[1]) for d in found] == [
        (6, "articles/b/#sec"), (7, "https://example.org/brief/articles/b/#nope")]
    assert 'write "articles/b/#b_sec"' in found[0].message


def test_templates_that_write_ids_from_expressions_turn_the_check_off(tmp_path: Path) -> None:
    literal, dynamic = tmp_path / "literal.html", tmp_path / "dynamic.html"
    literal.write_text('<div id="comments"></div><a name="ref"></a>')
    dynamic.write_text('<div id="{{ x }}"></div>')
    assert template_ids([str(literal)]) == THEME_ARTICLE_IDS | {"comments", "ref"}
    assert template_ids([str(literal), str(dynamic)]) is None
    assert template_ids([], [{"x.html": "<p id='y-{% if a %}1{% endif %}'>"}]) is None
    b = _document("article", "b", "Text.\n", PLAIN)
    a = _document("article", "a", "[x](../b/#comments)\n", PLAIN)
    assert missing_fragments([a, b], SITE, "/", "", template_ids([str(literal)])) == []
    assert missing_fragments([a, b], SITE, "/", "", None) == []


def test_the_built_theme_has_the_ids_it_is_said_to_have_and_the_build_warns(tmp_path: Path) -> None:
    """The CLI, on the tester's inputs; and THEME_ARTICLE_IDS is what the built-in theme writes on an article's page
    beside the bodies' ids."""
    files = dict(MINIMAL_SITE)
    files["config.yaml"] += "markdown:\n  extensions: [toc]\n"
    files["content/articles/second.md"] = files["content/articles/first-report.md"].replace(
        "Envoys meet", "Envoys leave").replace("geneva-ceasefire", "second").split("---\n")
    files["content/articles/second.md"] = "---\n".join(files["content/articles/second.md"][:2]) + (
        "---\n## Background\n\n[a](#background) [b](#nowhere) [c](../first-report/#sec) [d](#top) [e](#main)\n\n"
        '<p><a href="../first-report/#first-report_sec">f</a></p>\n')
    files["content/articles/first-report.md"] += "\n## Sec\n\nMore.\n"
    root = write_site(tmp_path / "site", files)
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    said = re.findall(r'(content/articles/second\.md:\d+): warning: the link "([^"]+)"', done.stderr)
    assert said == [("content/articles/second.md:9", "#nowhere"), ("content/articles/second.md:9", "../first-report/#sec")]
    assert 'write "../first-report/#first-report_sec"' in done.stderr
    page = (root / "output/articles/first-report/index.html").read_text()
    ids = set(re.findall(r'\sid="([^"]*)"', page)) - {"first-report_sec"}
    assert ids <= THEME_ARTICLE_IDS and "main" in ids, ids
