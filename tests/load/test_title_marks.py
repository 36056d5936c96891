"""Markdown or HTML written in a title is shown as written: a warning at the title's line says so.

`title: Gas *pipeline* talks`, `title: Tom &amp; Jerry`, `title: <em>Talks</em> resume` were
published with the asterisks, "&amp;" and tags showing on every page, in feeds and in search,
without a word (a title is plain text; only the body is Markdown). `load/titlemarks.py` finds
such marks for a warning; nothing is changed. Property: plain titles stay quiet, a title with
one mark of any kind is warned about, naming it; titles that mean their characters (Q&A,
AT&T, snake_case, __init__, 5*3) stay quiet.
"""
from __future__ import annotations


import pytest
from hypothesis import example, given, settings, strategies as st

from briefgen.load.titlemarks import title_marks, title_warning

PLAIN = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="*_`<>&[]"), max_size=40)
MARKS = st.sampled_from(["*pipeline*", "**gas**", "_Le Monde_", "`code_name`", "&amp;", "&mdash;", "&#8217;",
                         "<em>", "</strong>", "<br/>", "[report](https://x.org/a)"])


@settings(max_examples=80, deadline=None)
@given(before=PLAIN, mark=MARKS, after=PLAIN)
@example(before="Gas ", mark="*pipeline*", after=" talks")
def test_a_mark_in_a_title_is_named(before: str, mark: str, after: str) -> None:
    title = f"{before} {mark} {after}"
    found = title_marks(title)
    assert len(found) == 1 and mark in found[0], (title, found)


@settings(max_examples=80, deadline=None)
@given(PLAIN)
def test_plain_titles_stay_quiet(title: str) -> None:
    assert title_marks(title) == []


@pytest.mark.parametrize("title", ["Q&A: what next", "AT&T and T-Mobile", "snake_case_names", "Why __init__ runs",
                                   "5*3*2 and a * b", "C++ and C#", "&foo; is no reference", "Rates < 5% > 3%"])
def test_characters_meant_as_such_stay_quiet(title: str) -> None:
    assert title_warning(title) is None

# The concrete input on a real site: tests/test_editor_markdown.py.
