"""A removed address is named where the page lost it, never at a code example that shows it as text.

A hostile re-test (2026-12-05): `    [desk](javascript:alert(1))` (an indented code block) or a `<pre>` line holding the
same link, above the line that used it, was named instead of the use: load/unpublished.py blanked comments, fenced
code and code spans for droppedlinks.address_offset, but not indented code, a `<pre>` block's text or markup written
escaped (`<code>&lt;a href="…"&gt;</code>`). A link inside an inline `<code>` is a link (python-markdown reads
Markdown there), removed where it stands: named there.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unpublished import published_only
from support.examples import examples

RENDERER = MarkdownRenderer()
# Code that shows an address as text, one or more lines.
SHOWN = st.sampled_from(["```\n[desk]({})\n```", "    [desk]({})", '\t<a href="{}">desk</a>', "An example: `[desk]({})`.",
                         "<pre>[desk]({})</pre>", "<pre>\n[desk]({})\n</pre>", "<pre><code>![map]({})</code></pre>",
                         'Write <code>&lt;a href="{}"&gt;</code> for it.', '<pre>\n&lt;img src="{}"&gt;\n</pre>',
                         "    first line\n    [desk]({})"])
USES = st.sampled_from(["Now [the desk]({}) in text.", "Call ![the desk]({}) now.", '<p>Call <a href="{}">us</a>.</p>',
                        "Code <code>[desk]({})</code> here.", '<pre><a href="{}">desk</a></pre>'])
ADDRESSES = st.sampled_from(["tel:+44123", "javascript:alert(1)", "data:text/html,x", "sms:+44123",
                             "file:///C:/notes/x.txt"])


def _removed_lines(body: str) -> list[int]:
    return [line for line, message, _ in RENDERER.convert(body, "a").problems if "removed, and what" in message]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(address=ADDRESSES, shown=st.lists(SHOWN, min_size=1, max_size=3), use=USES, gap=st.integers(0, 2),
       after=st.booleans())
@example(address="javascript:alert(1)", shown=["    [desk]({})"], use="Now [the desk]({}) in text.", gap=0,
         after=False)  # the re-test
@example(address="javascript:alert(1)", shown=["<pre>[desk]({})</pre>"], use="Now [the desk]({}) in text.", gap=0,
         after=False)
def test_an_address_also_shown_in_code_is_named_where_it_was_removed(address: str, shown: list[str], use: str,
                                                                     gap: int, after: bool) -> None:
    lines = ["A museum theft body.", ""]
    code = [line for one in shown for line in [*one.format(address).split("\n"), ""]]
    if after:  # (the code below the use: the use comes first either way)
        lines += [use.format(address), "", *code]
        expected = 2
    else:
        lines += [*code, *[""] * gap, use.format(address)]
        expected = len(lines) - 1
    assert _removed_lines("\n".join(lines) + "\n") == [expected], lines


def test_the_reported_bodies() -> None:
    for code in ("    [desk](javascript:alert(1))", "<pre>[desk](javascript:alert(1))</pre>"):
        assert _removed_lines(f"Intro.\n\n{code}\n\nNow [the desk](javascript:alert(1)) in text.\n") == [4], code


@given(st.lists(st.sampled_from(["a", "b", "`", "<pre>", "</pre>", "<b>", "&lt;", "&gt;", "    ", "\t", "\n", "\n\n",
                                 "- ", "[x](y)", "~~~"]), max_size=30).map("".join))
def test_the_blanked_source_keeps_every_offset_and_line_end(source: str) -> None:
    blanked = published_only(source)
    assert len(blanked) == len(source)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [i for i, c in enumerate(source) if c == "\n"]
    assert all(b in (c, " ") for b, c in zip(blanked, source))
