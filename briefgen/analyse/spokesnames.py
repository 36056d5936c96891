"""A one-word name that an article writes only before a spokesperson noun ("A Northsound spokesman said …") is an
organisation's, which the spokesperson speaks for.

    spokesperson_only(text, "Northsound")   # -> True when every mention is "a/an/one Northsound spokes(man|woman|person)"

A one-word name reads as a person's (nameruns.classify), and orgvoices.py gives a spokesperson's words to the
organisation a name stands for only when the article shows it to be a firm (orgnames.shown_firm) or names it in full
("Northsound Ferries"). The ferry trial (tests/stories/ferry/, 2026-12-05) lost courier-strike-day's "A Northsound
spokesman said all four of the day's crossings had been cancelled … ‘We regret the disruption …,’ he said.": the
article writes the company only so. A person's spokesperson is written "a spokesman for Biden" or "Biden's
spokesman", and a person spoken for attributively ("a Biden spokesman") is named elsewhere in the article — in full
("Joe Biden", which the caller checks: no person is named in full with the word), with an honorific ("Mr Biden"), or
as the subject of a sentence ("Biden said"). So the name is the organisation's only when the article writes it
nowhere but in such attributive spokesperson phrases: one mention elsewhere, of any kind, and it stays no one's
(precision first). Left: an article that writes a person's name only so ("A Biden spokesman said …" and no other
mention of Biden) would give the words to "Biden" as an organisation; none of the labelled sets holds one.
"""
from __future__ import annotations

import re


def spokesperson_only(text: str, surface: str) -> bool:
    """Whether `surface`, one capitalised word, is written in `text` (an article's plain text) only right after "a",
    "an" or "one" (a press, chief or senior spokesperson too) and right before "spokesman", "spokeswoman" or
    "spokesperson" (module docstring)."""
    if not surface[:1].isupper() or not surface.isalpha():
        return False
    word = re.escape(surface)
    mentions = len(re.findall(rf"(?<![\w'\u2019.-]){word}(?![\w'\u2019-])", text))
    attributive = len(re.findall(rf"(?<![\w'\u2019])(?:[Aa]n?|[Oo]ne)[ \t]+(?:(?:chief|senior|press)[ \t]+)?{word}[ \t]+"
                                 r"spokes(?:man|woman|person)\b", text))
    return mentions > 0 and attributive == mentions
