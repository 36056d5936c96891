"""The zone a live blog's entries' clocks are labelled with ("**00:10 GMT**"), which says on what clock they are.

    entry_zone(text)                     # 0 for "00:10 GMT" entries, 60 "BST"/"CET", 120 "CEST"; UNLABELLED, MIXED
    clock_offset(zone, written)          # the offset its entries are read on: the label's, else its writer's

FX95 (BR55): a blog dated 15:30 +09:00 whose entries read "**00:10 GMT**" to "**06:00 GMT**" was read on its date's
+09:00 clock (FX86: livedays.entries_at), its entries placed on the day before, 15:10 to 21:00 UTC on the 28th: it
joined the day before's report of its strike, and missed its own day's. A clock labelled with a zone is that zone's
(liveblog._CLOCK's labels: GMT and UTC +00:00, BST and CET +01:00, CEST +02:00), whatever the offset its date is
written with. Entries labelled with two offsets (an hour's change of clocks, or a quoted time) are unsure: read on no
writer's clock (livedays' guess, joined only when sure: FX80). Unlabelled entries of a labelled blog are on its
label's clock (a blog labels its first entry, or all). Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.liveblog import _ENTRY, live_blog

ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120}  # minutes east of UTC
UNLABELLED = 10_000  # no entry's clock is labelled with a zone (a sentinel, beyond any offset)
MIXED = -10_000  # entries' clocks are labelled with two offsets (a sentinel, beyond any offset)
# Written in capitals right after the clock: a breaker (BR58) had a French entry "11:20 Cet accord est rejeté" read
# as CET, which moved its whole blog six hours (liveblog._CLOCK reads the label in any case, for the entry's shape)
_LABEL = re.compile(r"[\d.mM](?:\*\*|__|\*|_)?\s+(GMT|UTC|BST|CEST|CET)\b")


def entry_zone(text: str) -> int:
    """The UTC offset in minutes east that the entries' clocks of a live blog's plain `text` are labelled with
    (`ZONES`: "00:10 GMT" 0, "9.05am BST" 60, "14:00 CEST" 120); MIXED when labels give two offsets; UNLABELLED for
    a blog whose clocks carry no label and for any other text (liveblog.live_blog). Module docstring."""
    if not live_blog(text):
        return UNLABELLED
    start = text.lstrip()
    found = {ZONES[label.group(1)] for m in _ENTRY.finditer(start) if (label := _LABEL.search(m.group()))}
    return UNLABELLED if not found else found.pop() if len(found) == 1 else MIXED


def clock_offset(zone: int, written: int | None) -> int | None:
    """The UTC offset in minutes east a live blog's entries' clocks are read on (livedays.entries_at's `written`):
    its label's, `zone` (`entry_zone`); with no label its writer's, `written` (Article.written_offset: None when not
    written); None, no clock known, when its labels give two offsets (MIXED)."""
    return written if zone == UNLABELLED else None if zone == MIXED else zone
