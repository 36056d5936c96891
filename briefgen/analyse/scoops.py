"""A scoop: a report whose lead says its own outlet has learnt the news, which no earlier report told (issue 9).

    from briefgen.analyse.scoops import scoop_claim
    scoop_claim("Sky News understands that Fenwick Lisle tabled a proposal …")   # -> "Sky News"

The British business and City press marks an exclusive in its lead: "Sky News understands that …", "Sky News has
learnt that …", "The Times can reveal …", "the FT has been told …". Such a report claims news that no report before
it had, so a report published a day or more before it, which credits nothing of the scoop's outlet, is not telling
the same thing, however many names and words the two share: in the fifth trial (tests/stories/takeover/), a fashion
retailer's profit warning and, a day later, Sky News's scoop that the retailer had hired a bank to sell a chain share
the company, its chief executive, its chair and the warning itself, and merged at 0.72-0.87.

`scoop_claim(lead)` gives the name written before the first such claim ("" for none); stories.py keeps it only when
it is the article's own outlet (credits.outlet_key: "Sky News understands" in a Guardian piece is a credit, not a
claim), and similarity.score_pairs caps a pair whose later report is a scoop published at least REACTION_DAYS after
the other, which does not credit the scoop's outlet. The forms are English, as followups.py's.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.analyse.capitals import CAPITAL

if TYPE_CHECKING:
    from briefgen.analyse.similarity import Report

# A name of up to four capitalised words (an outlet: "Sky News", "The Times", "the FT", "City A.M."), then the claim.
_CLAIM = re.compile(rf"(?P<who>(?:[Tt]he[ \t]+)?{CAPITAL}[\w.&'\u2019-]*(?:[ \t]+{CAPITAL}[\w.&'\u2019-]*){{0,3}})[ \t]+"
                    r"(?:has[ \t]+learn(?:t|ed)|understands|can[ \t]+(?:reveal|disclose)|has[ \t]+been[ \t]+told)\b")


def scoop_claim(lead: str) -> str:
    """The name before the first "… understands", "… has learnt", "… can reveal" or "… has been told" in `lead`
    (an article's first characters, plain text), or ""."""
    if "underst" not in lead and "learn" not in lead and " can " not in lead and "been told" not in lead:
        return ""  # (most leads: four substring tests in C)
    found = _CLAIM.search(lead)
    return found.group("who") if found is not None else ""


def scoop_after(later: Report, earlier: Report, apart: float) -> bool:
    """Whether `later` is a scoop (its `scoop`: its own outlet's claim) at least `apart` seconds (similarity's
    REACTION_DAYS) after `earlier`, neither crediting the other's outlet (one that does re-tells it, whatever it learnt
    besides: a trial's "as the Kestle Gazette reported on Monday … The Brindmoor Post understands that …",
    2026-12-05): news `earlier` cannot have told. (Moved from similarity.py on 2026-12-06, unchanged.)"""
    return (later.scoop and later.time - earlier.time >= apart and later.source not in earlier.credited
            and earlier.source not in later.credited)


__all__ = ["scoop_claim", "scoop_after"]
