"""A quotation inside another's reported claim, framed again after it: "Tom Reed held that “the contract was void”, his
lawyer said." — whose words, the claim's holder's or the frame's speaker's?

    reported_within(text, masked, verb_end, open_mark, close_end)  # -> True when the quotation is in the clause the verb before it governs

quotes._Context.attribute reads a frame after the quotation first ("“…”, Y said": Y's, as it has been since frames were
read); when that frame names no one the analyses can read ("his lawyer", "the Treasury"), a frame before it used to
win, and the words became the claim's holder's (FX41: Reed's). A speech or ruling verb before the quotation whose
reported clause ("that …", among the first 2 × THAT_AT words after it) holds the quotation is a claim that the frame
after reports: the quotation is that frame's speaker's, no one the analyses can name — never the holder's. A frame
before that governs the quotation directly ("Macron told Xi he was counting on him “…”, a line the French delegation
repeated": no "that") still names its speaker (tests/analyse/test_unread_speaker_frames.py).
"""
from __future__ import annotations

import re

from briefgen.analyse.quoteframes import THAT_AT

_WORD = re.compile(r"[^\s,;]+")


def reported_within(text: str, masked: str, verb_end: int, open_mark: int, close_end: int) -> bool:
    """Whether the quotation from `open_mark` to `close_end` (its marks' offsets: the opening mark's, the one after the
    closing mark's) of `text` (`masked`: with quotations masked, quotes.py) lies in the reported clause of the speech
    verb ending at `verb_end` (-1: no verb was read) — a "that" among the first 2 × THAT_AT words between them ("held
    that “…”", "argued in court on Monday that the deal was “…”") — and a comma parts it from the frame after it
    (“…”, Y said; “…,” said Y): "that it had “the capital and the people” to handle the claims" has no frame after it."""
    if verb_end < 0 or verb_end > open_mark or not (text[close_end - 2:close_end - 1] == "," or masked[close_end:close_end + 3].lstrip()[:1] == ","):
        return False
    words = [w.lower() for w in _WORD.findall(masked, verb_end, open_mark)][:THAT_AT * 2]
    return "that" in words
