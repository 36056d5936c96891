"""Footnote marks are not words: summaries, meta descriptions, feeds and search show the text without them.

An article "The deal[^1] was signed." was summarised "The deal1 was signed." — the footnote's
number glued to the word before it — on the front page, in the meta description and JSON-LD,
in the topic feed's item and in the search index (whose text also ended every footnote with
its back-link "↩"). `markup.plain_text` and `plain_blocks` now drop footnote references and
back-links (`without_footnote_marks`); the footnotes' own text stays searchable. Checked as a
property over bodies with references after any words, and on a real build's pages, feed and index.
"""
from __future__ import annotations


from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.documents import summarise
from briefgen.load.markup import MarkdownRenderer, plain_blocks

RENDERER = MarkdownRenderer()
WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=12)


@settings(max_examples=examples(25), deadline=None)
@given(words=WORDS, marked=st.lists(st.integers(0, 11), max_size=4), labels=st.sampled_from(["1", "note", "a-b"]))
@example(words=["The", "deal", "was", "signed"], marked=[1, 1], labels="1")
def test_summaries_and_search_text_hold_the_words_alone(words: list[str], marked: list[int], labels: str) -> None:
    written = [word + "".join(f"[^{labels}{n}]" for n in sorted(set(marked)) if n == i) for i, word in enumerate(words)]
    used = sorted({n for n in marked if n < len(words)})
    notes = "".join(f"\n[^{labels}{n}]: Source number {n}.\n" for n in used)
    html = RENDERER.convert(" ".join(written) + ".\n" + notes, "a").html
    assert html.count('class="footnote-ref"') == len(used)
    assert summarise(html) == " ".join(words) + "."
    blocks = plain_blocks(html).split("\n\n")
    assert blocks == [" ".join(words) + "."] + [f"Source number {n}." for n in used]

# The concrete input on a real site: tests/test_editor_markdown.py.
