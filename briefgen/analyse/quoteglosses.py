"""A quotation in another language followed by its translation in parentheses, the frame after both:

    「誠に申し訳ございません」 ("We are truly sorry"), Hondaka said.      # both Hondaka's
    «Nous sommes désolés» ("We are sorry"), Mori said.

`glossed_end` gives where the original's frame is read from: after the parenthesised gloss, not at the original's
closing mark, so that the frame that attributes the gloss attributes the original too (T28 F5, FX90: the Japanese
words had no speaker and the English gloss had Hondaka). Only a gloss that is itself a quotation, alone in its
parentheses (a closing comma or period allowed inside): `"…" (Reuters)`, `"…" (in Japanese)` stay as they were.
A gloss without marks, `「…」 (We are truly sorry), Mori said`, was read already (the frame skips a parenthesis).
Used by quotes._quotes; pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_OPEN = re.compile(r"[ \t]*\(")
_CLOSE = re.compile(r"[,.]?\)")


def glossed_end(text: str, close_end: int, spans: Sequence[tuple[int, int]], n: int) -> int:
    """`close_end` (the offset after quotation `n`'s closing mark in `text`, marks paired as quotemarks.pair_marks
    pairs them; `spans[n]`: its inside, without marks) moved past a parenthesised quotation that directly follows it
    (`spans[n + 1]`, then ")" ); else `close_end` unchanged."""
    if n + 1 >= len(spans) or (opened := _OPEN.match(text, close_end)) is None or opened.end() != spans[n + 1][0] - 1:
        return close_end
    closed = _CLOSE.match(text, spans[n + 1][1] + 1)
    return closed.end() if closed is not None else close_end
