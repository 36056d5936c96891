"""A code block or table inside a link gets no `tabindex` (render/scrollers.py): HTML allows none in an `<a>`.

BR12 (2026-12-06): feeds wrap blocks in links (`<a href="…"><pre>…</pre></a>`, a teaser table in a link);
the theme's `tabindex="0"` on every `<pre>` and `<table>` made such an imported article's page invalid
("An element with the attribute tabindex must not appear as a descendant of the a element"). A block
outside links keeps it, for keyboard scrolling (WCAG 2.1 SC 2.1.1). Real bodies, rendered and built;
the page is checked with the Nu Html Checker.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.render.scrollers import reachable_scrollers
from support.examples import examples
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site

_TAG = re.compile(r"<(/?)(a|pre|table)\b([^>]*)>")

LEAVES = st.sampled_from(["<pre>x = 1</pre>", "<table><tr><td>c</td></tr></table>", "text", "<abbr>A</abbr>",
                          "<p>p</p>"])
BODIES = st.recursive(LEAVES, lambda inner: st.one_of(
    st.lists(inner, min_size=1, max_size=3).map("".join),
    inner.map(lambda html: f'<a href="https://example.org/x">{html}</a>'),
    inner.map(lambda html: f"<blockquote>{html}</blockquote>")), max_leaves=8)


@settings(max_examples=examples(200), deadline=None)
@given(BODIES)
@example('<a href="https://example.org/x"><pre>code</pre></a><pre>y</pre>')
def test_a_block_gets_tabindex_exactly_when_no_link_holds_it(body: str) -> None:
    out = reachable_scrollers(body)
    assert re.sub(r' tabindex="0"', "", out) == body  # nothing else changes
    links = 0
    for closing, name, attributes in _TAG.findall(out):
        if name == "a":
            links += -1 if closing else 1
        elif not closing:
            assert ('tabindex="0"' in attributes) == (links == 0), (body, out)


def test_an_imported_block_in_a_link_is_published_valid(tmp_path: Path) -> None:
    require_vnu()
    body = ('<div>\n<p>Teaser:</p><a href="https://example.org/story"><pre>code in a link</pre></a>'
            '<a href="https://example.org/t"><table><tr><td>table in a link</td></tr></table></a>'
            "<pre>a block outside</pre>\n</div>\n")
    root = write_site(tmp_path, {**MINIMAL_SITE, "content/articles/linked.md":
                                 f"---\ntitle: Linked blocks\nsource: Wire\npublished: 2023-05-10\n---\n{body}"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    page = root / "output/articles/linked/index.html"
    text = page.read_text(encoding="utf-8")
    assert "<pre>code in a link</pre>" in text and '<pre tabindex="0">a block outside</pre>' in text
    assert validate_html([page]) == []
