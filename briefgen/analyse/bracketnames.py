"""An outlet's short name that its `sources:` entry writes in brackets, whatever its letters: "Somali National News
Agency (SONNA)", "Sudan News Agency (SUNA)", "Kuwait News Agency (KUNA)", "Palestine News and Information Agency
(WAFA)", "Malaysian National News Agency (Bernama)" (outletkeys.bracket_initials asks it after the initials' rules).

Many agencies' short names are no initials of their English names: they take two letters of a word ("SOmali",
"SUdan", "KUwait"), skip words or come from another language ("WAFA", "Bernama" from "BERita NAsional MAlaysia").
The editor who wrote the bracket in `sources:` gave the outlet that name, so texts that write it ("MOGADISHU (SONNA)
—", "the state news agency SONNA reported") mean the outlet. The rule (`editor_short_name`):

- capitals ("SONNA", "WAFA"): three letters or more, or digits among them, and no well-known body's, country's or
  common noun's (outletkeys._bodies' "UN", "EU", "USA", "LNG" …; placewords.PLACES: "(UAE)"); two capitals stay
  initials only ("Politico (EU)", "Reuters (UK)": BR25 #1 made "the EU said" a credit);
- a word of small letters ("Bernama", "Antara"): only when it is made of the beginnings of two or more of the name's
  words, in order (`_word_starts`: "Pertubuhan BERita NAsional MAlaysia"), never a place or other word in brackets
  ("Nation (Kenya)", "Radio Dalka (Mogadishu)").

The T23 trial (2026-12-07) credited nobody for "MOGADISHU (SONNA) —" (Gulf Horizon's copy of SONNA read as an
independent report), read AFP's "the state news agency SONNA reported" as an unlinked outlet "SONNA", and listed "SONNA"
on the People page.
"""
from __future__ import annotations

import re

from briefgen.analyse.namekeys import fold
from briefgen.analyse.placewords import PLACES


def editor_short_name(long: str, short: str, bodies: frozenset[str]) -> bool:
    """Whether `short` (a `sources:` bracket's text after the outlet name `long`) is the outlet's short name by the
    rule of the module docstring; `bodies`: the capitals that are never an outlet's (outletkeys._bodies)."""
    letters = re.sub(r"[&./\-]", "", short)
    if not letters or letters.upper() in bodies or letters.lower() in PLACES:
        return False
    if letters.isupper():
        return len(letters) >= 3 or any(c.isdigit() for c in letters)
    words = [fold(word) for word in re.findall(r"[^\W\d_]+", long)]
    return letters[:1].isupper() and letters[1:].islower() and _word_starts(fold(letters), words, 0)


def _word_starts(letters: str, words: list[str], used: int) -> bool:
    """Whether `letters` are, in order, the beginnings of `used` + two or more of `words` (words may be skipped)."""
    if not letters:
        return used >= 2
    for w, word in enumerate(words):
        for k in range(min(len(word), len(letters)), 0, -1):
            if word[:k] == letters[:k] and _word_starts(letters[k:], words[w + 1:], used + 1):
                return True
    return False
