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
the word) and is left: running prose writes such words ("the times of india" in lower case credits no one).
BR67 found a headline's capitals read as an outlet: "THE TIMES ARE CHANGING, the report said." and "THE GUARDIAN
angels patrol, the report said." credited The Times, The Guardian ("the report" resolved to an outlet named nearby).
Now (FX115) a run is so read only when a credit frame's words stand next to it ("… reported", "… said", "according
to …", "told …") and the whole run is the outlet's name (a known name, or one a title's lower-case word continues:
"THE TIMES OF INDIA"; not "THE TIMES ARE CHANGING"). Pure.
"""
from __future__ import annotations

import re

# Words a title writes in lower case inside a name ("The Times of India", "Corriere della Sera")
_SMALL = frozenset("of the and for on in at de del della di da do dos das du des la le les el al y e".split())
# Two words or more in capitals (letters, apostrophes, hyphens, ampersands), one space or tab between them. The first
# capital is read before the look-behind that guards it (the same matches as the look-behind first): a pattern opening
# with a character set lets the engine skip to it, where one opening with a look-behind is tried at every character
# (~50 → ~20 µs an article's text, c1k; SP16, docs/log/performance.md SP16)
_SHOUTED = re.compile(r"[A-Z](?<![\w'\u2019-][A-Z])[A-Z'\u2019&-]*(?:[ \t]+[A-Z][A-Z'\u2019&-]*)+(?![\w'\u2019-])")
# A credit frame's words next to the run (credits.py's cues, adjacent; FX115): after it a report's verb, before it
# "according to", "told", "reported by", "in an interview with"
_FRAME_AFTER = re.compile(r"[ \t]+(?:(?:has|had|have)[ \t]+)?(?:reported|reports|said|says|wrote|writes|told|tells|"
                          r"quoted|cited|revealed|published|added|reporting)(?![\w'\u2019-])")
_FRAME_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:according[ \t]+to|told|tells|tell|telling|by|with)[ \t]+$",
                           re.IGNORECASE)


def title_cased(name: str) -> str:
    """`name` (words in capitals) with each word capitalised and the `_SMALL` words lower case after the first; the
    spaces between them kept."""
    words = re.split(r"([ \t]+)", name)
    return "".join(part if not part.strip() else part.lower() if at and part.lower() in _SMALL else part.capitalize()
                   for at, part in enumerate(words))


def recased(text: str, known: re.Pattern[str]) -> str:
    """`text` with each run of two words or more in capitals that is a known outlet's name once title-cased
    (`known`: credits.CreditFinder.known) so cased where a credit frame's words stand next to it (FX115, module
    docstring); other text as it is. Same length as `text`."""
    if not _SHOUTED.search(text):
        return text
    def cased(match: re.Match[str]) -> str:
        run = title_cased(match.group(0))
        return run if _outlets_name(run, known) and _framed(text, match.start(), match.end()) else match.group(0)
    return _SHOUTED.sub(cased, text)


def _outlets_name(run: str, known: re.Pattern[str]) -> bool:
    """Whether the title-cased run is an outlet's name as a whole: a known name opens it and ends it, or a title's
    lower-case word follows that name ("The Times of India", a longer title: FX110); not "The Times Are Changing"."""
    name = known.match(run)
    if name is None:
        return False
    rest = run[name.end():].split()
    return not rest or rest[0] in _SMALL


def _framed(text: str, start: int, end: int) -> bool:
    """Whether a credit frame's words stand next to text[start:end]: a report's verb right after it ("… reported",
    "… said", "… has reported") or "according to", "told", "by", "with" right before it."""
    return bool(_FRAME_AFTER.match(text, end) or _FRAME_BEFORE.search(text, max(0, start - 20), start))
