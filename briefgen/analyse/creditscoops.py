"""An outlet that "has the story": a credit by the scoop's words (credits.py).

    scoop_credits(text, known, canonical, newsmakers)   # -> ((outlet, cue, start), ...)

"Tailings & Ore Weekly has the story everyone in the trade was afraid of" — a blogger's re-telling of a trade paper's
scoop — credited no one, and the T20 trial's blog post was shown as an "Independent report" (2026-12-06, finding 3).
A known or site outlet's name (credits.CreditFinder.known: as `sources:` and `KNOWN_OUTLETS` write them, so never a
person's) just before "has", "had", "broke" or "got" and "the story", "the scoop" or "the exclusive" ("Reuters had
the story first", "the Echo broke the story") is credited, as "X reported" is; not a company the site lists as an
outlet that acts in the news (`newsmakers`, credit_newsmakers.py: "Cobrebras has the story" is none), and not a name
no list holds ("Smith broke the story to his family").
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from briefgen.analyse.outletkeys import bare

_SCOOP = re.compile(r"\b(?:has|had|broke|got)\s+(?:the\s+)?(?:story|scoop|exclusive)\b")


def scoop_credits(text: str, known: re.Pattern[str], canonical: Mapping[str, str],
                  newsmakers: Collection[str] = ()) -> tuple[tuple[str, str, int], ...]:
    """(outlet's canonical name, the crediting words, where they start) for each "X has the story" of `text`
    (module docstring); `known`: the names' pattern, `canonical`: bare name → canonical (credits.CreditFinder's)."""
    found = []
    for scoop in _SCOOP.finditer(text):
        named = [m for m in known.finditer(text, max(0, scoop.start() - 80), scoop.start())
                 if text[m.end():scoop.start()].isspace() and text[m.end():scoop.start()].count("\n") < 2]
        if named:
            outlet = canonical.get(bare(named[-1].group(0)))
            if outlet is not None and bare(outlet) not in newsmakers:
                found.append((outlet, " ".join(text[named[-1].start():scoop.end()].split()), named[-1].start()))
    return tuple(found)
