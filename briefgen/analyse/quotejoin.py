"""One spoken quotation that its own frame splits in two, read as one quote for the People pages.

    from briefgen.analyse.quotejoin import joined
    joined(quotes_in(title, text), text)   # -> the same quotes, the parts of a split quotation as one

Quote attribution (quotes.py) returns each pair of quotation marks as a quote of its own, with offsets: the
evaluations score them so. A reader of a People page sees one thing said, and a trial's page showed two:
'"This is not rationing yet," said Nikos Theodorou. "It is what keeps us away from rationing."' and
'“We will,” she said, “not back down.”' (docs/people.md, "Split quotations"). Two quotes are one when
- the second takes its speaker from the first (frame "interrupted": its frame splits one sentence; or
  "continued": the next quotation, in the frame's own sentence or the one after it) and names the same one;
- only the frame stands between them: the same paragraph, no other quotation, at most `MAX_FRAME` characters,
  and at most one sentence's end (the frame's: '… ," said X. "…').
Joined, a sentence the frame interrupts reads with an ellipsis where the frame stood ("We will … not back down."),
as newspapers shorten a quote; a second sentence follows the first's full stop, which the comma before the
frame stood for ("This is not rationing yet. It is what keeps us away from rationing."). A quotation that a
paragraph break, another quotation or a second sentence of narration parts from the first stays apart.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from briefgen.analyse.quoteresult import Quote
from briefgen.analyse.quotesplits import LONG_FRAME
from briefgen.analyse.sentences import ends

MAX_FRAME = 120  # characters between the two parts: "," said the water company's spokesperson Nikos Theodorou. "
# … when the second part's frame is "interrupted": the frame (quotesplits.LONG_FRAME), its verb, a time ("said on
# Monday") and the marks ("“…,” Priya Ranganathan, the chair of the parents' group, speaking outside the town hall, a
# mother of two, said on Monday, “…”": a trial's page showed two quotes, 2026-12-05)
MAX_INTERRUPTION = LONG_FRAME + 40
JOINING = frozenset(("interrupted", "continued"))
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'\u201d\u2019\u00bb]|$)")
_ENDED = re.compile(r"[.!?\u2026][\"'\u201d\u2019]?$")
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u300c\u300d\u300e\u300f"


def joined(quotes: Iterable[Quote], text: str) -> list[Quote]:
    """`quotes` (of one article, in text order; offsets into `text`, or into the title when `in_title`) with each
    quotation its own frame splits joined into one `Quote` (module docstring): the first part's offsets, frame
    and sentence, the words of both. Pure; quotes without a speaker are never joined."""
    result: list[Quote] = []
    for quote in quotes:
        last = result[-1] if result else None
        if last is not None and _continues(last, quote, text):
            result[-1] = replace(last, text=_words_of(last.text, quote.text), end=quote.end)
        else:
            result.append(quote)
    return result


def _continues(first: Quote, second: Quote, text: str) -> bool:
    """Whether `second` is the rest of what `first` quotes, only their frame between them."""
    if (second.frame not in JOINING or first.in_title or second.in_title or first.speaker is None
            or (first.name or first.speaker) != (second.name or second.speaker) or first.kind != second.kind):
        return False
    gap = text[first.end:second.start]
    if not 0 < len(gap) <= (MAX_INTERRUPTION if second.frame == "interrupted" else MAX_FRAME) or "\n" in gap:
        return False
    inner = gap.strip().strip(_MARKS + ",").strip()  # (the closing and opening marks, the comma before the frame)
    if _quoted_inside(inner):
        return False  # another quotation between them
    return sum(1 for _ in ends(_SENTENCE_END, inner)) <= 1  # (an initial's period is none: sentences.period_ends)


def _quoted_inside(inner: str) -> bool:
    """Whether the narration between two parts holds a quotation mark of its own (an apostrophe is none)."""
    return any(mark in inner for mark in "\"\u201c\u201d\u00ab\u00bb\u201e\u300c\u300d\u300e\u300f") or bool(
        re.search(r"(?<!\w)['\u2018]|['\u2019](?!\w)", inner.replace("s\u2019 ", "s ").replace("s' ", "s ")))


def _words_of(first: str, second: str) -> str:
    """The two parts as one quotation: "We will" + "not back down." → "We will … not back down."; "This is not
    rationing yet" + "It is what …" → "This is not rationing yet. It is what …"."""
    first = first.rstrip().rstrip(",\uff0c\u3001\u060c").rstrip()
    second = second.lstrip()
    if not second[:1].isupper():  # the sentence goes on
        return f"{first} \u2026 {second}"
    return f"{first} {second}" if _ENDED.search(first) else f"{first}. {second}"
