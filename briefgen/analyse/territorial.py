"""A peer's or a royal's territorial designation, part of the one person's name: "Lord Smith of Finsbury", "Baroness
Hale of Richmond", "Prince Harry of Wales", "Queen Margrethe of Denmark".

    designation(text, end, "Lord")    # -> " of Finsbury" when text[end:] is " of Finsbury said …"

Takes the text, the end of a one-word name and the title word before it; gives " of " and the place as written, or ""
(since 2026-12-05: a trial's "Prince Harry of Wales said" gave a person "Harry", "Lord Smith of Finsbury told peers"
a person "Finsbury" besides "Lord Smith"). The place is one to three capitalised words after "of" that end the name
and are no organisation's (nameruns.classify): "DI Vale of Harcastle Police" is a person and the body she works for
(no peer's or royal's title), and so would "Lord Smith of Harcastle Council" be. Used by names.py (the mention's full
name, and no mention of the place as a name) and fullnames.py (a speaker's full name).
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import PEERAGE, ROYAL_TITLES
from briefgen.analyse.nameruns import ORGANISATION, classify

TERRITORIAL_TITLES = PEERAGE | ROYAL_TITLES
_WORD = rf"{CAPITAL}[\w'\u2019\-]*"
_OF = re.compile(rf"[ \t]+of[ \t]+(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![ \t]+{CAPITAL})(?![\w'\u2019\-])")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# "<Title> <Name> of " right before a run: the run may be the designation's place, no name of its own
_HOLDER_BEFORE = re.compile(rf"(?<![\w'\u2019\-])(?P<title>{_WORD})[ \t]+(?P<name>{_WORD})[ \t]+of[ \t]+$")


def designation(text: str, end: int, title: str) -> str:
    """" of <Place>" after a one-word name ending at `end` whose title word is `title` (lexicon.PEERAGE or
    lexicon.ROYAL_TITLES; any other title gives ""), as the module docstring says; else ""."""
    if title.lower() not in TERRITORIAL_TITLES:
        return ""
    found = _OF.match(text, end)
    if found is None:
        return ""
    place = _POSSESSIVE.sub("", found.group("place"))  # "Lord Smith of Finsbury's bill"
    kind = classify(place.split())
    return "" if kind is not None and kind[0] == ORGANISATION else " of " + place


def designated_place(text: str, start: int) -> bool:
    """Whether the run at `start` is the place of a designation before it ("Finsbury" in "Lord Smith of Finsbury")."""
    holder = _HOLDER_BEFORE.search(text, max(0, start - 60), start)
    return holder is not None and designation(text, holder.end("name"), holder.group("title")) != ""
