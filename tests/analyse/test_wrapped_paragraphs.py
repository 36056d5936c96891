"""A paragraph hard-wrapped in its source is read as it is shown, on one line (wrappedlines.py, 2026-12-05).

A hostile re-test wrote "… said Mark\\nBishop, the chair …" in a hand-wrapped paragraph: name runs and sentences end
at a newline, so names_in, quotes_in and find_people read "Mark" and "Bishop" as two names and gave the quotation to
"Mark" (the build's plain text had one space there, but the functions are public and read the text as given). Of the
bakery and storks trials' articles wrapped at 20 to 79 columns, 89 readings differed. A newline inside a paragraph is
now a space; a blank line still ends the paragraph.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.wrappedlines import unwrapped
from analyse.evaluation import site_articles  # (after briefgen's: it puts this checkout first on sys.path)

STORIES = Path(__file__).resolve().parents[1] / "stories"
ARTICLES = [article for name in ("bakery", "storks") for _, article in sorted(site_articles(STORIES / name)[1].items())]


def _wrapped(text: str, width: int) -> str:
    """`text` with each paragraph hard-wrapped at `width` columns, as an editor writes Markdown by hand."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
                       for p in text.split("\n\n"))


def _read(title: str, text: str) -> tuple:
    people = find_people(title, text)
    return ([(q.text, q.name, q.frame, q.start) for q in quotes_in(title, text)],
            [(m.surface, m.full, m.kind, m.start) for m in names_in(title, text)], people.named, people.quotes)


@settings(max_examples=examples(30), deadline=None)
@given(st.integers(0, len(ARTICLES) - 1), st.integers(12, 90))
@example(ARTICLES.index(next(a for a in ARTICLES if "Chandran said" in a[1])), 20)
def test_a_wrapped_paragraph_reads_as_the_unwrapped_one(at: int, width: int) -> None:
    title, text, _ = ARTICLES[at]
    assert _read(title, _wrapped(text, width)) == _read(title, text)


@pytest.mark.parametrize("gap", ["\n", " \n", "\n\t", " \r\n "])
def test_the_reported_input(gap: str) -> None:
    text = (f"\u201cWe will protect the birds whatever it costs,\u201d said Mark{gap}Bishop, the chair of the County Bird"
            " Trust.\n\nThe tower is safe.")
    assert [" ".join(q.name.split()) for q in quotes_in("Nest", text)] == ["Mark Bishop"]  # (spaces as written)
    assert "Mark Bishop" in [" ".join(m.full.split()) for m in names_in("Nest", text)]
    assert unwrapped(text).count("\n") == 2 and len(unwrapped(text)) == len(text)


def test_a_blank_line_still_ends_a_paragraph() -> None:
    for blank in ("\n\n", "\n \n", "\r\n\r\n", "\n\t\n\n"):
        assert unwrapped(f"said Mark{blank}Bishop") == f"said Mark{blank}Bishop"
