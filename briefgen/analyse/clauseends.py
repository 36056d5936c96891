"""A short quotation that ends the reported clause of a speech verb before it: the speaker's words at any distance.

    ends_reported_clause(text, masked, verb_end, open_mark, close_end)  # -> True: "X said <clause …> “…”."

quoteframes.governs gives a short quotation (quotemarks.FRAGMENT: a scare quote's shape) to the speaker of a verb
before it only within FRAGMENT_REACH words (twice that after a "that"), so that a scare quote far from a verb is no
one's. T25 F8: "Trade Minister Yoon Tae-hoon said South Korea held about five months of gallium stocks and would
“respond calmly”." had no speaker at 11 words, and had one at 8 — the distance is no sign. What is a sign is where the
quotation stands: when it closes its sentence (or the clause before a semicolon) and nothing between the verb and it
opens a clause of its own, it ends the clause the verb reports, and is the speaker's words however long that clause is.
quoteframes.governs still refuses a relative clause or another's naming between (OWN_CLAUSE, NAMING).
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemask import MASK

# What parts the verb's clause from the quotation: another quotation (MASK), a colon, a semicolon, a dash, a bracket,
# a line break; or a comma before a word that opens a clause of its own (", and prices rose to a “…”": another subject's).
_BREAK = re.compile(rf"[{MASK};:()\[\]\u2014\u2013\n]|,\s*(?:and|but|or|nor|yet|so|while|whereas|although|though|"
                    r"because|since|as|when|after|before|if|unless|until|which|who|where)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.!?;\u2026]|\n|$)")  # after the closing mark: the sentence's (or clause's) end
_TERMINAL_INSIDE = ".!?\u2026\u3002\uff01\uff1f"  # “respond calmly.”: the sentence ends inside the marks


def ends_reported_clause(text: str, masked: str, verb_end: int, open_mark: int, close_end: int) -> bool:
    """Whether the quotation from `open_mark` (its opening mark's offset) to `close_end` (the offset after its closing
    mark) of `text` ends the clause that the speech verb ending at `verb_end` reports (`masked`: `text` with its
    quotations masked, quotes.py; the same offsets): nothing in masked[verb_end:open_mark] breaks the clause
    (`_BREAK`), and the sentence or its clause ends right after the quotation, or inside its marks."""
    if verb_end < 0 or verb_end > open_mark or _BREAK.search(masked, verb_end, open_mark):
        return False
    return text[close_end - 2:close_end - 1] in tuple(_TERMINAL_INSIDE) or _CLAUSE_END.match(masked, close_end) is not None
