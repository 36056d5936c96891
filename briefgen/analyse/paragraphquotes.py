"""Whether a quotation with no frame of its own may take the speaker of a quotation before it across a paragraph.

    runs_on(text, previous_end, open_mark)   # text: paired marks (quotemarks.pair_marks); offsets of quotes.py

The analyses read a body as `load.plaintext.plain_blocks` gives it: each block — a paragraph, a block quotation
(Markdown `>` lines, `<blockquote>` of imported HTML), a list item, a heading — is one paragraph, a blank line
between, and a block quotation one line break more (`plaintext.SET_APART_BREAK`). A quotation alone in its
sentence continues the one before (quotes.py, frame 4, "continued"), within a paragraph and into the next paragraph
(BBC and Guardian copy sets each sentence of a long quotation as a paragraph of its own; AP and Reuters leave the
first paragraph's quotation open), never into a block quotation. A first rule the same night stopped at every
paragraph but the AP form: a breaker (BR8) found five common UK shapes whose speakers it lost ("Mr Reid said: “It was
terrifying.” ¶ “The water came in so fast …”").

Issue 9, 2026-12-05 (a tester's port-strike briefing, /tmp/t10, finding 4): a memo quoted in a `<blockquote>` right
after "“We learn about our own future from a leaked document,” she said." was given to the union leader who said it,
on her People page and the story page; she opposes the memo. A closed quotation and a block after it are two texts.
`leadsentences._reported` reads the paragraph before a quotation alone ("X told reporters that storage was full." then
"“We can cover the gap.”": tests/analyse/test_reported_then_quoted.py), but not into a block quotation (`into_block`).
"""
from __future__ import annotations

from briefgen.load.plaintext import SET_APART_BREAK


def runs_on(text: str, previous_end: int, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` may continue the one whose words end at `previous_end` (the offset
    of its closing mark, or of the next quotation's opening mark where it never closed): no break between them, or a
    paragraph's, not a block quotation's (module docstring). `text`: paired marks (pair_marks)."""
    return previous_end < 0 or SET_APART_BREAK not in text[previous_end:open_mark]  # (a block quotation: a document)


def into_block(text: str, end: int, start: int) -> bool:
    """Whether a block quotation opens between offsets `end` and `start` of `text` (a sentence's end and the next
    one's start): its quotation is a document's, not the words the sentence before reports ("Anna Berg said the memo
    was leaked." then a block quotation of the memo: a breaker's, 2026-12-05, late night)."""
    return SET_APART_BREAK in text[end:start]
