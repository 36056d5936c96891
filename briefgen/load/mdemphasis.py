"""Emphasis with every character of the text kept (the Markdown renderer's instances).

python-markdown 3.11 pairs `*` and `_` in one pass over a text (`DelimiterProcessor`), and two of
its paths published emphasis that had eaten characters of the text, without a word (found by
the editors' Markdown property test, tests/load/test_editor_bodies.py):

- it hands out the emphasis found in that pass one at a time, as the inline loop reaches each
  `*` or `_` again, counting from where it expects the loop to stop next. A `*` or `_` that opens
  nothing (one between spaces, "5 * 3", the left-over of `**c*`, a closing `x_`) between two of them
  stops the loop where it does not expect, and the emphasis after it was placed that many
  characters early: "**c* * *hello*" was published "*<em>c</em> <em> *hel</em>o*", the "l" gone;
- where CommonMark's "rule of 3" keeps a closing `*` from an opening `**` and lets it close an
  earlier `*`, it still paired the `**`, two characters wide: "q*_**a*b" lost its "b"
  ("q*_<strong>a</strong>").

`keep_emphasis_text` lets a `*` or `_` that cannot open pass as text while emphasis waits, as
python-markdown does when none waits, so the next is placed from where it stands; and any
emphasis whose text is not the source's between its marks (less the marks) is refused: its first
run of marks is published as text, and the rest of the line read again from there.
"""
from __future__ import annotations

from typing import Any

import markdown
from markdown.inlinepatterns import DelimiterProcessor


def keep_emphasis_text(md: markdown.Markdown) -> None:
    """Make `md`'s emphasis processor keep every character of the text (see the module)."""
    if "em_strong" not in md.inlinePatterns:
        return  # (a body without * or _: mdlean leaves the pattern out)
    processor = md.inlinePatterns["em_strong"]
    if not (isinstance(processor, DelimiterProcessor) and hasattr(processor, "regions")
            and hasattr(processor, "get_match") and hasattr(processor, "delimiters")):
        return  # another python-markdown than the 3.11 this was written against: leave it be
    handle = processor.handleMatch
    marks = "".join(processor.delimiters)

    def handle_match(match: Any, data: str) -> Any:
        at = match.start(0)
        if processor.regions:
            found = processor.get_match(data, at)
            if found is None:  # (as python-markdown skips a `*` that opens nothing when nothing waits)
                found = processor.delimiters[data[at]].bad.match(data, at)
                return None, at, found.end(0) if found is not None else match.end(0)
            if found.lastgroup[0] == "e":  # a closer left over: emphasis to place starts at an opener
                return None, found.start(0), found.end(0)
        element, start, end = handle(match, data)
        if element is None or _bare("".join(element.itertext()), marks) == _bare(data[start:end], marks):
            return element, start, end
        processor.reset()
        run = at
        while run < len(data) and data[run] == data[at]:
            run += 1
        return None, at, run

    processor.handleMatch = handle_match  # type: ignore[method-assign]


def _bare(text: str, marks: str) -> str:
    for mark in marks:
        text = text.replace(mark, "")
    return text
