"""Post-nominal letters: the letters written after a name, which end it and are no part of it.

    name_words(["Priya", "Venkataraman-Hale", "KC"])   # -> 2 (the name is the first two words)
    name_words(["Anna", "Berg", "OBE", "FRS"])          # -> 2
    name_words(["Country", "Party", "MP"])              # -> 2 (what the words are is classify's to read)

Takes the words of a capitalised run's part (runparts.parts) and gives how many of them are the name. The letters are
written as the honours' and offices' own style (the Cabinet Office's "Honours and appointments" list, the Debrett's
forms of address the BBC and the Guardian style guides follow: "Priya Venkataraman-Hale KC", "Tobias Wrenfield MP",
"Anna Berg OBE"), case as written: "MS" (a Senedd member) ends a name, "Ms" (a title before one) does not.

A trial (T11, 2026-12-06, a disputed election count) published "Priya Venkataraman-Hale KC" (filed under "KC"),
"Tobias Wrenfield MP", "Wrenfield MP" and "Tobias Wrenfield" as four people: the letters were read as the surname, and
"Ms Venkataraman-Hale" joined no full name because none ended with it. Not here: "Jr"/"Sr" and numerals ("II"), which
tell a father from a son (joined, two people would be one).
"""
from __future__ import annotations

# Offices (Westminster, Scottish, Welsh, Northern Irish, European, Irish, Ontario members; King's/Queen's Counsel),
# orders and honours (OBE ... GBE, QPM), learned societies and doctorates.
POST_NOMINALS = frozenset("""
KC QC MP MSP MS MEP AM MLA MPP TD OBE MBE CBE KBE DBE GBE QPM FRS FRSE FBA FREng PhD DPhil
""".split())


def name_words(words: list[str]) -> int:
    """How many of `words` are the name: all of them, less the post-nominal letters (`POST_NOMINALS`) that end them,
    when at least one word that is neither in capitals nor such letters stays before them ("Wrenfield MP": 1;
    "MP": 1, letters alone are read as before; "BBC MP": 2, no name's word before the letters)."""
    at = len(words)
    while at > 1 and words[at - 1] in POST_NOMINALS:
        at -= 1
    if at == len(words) or words[at - 1].isupper() or not words[at - 1][:1].isupper():
        return len(words)
    return at
