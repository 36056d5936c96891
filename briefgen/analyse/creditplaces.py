"""The words that place or own an outlet before its name in a credit, with or without a descriptor noun after them:
"in an interview with the Doha-based channel Gulf Horizon", "told Doha-based Gulf Horizon", "according to Qatar's
Gulf Horizon", "told the pan-Arab Gulf Horizon", "told state-run SONNA", "the privately owned Nairobi Courier", "the
London-based Financial Times reported" (credits.py, creditdescriptors.py).

- `LEADS`: the forms, one or more: a place's "-based" ("Doha-based", "Addis Ababa-based"), "pan-" and a capitalised
  word ("pan-Arab", "pan-African"), a lower-case word hyphened to an owner's participle ("state-run",
  "government-owned", "Kremlin-backed" after its capital, "Saudi-funded"), "privately owned" (publicly, independently;
  owned, run, funded). They are qualifiers of a descriptor (creditdescriptors.QUALIFIED: "the Doha-based channel X")
  and may stand without one before the name (creditcues: "told Doha-based X"); there the name must be a known or a
  site's outlet, or end in an outlet word, as any name without a descriptor noun.
- `placed`: these, and a possessive of one capitalised word before a known outlet's name ("Qatar's", "Somalia's": a
  country's, a city's) leaves the outlet's name its own; read in code, not the cues' patterns, because the same shape
  is an outlet's own possessive before a person or a programme ("told CNN's Jake Tapper": CNN), which the pattern may
  not swallow.

The T23 trial (2026-12-07, a Horn of Africa briefing) lost "in an interview with the Doha-based channel Gulf
Horizon": the scoop's re-telling read as an independent report and the story gave no credit; "told Doha-based Gulf
Horizon", "according to Qatar's Gulf Horizon" credited nothing, and "told the London-based Financial Times" credited
a new outlet "London-based Financial Times".
"""
from __future__ import annotations

import re
from typing import Callable

from briefgen.analyse.capitals import CAPITAL

_PARTICIPLES = r"(?:run|owned|funded|backed|controlled|financed|affiliated|aligned|operated)"
# One placing or owning word (or two: "Addis Ababa-based", "privately owned"), as a pattern (no groups)
LEAD = (rf"(?:(?:{CAPITAL}[\w.]*\s+)?{CAPITAL}[\w.]*-based|pan-{CAPITAL}\w+|[a-z]+-{_PARTICIPLES}"
        rf"|{CAPITAL}\w+-(?:backed|funded|owned|controlled)|(?:privately|publicly|independently|state|government)"
        rf"\s+(?:owned|run|funded|controlled))")
# A possessive of one capitalised word ("Qatar's"): before a `LEAD` or a descriptor noun only, in the patterns
POSSESSIVE = rf"{CAPITAL}[\w.-]*['\u2019]s"
# One or more of them, each followed by white space, perhaps after a possessive ("Qatar's state-run ")
LEADS = rf"(?:{POSSESSIVE}\s+)?(?:{LEAD}\s+)+"

_PLACED = re.compile(rf"(?:[Tt]he\s+)?(?:{LEAD}\s+)*(?:(?P<owner>{CAPITAL}[\w.-]*)['\u2019]s\s+)?(?:{LEAD}\s+)*\Z")


def placed(before: str, is_outlet: Callable[[str], bool]) -> bool:
    """Whether `before` (the words of a capitalised run before a known outlet's name in it, with their trailing
    space) only place or own it: `LEAD`s ("Doha-based ", "the London-based ") and a possessive of one capitalised word
    among them ("Qatar's ", "Somalia's state-run "); never a possessive of an outlet (`is_outlet(word) -> bool`:
    "CNN's " keeps CNN's credit) and never nothing ("" is no placing: credits._dated reads it)."""
    found = _PLACED.match(before)
    if found is None or not before.strip() or before.strip() in ("the", "The"):
        return False
    return found.group("owner") is None or not is_outlet(found.group("owner"))
