"""An article's summary is the text of its first paragraph with words, never a footnote, never empty by accident.

A body opening with an image ("![Chart](…)" then the lead) had an empty summary: the front page,
listings, meta description, JSON-LD and topic feed showed nothing for it. A body of a list and a
footnote was summarised by the footnote's text. `documents.summarise` now takes the first
paragraph that has text before the footnotes, else the text of the body before them. Checked
as a property over bodies of image paragraphs, lists, paragraphs and footnotes, and on a real build.
"""
from __future__ import annotations


from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.documents import summarise
from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=examples(40), deadline=None)
@given(images=st.lists(WORDS, max_size=2), items=st.lists(WORDS, max_size=3), text=st.one_of(st.none(), WORDS),
       text_first=st.booleans(), note=WORDS)
@example(images=["Chart of gas flows"], items=[], text="The lead", text_first=True, note="A source")
@example(images=[], items=["Point one", "Point two"], text=None, text_first=False, note="A footnote text")
def test_the_summary_is_the_first_text_before_the_footnotes(images: list[str], items: list[str], text: str | None,
                                                            text_first: bool, note: str) -> None:
    listed = "\n".join(f"- {item}[^n]" for item in items)
    lead = [text + "[^n]"] if text else []
    blocks = [f"![{alt}](https://example.org/chart.png)" for alt in images] + (
        lead + [listed] if text_first else [listed] + lead)
    body = "\n\n".join(block for block in blocks if block) + f"\n\n[^n]: Footnote {note}\n"
    summary = summarise(RENDERER.render(body, "a"))
    assert summary == (text if text else " ".join(items)), body
    assert "Footnote" not in summary

# The concrete input on a real site: tests/test_editor_markdown.py.
