"""A paragraph hard-wrapped in its source (one newline inside it) read as it is shown: on one line.

    text = unwrapped(text)   # "said Mark\nBishop, the chair" -> "said Mark Bishop, the chair" (same length)

The build's plain text already has one space between a paragraph's words and a blank line between paragraphs
(load.plaintext.plain_blocks); the readers of names and quotations (names.mentions_in, quotes.quotes_in,
people.find_people) are public functions that others call with the text as written, where a hand-wrapped
paragraph keeps its newlines. Name runs (nameruns.RUN: words joined by spaces or tabs only) and sentences end at a
newline, so "said Mark\nBishop, the chair of the trust" gave the quotation to "Mark" and a person "Bishop"
(2026-12-05, a hostile re-test: of the bakery and storks trials' 46 articles wrapped at 20 to 79 columns, 89 of
230 readings differed from the unwrapped text's). A newline with no blank line before or after it is a space; a
blank line (two newlines, with spaces, tabs or carriage returns between them) still ends a paragraph. Each
character is replaced one for one, so every offset into the text holds.
"""
from __future__ import annotations

import re

_BREAKS = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)*[ \t\r]*")  # white space that holds one newline or more


def _spaced(match: re.Match[str]) -> str:
    run = match.group()
    return run if run.count("\n") > 1 else " " * len(run)


def unwrapped(text: str) -> str:
    """`text` with each newline inside a paragraph (one newline, no blank line) and the spaces, tabs and carriage
    returns around it as spaces, one for one (module docstring); paragraph breaks are kept as written.

    A text whose newlines all come in pairs ("\n\n": the build's plain text, blank lines only) holds no lone one and is
    returned as it is, after two `str.count` (~1 µs a 5 kB article; a lone newline is in no pair, so it is never missed); only the others are searched run by run, through a
    Python callback (~130 µs a 5 kB article: six calls an article, titles and texts of three readers, were ~0.8 ms an
    article of a cold build; 2026-12-05, timeit on 200 benchmark articles).
    """
    if text.count("\n") == 2 * text.count("\n\n"):  # every newline in a pair (counts copy nothing: ~1 µs a 5 kB text)
        return text
    if _NOT_PAIRED.search(text) is None:  # runs of two or more newlines only: a quotation's three (below)
        return text
    return _BREAKS.sub(_spaced, text)


# A newline that `_spaced` changes (no newline either side of it) or that touches a space, tab or carriage return (its
# run is then judged by `_spaced` itself). Where this finds none, every run of white space holding a newline is two or
# more newlines alone, which `_spaced` keeps: nothing changes. The build's plain text puts three newlines around a
# block quotation, which the counts above take for a lone one: all 200 of 200 benchmark articles went through the
# callback (~82 µs a call, six an article: 3.0 s of a 10,000-article cold build's CPU, py-spy); this search is
# ~10 µs (timeit, 2026-12-06). It starts with its literal, so the engine jumps from newline to newline.
_NOT_PAIRED = re.compile(r"\n(?:(?<!\n\n)(?!\n)|[ \t\r]|(?<=[ \t\r]\n))")
