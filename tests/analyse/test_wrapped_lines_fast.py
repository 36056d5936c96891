"""wrappedlines.unwrapped replaces exactly the white-space runs that hold one newline (2026-12-05).

The first version substituted every run of white space holding a newline through a Python callback (~0.8 ms an
article of a cold build); now a text whose newlines all come in pairs is returned as it is. This compares it with
the first version over any text of words, spaces, tabs, carriage returns and newlines: the same string, the same
length, and the same object when nothing changes
(also for the three newlines the build's plain text puts around a block quotation, 2026-12-06).
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.wrappedlines import unwrapped

_BREAKS = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)*[ \t\r]*")  # the first version's runs


def reference(text: str) -> str:
    return _BREAKS.sub(lambda m: m.group() if m.group().count("\n") > 1 else " " * len(m.group()), text)


@given(st.text(alphabet="ab \t\r\n\u00a0", max_size=60))
@settings(max_examples=examples(400), deadline=None)
def test_same_as_the_first_version(text: str) -> None:
    assert unwrapped(text) == reference(text)
    assert len(unwrapped(text)) == len(text)
    if reference(text) == text:
        assert unwrapped(text) is text or "\n" in text.replace("\n\n", "")


def test_blank_lines_kept_lone_newlines_spaced() -> None:
    assert unwrapped("said Mark\nBishop, the chair.\n\nNext.") == "said Mark Bishop, the chair.\n\nNext."
    assert unwrapped("a \n \n b") == "a \n \n b"
    assert unwrapped("\nx\n") == " x "
    text = "One paragraph.\n\nAnother paragraph."
    assert unwrapped(text) is text
    quoted = "The minister spoke.\n\n\n“We will not back down.”\n\nNext."  # the build's plain text around a quotation
    assert unwrapped(quoted) is quoted
