"""The tail of an instrument's or an institution's name after "on", "against" or "into": no one's name.

    instrument_tail("under the European Convention on Human Rights", 43)   # -> True ("Human Rights")

Name runs end at a lower-case word, so "the European Convention on Human Rights" is two runs: "European Convention"
(a thing: lexicon.THING_HEADS) and "Human Rights", which read alone as a person's name of two words. FX50
(2026-12-07): a trial's People page had "Human Rights"; "the Convention on Biological Diversity", "the Treaty on Open
Skies", "the Commission on Human Rights said" gave persons "Biological Diversity", "Open Skies", "Human Rights". A run
right after "<Head> on/against/concerning/regarding (the)" whose head word is an instrument's (treaty,
convention, charter, protocol, declaration, covenant …) or a deliberative body's (commission, committee, council,
conference, court, tribunal, inquiry, panel, forum, summit, assembly) is the rest of that name. Not after a
newspaper's or a firm's word ("the Guardian on Anna Berg's case") nor a person's title ("Special Envoy on Climate
John Kerry"): those heads are not here; nor "into" ("the inquiry into Anna Berg's death"). ("of" and "for" join a run already: "the Universal Declaration of Human
Rights" is one run, a thing.)
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import PORTFOLIO_WORDS, THING_HEADS

_BODY_HEADS = frozenset("""commission commissions committee committees council conference court tribunal inquiry panel
forum summit assembly covenant framework""".split())
_HEADS = THING_HEADS | _BODY_HEADS
_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<head>[A-Z][\w'\u2019-]*)[ \t]+(?:on|against|concerning|regarding)"
                     r"(?:[ \t]+the)?[ \t]+$")


_POSSESSIVE = re.compile(r"['\u2019]s?(?!\w)")


def instrument_tail(text: str, start: int, end: int, reading: int | None = None) -> bool:
    """Whether the name text[start:end] follows an instrument's or an institution's head word and "on", "against",
    "concerning" or "regarding" (module docstring): the tail of that name, no person. Not a possessive ("the Committee
    on Anna Berg's appointment": hers). `start`, `end`: character offsets into `text` of the run; `reading`: where the
    name read from it starts (default `start`), after words of a portfolio only ("the Senate Committee on Foreign
    Relations" read "Relations" after "Foreign": BR33, 2026-12-07, a person "Relations"; not "the summit on Ukraine
    Anna Berg …": a place, then a person)."""
    reading = start if reading is None else reading
    if reading != start and not all(w.lower() in PORTFOLIO_WORDS for w in text[start:reading].split()):
        return False
    before = _BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("head").lower() in _HEADS and not _POSSESSIVE.match(text, end)
