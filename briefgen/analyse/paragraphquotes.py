"""Whether a quotation with no frame of its own may take the speaker of a quotation before it across a paragraph.

    runs_on(text, previous_end, open_mark)   # text: paired marks (quotemarks.pair_marks); offsets of quotes.py

The analyses read a body as `load.plaintext.plain_blocks` gives it: each block — a paragraph, a block quotation
(Markdown `>` lines, `<blockquote>` of imported HTML), a list item, a heading — is one paragraph, a blank line
between. A quotation alone in its sentence continues the one before (quotes.py, frame 4, "continued"); within one
paragraph always, into the next only where the press writes a quotation over several paragraphs: AP and Reuters style
leaves the first paragraph's quotation open (no closing mark) and opens the next paragraph with a quotation mark.
`quotemarks.quotations` ends such a quotation at the next paragraph's opening mark, so its end is an opening mark.

Issue 9, 2026-12-05 (a tester's port-strike briefing, /tmp/t10, finding 4): a memo quoted in a `<blockquote>` right
after "“We learn about our own future from a leaked document,” she said." was given to the union leader who said it,
on her People page and the story page; she opposes the memo. A closed quotation and a block after it are two texts.
Left: `quotes._reported` still reads the paragraph before a quotation alone ("X told reporters that storage was full."
then "“We can cover the gap.”": tests/analyse/test_reported_then_quoted.py), a block quotation too — the text has no mark
of which block is a quotation of a document (load/plaintext.plain_blocks writes every block alike).
"""
from __future__ import annotations

import re

_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: where plain_blocks ends a block (quoteframes._PARAGRAPH_BREAK)
_OPENING = frozenset("\u201c\"")  # the opening marks of quotemarks.quotations, after pair_marks


def runs_on(text: str, previous_end: int, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` may continue the one whose words end at `previous_end` (the offset
    of its closing mark, or of the next quotation's opening mark where it never closed): no paragraph break between
    them, or one that a quotation left open runs over (module docstring). `text`: paired marks (pair_marks)."""
    if previous_end < 0 or _BREAK.search(text, previous_end, open_mark) is None:
        return True
    return text[previous_end:previous_end + 1] in _OPENING and previous_end == open_mark

