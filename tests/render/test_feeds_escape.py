"""The feeds' escaping equals the standard library's `xml.sax.saxutils` for any text (hypothesis).

render/feeds.py does not import saxutils (its imports cost 12 ms of every one-edit build),
so this property is what keeps the feeds' bytes as they were.
"""
from __future__ import annotations

from xml.sax.saxutils import escape as sax_escape, quoteattr as sax_quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render.feeds import escape, quoteattr

TEXT = st.text(st.sampled_from("ab&<>\"'\n\r\t ;é#") | st.characters(), max_size=40)


@settings(max_examples=examples(500), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(TEXT)
def test_escape_and_quoteattr_equal_saxutils(text: str) -> None:
    assert escape(text) == sax_escape(text)
    assert quoteattr(text) == sax_quoteattr(text)


def test_reported_forms() -> None:
    assert quoteattr('say "hi" & \'bye\'\n') == '"say &quot;hi&quot; &amp; \'bye\'&#10;"'
    assert escape("<a & b>") == "&lt;a &amp; b&gt;"
