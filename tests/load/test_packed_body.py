"""A parsed file holds its body packed (`documents.pack`): what comes out is what went in.

Bodies stay in memory from parsing to the end of a cold build and in the memo; they are held
compressed (docs/log/performance.md, "Third session of 2026-12-01"), so the round trip must be exact for any text,
through the memo's pickling too.
"""
from __future__ import annotations

import sys

from hypothesis import example, given, strategies as st

from briefgen.load.documents import ParsedFile, parse_file
from briefgen.load.markup import MarkdownRenderer
from briefgen.speed import pickling

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()))  # lone surrogates and NUL included


@given(ANY_TEXT)
@example("")
@example("<p>He said \u201cyes\u201d.</p>")
@example("\ud800 alone")
def test_any_body_comes_back_unchanged_also_through_the_memo(body: str) -> None:
    parsed = ParsedFile.of(None, (), body)
    assert parsed.body_html == body
    assert pickling.loads(pickling.dumps(parsed)).body_html == body


def test_a_parsed_body_is_the_rendered_html_and_held_in_less_memory() -> None:
    source = "---\ntitle: T\n---\n" + "\n\n".join(
        f"Paragraph {i}: the envoy said \"talks will resume\" in Geneva, officials told *Reuters*." for i in range(40))
    renderer = MarkdownRenderer()
    parsed = parse_file(source.encode(), "content/articles/a.md", "a", renderer)
    html = renderer.render(source.split("---\n", 2)[2], "a")
    assert parsed.body_html == html and "\u201c" in html
    assert sys.getsizeof(parsed.packed) * 4 < sys.getsizeof(html)  # 2 bytes a character once a curly quote is in
