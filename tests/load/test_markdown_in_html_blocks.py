"""Markdown written inside a raw HTML block (after a blank line, as CommonMark reads it) is a warning.

"<details>\n<summary>Background</summary>\n\nThe talks *began* in March.\n\n</details>" was
published with "*began*" as text: python-markdown reads the block as HTML up to </details>,
where CommonMark and GitHub read the part after the blank line as Markdown. Nothing said so.
`load/mdrawblocks.py` finds Markdown marks in such parts, for a warning at their line. The
property: any mark after a blank line in any block tag is one warning at its line; HTML alone
(also a part starting with a tag, as `briefgen fetch` writes a feed's paragraphs), comments and
code stay quiet.
"""
from __future__ import annotations


from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
TAGS = st.sampled_from(["details", "div", "section", "aside", "figure"])
MARKS = st.sampled_from(["The talks *began* in March.", "A **bold** claim.", "Run `make all` first.",
                         "See [the report](https://example.org/r).", "- a list item", "1. numbered",
                         "## A heading", "> a quotation", "An _emphasised phrase_ here."])
PLAIN = st.sampled_from(["<p>Plain HTML text.</p>", "Text 5 * 3 = 15 and a_b_c.", "<ul><li>An item</li></ul>",
                         "<!-- *note* -->", "<pre>*code*</pre>",
                         "<p>Rated *5 stars* by `users`</p>"])  # HTML to CommonMark too (a feed's import)


@settings(max_examples=examples(60), deadline=None)
@given(tag=TAGS, before=st.lists(PLAIN, max_size=2), mark=st.one_of(st.none(), MARKS), intro=st.booleans())
@example(tag="details", before=[], mark="The talks *began* in March.", intro=False)
def test_markdown_after_a_blank_line_in_an_html_block_is_warned_at_its_line(
        tag: str, before: list[str], mark: str | None, intro: bool) -> None:
    lines = (["Intro text.", ""] if intro else []) + [f"<{tag}>", "<summary>Background</summary>" if tag == "details"
                                                      else "<p>Start.</p>"]
    for part in before:
        lines += ["", part]
    if mark is not None:
        lines += ["", mark]
    lines += ["", f"</{tag}>", "", "After."]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "a")
    warned = [line for line, message, _ in rendered.problems if "Markdown inside the HTML block" in message]
    assert warned == ([lines.index(mark)] if mark is not None else []), rendered.problems
    if mark is not None:
        assert f"<{tag}>" in [m for _, m, _ in rendered.problems][0]

# The concrete input on a real site: tests/test_editor_markdown.py.
