"""Outlets' names written in capitals, read as a title writes them (FX110, 2026-12-07).

    recased("THE TIMES OF INDIA reported that …", known)   # "The Times of India reported that …"
    title_cased("LE MONDE")                                # "Le Monde"

"THE TIMES OF INDIA reported" credited no one: the known outlets' names are matched as written (credits.py's
`known` pattern), and a name in capitals matched only where the whole of it, case-folded, is a known alias ("REUTERS",
"THE NEW YORK TIMES"). credits.detect_credits now reads each run of two words or more in capitals that holds a known
outlet's name once title-cased as a title writes it, and so credits it only where a credit frame ("X reported", "told
X", "according to X") reads it, as it reads the name in a title's case (here another outlet, "The Times of India":
outletlookalikes.within_known). The text keeps its length and offsets (only letters' case changes). A name with a
lower-case word other than a particle ("The Times of india reported") is no run of a frame (creditcues.NAME stops at
the word) and is left: running prose writes such words ("the times of india" in lower case credits no one). Pure.
"""
from __future__ import annotations

import re

# Words a title writes in lower case inside a name ("The Times of India", "Corriere della Sera")
_SMALL = frozenset("of the and for on in at de del della di da do dos das du des la le les el al y e".split())
# Two words or more in capitals (letters, apostrophes, hyphens, ampersands), one space or tab between them
_SHOUTED = re.compile(r"(?<![\w'\u2019-])[A-Z][A-Z'\u2019&-]*(?:[ \t]+[A-Z][A-Z'\u2019&-]*)+(?![\w'\u2019-])")


def title_cased(name: str) -> str:
    """`name` (words in capitals) with each word capitalised and the `_SMALL` words lower case after the first; the
    spaces between them kept."""
    words = re.split(r"([ \t]+)", name)
    return "".join(part if not part.strip() else part.lower() if at and part.lower() in _SMALL else part.capitalize()
                   for at, part in enumerate(words))


def recased(text: str, known: re.Pattern[str]) -> str:
    """`text` with each run of two words or more in capitals that holds a known outlet's name once title-cased
    (`known`: credits.CreditFinder.known) so cased; other text as it is. Same length as `text`."""
    if not _SHOUTED.search(text):
        return text
    def cased(match: re.Match[str]) -> str:
        run = title_cased(match.group(0))
        return run if known.search(run) else match.group(0)
    return _SHOUTED.sub(cased, text)
