"""Links, headings and images that a screen reader has no words for are a warning at their line.

Reported (a note of a test site): `[](https://example.org/empty)`, `[![](chart.png)](https://…)`,
`## ![](chart.png)`, `<a href="https://…"></a>`, `![](chart.png)` and `<img src="chart.png">` were
published without a word: on the front page, the edition and the topic page axe-core found
empty links (link-name) and an empty heading, and the images went out with `alt=""`, which tells
a screen reader to skip them as decoration. Each is now a warning (load/unnamed.py); an image
written `<img alt="" src="…">` is decoration on purpose and stays quiet.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unnamed import _all_named, parts_without_words, unnamed_parts
from support.htmlcheck import require_axe
from support.sites import published, run_cli, write_site
from support.examples import examples

# (Markdown with {u} for a unique address, whether it deserves a warning)
PIECES = [
    ("[the report](https://example.org/{u})", False), ("[](https://example.org/{u})", True),
    ("[ ](https://example.org/{u})", True), ("[\u200b](https://example.org/{u})", True),
    ('<a href="https://example.org/{u}"></a>', True), ('<a title="The report" href="https://example.org/{u}"></a>', False),
    ("[![](i{u}.png)](https://example.org/{u})", True), ("[![Flow chart](i{u}.png)](https://example.org/{u})", False),
    ("![Flow at Aswan](i{u}.png)", False), ("![](i{u}.png)", True), ('<img src="i{u}.png">', True),
    ('<img alt="" src="i{u}.png">', False), ('<img alt="A map" src="i{u}.png">', False),
    ("## ![](i{u}.png)", True), ("## ![A map](i{u}.png)", False), ("## Background {u}", False),
    ("`![](i{u}.png)` and `[](x{u})` as code", False), ("Text with [a link](https://example.org/{u}).", False),
    # A link around blocks: the HTML parser repairs it into an empty copy and linked blocks (a hostile trial,
    # 2026-12-04, was told the link "has no text")
    ('<a href="https://example.org/{u}"><p>block {u}</p><h2>heading {u}</h2></a>', False),
]


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.lists(st.sampled_from(range(len(PIECES))), min_size=1, max_size=6))
@example([1, 6, 13, 10, 4, 9, 11])  # the reported note, and a decorative image
def test_a_warning_at_the_line_of_each_part_without_words_and_nowhere_else(chosen: list[int]) -> None:
    lines = [PIECES[i][0].replace("{u}", f"u{n}") for n, i in enumerate(chosen)]
    source = "Lead paragraph.\n\n" + "\n\n".join(lines) + "\n"
    expected = [2 + 2 * n for n, i in enumerate(chosen) if PIECES[i][1]]
    found = unnamed_parts(source, MarkdownRenderer().render(source, "b"))
    assert [line for line, _ in found] == expected, found


def test_the_reported_note_warns_and_every_part_axe_finds_was_warned(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    note = ("---\ntitle: Second note\ndate: 2023-08-14\ntopics: [t]\n---\nA claim.\n\n"
            "[](https://example.org/empty)\n\n[![](chart.png)](https://example.org/img)\n\n## ![](chart.png)\n\n"
            '<img src="chart.png">\n\n<a href="https://example.org/y"></a>\n\n<img alt="" src="chart.png">\n\n'
            "![](chart.png)\n")
    site = write_site(tmp_path / "site", {
        "config.yaml": "title: T\nbase_url: https://example.org/briefing/\ntopics:\n  - id: t\n    title: Topic\n",
        "content/notes/n.md": note, "static/chart.png": "not really a png"})
    built = run_cli(["build"], cwd=site)
    assert built.returncode == 0, built.stderr
    warned = [line.split(":")[1] for line in built.stderr.splitlines() if line.startswith("content/notes/n.md:")]
    assert warned == ["8", "10", "12", "14", "16", "20"], built.stderr
    with published(site / "output", tmp_path) as url:
        page = browser.new_page()
        try:
            page.goto(url)
            page.add_script_tag(path=str(require_axe()))
            found = page.evaluate("axe.run(document, {runOnly: ['link-name', 'empty-heading', 'image-alt']})"
                                  ".then(r => r.violations.flatMap(v => v.nodes.map(n => [v.id, (n.html.match(/^<a href=\"([^\"]*)/) || [])[1] || ''])))")
        finally:
            page.close()
    # the warned links (lines 8, 10, 16) and heading (12); axe does not see images: alt="" is valid
    assert sorted(map(tuple, found)) == [("empty-heading", ""), ("link-name", "https://example.org/empty"),
                                         ("link-name", "https://example.org/img"), ("link-name", "https://example.org/y")]


EXTRA = ["<em>x</em>", "&nbsp;", "&amp;", "\u00ad", "<a href='https://example.org/q'>&#8203;</a>",
         "<a href='https://example.org/r'><em> </em></a>", "<h3>&nbsp;</h3>", "<h3><em>Why</em></h3>",
         "<abbr title='x'>NATO</abbr>", "<a href='https://example.org/s' title='t'> </a>"]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.lists(st.one_of(st.sampled_from(range(len(PIECES))), st.sampled_from(EXTRA)), min_size=1, max_size=6))
def test_the_quick_look_passes_only_bodies_with_nothing_to_warn(chosen: list) -> None:
    """`_all_named` (no parse) is a superset test: a body it passes has no part without words."""
    lines = [c if isinstance(c, str) else PIECES[c][0].replace("{u}", f"u{n}") for n, c in enumerate(chosen)]
    source = "Lead paragraph.\n\n" + "\n\n".join(lines) + "\n"
    body = MarkdownRenderer().render(source, "b")
    assert unnamed_parts(source, body) == parts_without_words(source, body)
    if _all_named(body):
        assert parts_without_words(source, body) == ()


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.lists(st.sampled_from(["p", "h2", "h3", "blockquote", "ul"]), min_size=1, max_size=3), st.booleans())
def test_a_link_around_blocks_leaves_no_empty_link_on_the_page(blocks: list[str], titled: bool) -> None:
    """The HTML parser repairs `<a href><p>…</p></a>` into an empty copy of the link and linked blocks; the copy
    (an empty tab stop, axe-core's `link-name`, and a warning blaming the editor) is removed (load/splitlinks.py)."""
    inner = "".join(f"<{b}>{'<li>item</li>' if b == 'ul' else f'words of {b}'}</{b}>" for b in blocks)
    title = ' title="The report"' if titled else ""
    source = f'Lead paragraph.\n\n<a href="https://example.org/r"{title}>{inner}</a>\n\nAfter.\n'
    html = MarkdownRenderer().render(source, "b")
    assert not re.search(r'<a href="https://example.org/r"[^>]*></a>', html), html
    assert unnamed_parts(source, html) == ()
    assert "words of" in html or "item" in html
