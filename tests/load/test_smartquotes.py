"""`smartquotes.smarten` without code, pre or kbd (most bodies): each quote found and read where it is gives what
one pass over tags and quotes with a callback for each gave (`test_markup.reference_smarten`), for quotes in
attributes, at a piece's start or end, after a stray "<" or ">", and in long texts, in time linear in their length."""
from __future__ import annotations

import time

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load.smartquotes import smarten
from tests.load.test_markup import reference_smarten

PIECES = ['"', "'", "&quot;", "&#39;", "&amp;", "&", "quot;", "a", "b", "1", "é", " ", "\n", "(", "\u2014", "-",
          "<p>", "</p>", '<a title="x\'y">', '<a href="', '">', "</a>", "<", ">", "<br>", "<codex>", "<em>", "</em>"]


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_smarten_without_code_equals_one_pass(fragment: str) -> None:
    assert smarten(fragment) == reference_smarten(fragment)


def test_quotes_in_and_out_of_tags() -> None:
    assert smarten('<p title="a \'b\'">"It\'s" she said <a href="x">\'here\'</a> "end</p>') == (
        '<p title="a \'b\'">\u201cIt\u2019s\u201d she said <a href="x">\u2018here\u2019</a> \u201cend</p>')
    assert smarten('a < "b" > "c" <') == reference_smarten('a < "b" > "c" <')  # stray marks: text


def test_many_quotes_without_tags_take_linear_time() -> None:
    """A text of 400,000 quotes and no tag: the text between quotes is read once, not from the start each time."""
    started = time.process_time()
    assert smarten('"a" ' * 200_000) == "\u201ca\u201d " * 200_000
    assert time.process_time() - started < 20  # (quadratic: hours)
