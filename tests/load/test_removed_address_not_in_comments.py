"""A removed address is named at a line the page has, never at a comment or code example that also writes it.

A hostile re-test (2026-12-05): `<!-- [desk](tel:+44123) -->` at line 9 and `Now [the desk](tel:+44123) in text.`
at line 12 warned at line 9, and so did the example in a fenced code block: droppedlinks.address_offset searched
the source with its HTML comments and code. Now comments, fenced code blocks and code spans are passed over
(load/unpublished.py).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unpublished import published_only
from support.examples import examples

RENDERER = MarkdownRenderer()
# What writes an address but publishes nothing of it, as one or more lines.
HIDDEN = st.sampled_from(["<!-- [desk]({}) -->", "<!--\nold: [desk]({})\n-->", "```\n[desk]({})\n```",
                          "~~~ markdown\n[desk]({})\n~~~", "An example: `[desk]({})`.", "Write `<{}>` for it."])
USES = st.sampled_from(["Now [the desk]({}) in text.", "Call ![the desk]({}) now.", '<p>Call <a href="{}">us</a>.</p>'])


def _removed_lines(body: str) -> list[int]:
    return [line for line, message, _ in RENDERER.convert(body, "a").problems if "removed, and what" in message]


@settings(max_examples=examples(60), deadline=None, database=None)
@given(address=st.sampled_from(["tel:+44123", "javascript:alert(1)", "data:text/html,x", "sms:+44123"]),
       hidden=st.lists(HIDDEN, min_size=1, max_size=3), use=USES, gap=st.integers(0, 3))
@example(address="tel:+44123", hidden=["<!-- [desk]({}) -->"], use="Now [the desk]({}) in text.", gap=2)  # the re-test
@example(address="tel:+44123", hidden=["```\n[desk]({})\n```"], use="Now [the desk]({}) in text.", gap=2)
def test_an_address_also_written_in_a_comment_or_code_is_named_at_its_use(address: str, hidden: list[str],
                                                                          use: str, gap: int) -> None:
    lines = ["A museum theft body.", ""]
    for one in hidden:
        lines += [*one.format(address).split("\n"), ""]
    lines += [""] * gap
    lines.append(use.format(address))
    assert _removed_lines("\n".join(lines) + "\n") == [len(lines) - 1], lines


def test_the_reported_body() -> None:
    body = "A museum theft body.\n\n\n<!-- [desk](tel:+44123) -->\n\n\nNow [the desk](tel:+44123) in text.\n"
    assert _removed_lines(body) == [6]  # line 12 of r1.md, whose body starts at line 6


@given(st.text(alphabet="ab`~<!->\n [](): ", max_size=80))
def test_the_blanked_source_keeps_every_offset_and_line_end(source: str) -> None:
    blanked = published_only(source)
    assert len(blanked) == len(source)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [i for i, c in enumerate(source) if c == "\n"]
    assert all(b in (c, " ") for b, c in zip(blanked, source))
