"""A wire dateline opening a text ("LISFORD (Northern Wire) -", "SEOUL, Feb. 26 (Yonhap) --"): its pattern, shared by
the summary of an article (documents.summarise drops it) and the story analysis (analyse/wirecopy.py reads the agency
it credits). Defined here because the load stage may not import the analysis (tests/test_architecture.py).

A dateline is the place in capitals, perhaps a state or date, the agency in brackets, then a dash (an em or en dash, a
hyphen or two) and a space or tab. It never spans two lines.
"""
from __future__ import annotations

import re

# The place in capitals, in any alphabet ("WARSAW", "BIAŁYSTOK", "TROMSØ", "İSTANBUL", "ΑΘΗΝΑ", "КИЇВ"): words of a
# capital, then capitals, apostrophes, full stops or hyphens ("ST. BRENN", "O'HARE"). A–Z alone made "BIAŁYSTOK (PAI) —"
# an organisation "BIAŁYSTOK" (T19, 2026-12-06). Each pattern matches what a class of wide ranges would, written to
# compile fast (as analyse.capitals.CAPITAL is; tests/analyse/test_charset_forms.py compares them):
#   CAPITAL        = analyse.capitals.CAPITAL: A-Z and from U+00C0 on but punctuation and common lower-case letters
#   PLACE_CHAR     [A-Z\u00c0-\u1fff\u2070-\U0010ffff'\u2019.\-]
#   BEFORE_COLON   a look-behind at one of them, a digit or ")"   ("ARDEN:", "NEW DELHI, Dec 1:")
# They let lower-case letters from U+00C0 on through ("Żółć —"): `upper_place` refuses a place not all in capitals
# (str.isupper), as an ASCII class of capitals did.
CAPITAL = "(?:[^\x00-@\\[-\xbf](?<![\u00df-\u00ff\u2000-\u206f])(?<![\u03ac-\u03ce\u0430-\u045f]))"
PLACE_CHAR = "(?:[^\x00-&(-,/-@\\[-\xbf](?<![\u2000-\u2018\u201a-\u206f]))"
BEFORE_COLON = "(?<=[^\x00-(*-/:-@\\[-\xbf])(?<![\u2000-\u206f])"
PLACE_WORD = f"{CAPITAL}{PLACE_CHAR}+"
PLACE = f"(?P<place>{PLACE_WORD}(?:[ \t]+{PLACE_WORD})*)"
DATELINE = re.compile(rf"[ \t]*{PLACE}"
                      r"(?:,[ \t]+[^\n(\u2014\u2013]{1,40}?)?[ \t]*\((?P<outlet>[^)\n]{1,40})\)[ \t]*"
                      r"(?:[\u2014\u2013]|--?)[ \t]")


def upper_place(match: re.Match[str] | None) -> bool:
    """Whether `match` (of a pattern with PLACE's group "place") is one, its place all in capitals (str.isupper:
    "BIAŁYSTOK", "ST. BRENN"; not "Żółć", whose lower-case letters from U+00C0 on PLACE's classes let through)."""
    return match is not None and match.group("place").isupper()


def dateline_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """`DATELINE.match(text, pos)` when its place is in capitals (`upper_place`), else None."""
    match = DATELINE.match(text, pos)
    return match if upper_place(match) else None


def without_dateline(text: str) -> str:
    """`text` without the wire dateline it opens with, if any, nor the white space after it ("LISFORD (Northern
    Wire) - Westmarch Rail asked …" → "Westmarch Rail asked …"); as it is when it opens with none, or is only one.
    A trial's listings and feeds (T13, 2026-12-06) opened every agency report's summary with its dateline."""
    match = dateline_at(text) if "(" in text[:120] else None
    rest = text[match.end():].lstrip() if match is not None else text
    return rest or text
