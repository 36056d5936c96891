"""Where a dateline's place words start in a text, so that "HARWICK, England (AP) —" names no organisation "HARWICK"
(moved out of names.py unchanged on 2026-12-05, to keep that module under the house's 400 lines).

    dateline_places(text)   # -> {offsets of each word of each dateline's place}

A pure function of the text.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import ORG_NAMES
from briefgen.load.datelines import BEFORE_COLON, PLACE, upper_place

# A dateline: a paragraph that opens with a place in capitals, then perhaps its country or state and a date,
# perhaps the agency in brackets, then a dash ("HARWICK, England (AP) —", "HARWICK, England, Oct 2 (Reuters) -",
# "WASHINGTON —", "SEOUL, Feb. 26 (Yonhap) --" as Yonhap and Nikkei write it; but "NATO — the alliance …": a
# known organisation before a dash alone). The place is no organisation, as an acronym in capitals would be.
_PARTS = (PLACE +  # (in capitals of any alphabet, "BIAŁYSTOK (PAI) —": load/datelines.py)
          r"(?P<more>,[ \t]+[^\n(\u2014\u2013]{1,40}?)?[ \t]*(?P<agency>\([^)\n]{1,40}\)[ \t]*)?"
          rf"(?:[\u2014\u2013]|--?|{BEFORE_COLON}:)[ \t]")  # ("ARDEN:", "NEW DELHI, Dec 1:")
DATELINE = re.compile(rf"^[ \t]*(?={_PARTS})", re.M)
# DATELINE after a newline: a pattern that opens with its literal is scanned for from newline to newline, where one
# opening with ^ is tried at every character (~45 µs a 5 kB article, 2026-12-06); the text's start is matched alone.
_AFTER_NEWLINE = re.compile(rf"\n[ \t]*(?={_PARTS})")
# The same, the dateline itself matched (with the spaces after its dash): what a reprint adds, changes or cuts
# (copies.copy_prints leaves it out of a sentence's print).
WHOLE_DATELINE = re.compile(rf"^[ \t]*{_PARTS}[ \t]*", re.M)


def dateline_places(text: str) -> set[int]:
    """Where each word of a dateline's place starts (`DATELINE`): "ST. BRENN —" is one place, and a hostile re-test got
    an organisation "BRENN" where only the first word's start was skipped; a known organisation before a dash or a
    colon alone ("NATO —", "BBC:") is no dateline."""
    starts: set[int] = set()
    first = DATELINE.match(text)
    for m in (*((first,) if first else ()), *_AFTER_NEWLINE.finditer(text)):  # (DATELINE's matches)
        if not upper_place(m):
            continue
        if m.group("more") or m.group("agency") or m.group("place").lower() not in ORG_NAMES:
            starts.update(word.start() + m.start("place") for word in re.finditer(r"\S+", m.group("place")))
    return starts
