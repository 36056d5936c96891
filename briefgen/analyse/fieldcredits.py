"""Which name a press's field descriptor makes an outlet ("according to the Belgian policy outlet Brussels Ledger":
creditdescriptors.FIELD, FX112, T30's F2), for credits.py.

FX112 let a field word ("policy", "energy", "health", "security" …: creditdescriptors.FIELD_WORDS) before a noun of
the press qualify a descriptor, and a descriptor makes any capitalised run after it an outlet: BR68 (FX116, 2026-12-07)
had "according to the energy daily Tuesday" credit "Tuesday", "the health outlet WHO" "WHO", "the security outlet
NATO", "the energy outlet OPEC / Brent / Gazprom / Europe", "the policy outlet Brussels", and "the US energy outlet E&E
News" "E" (s64 credited none: the field was no qualifier). A descriptor that is one only by its field word now makes an
outlet of a name only when the name (as the credits read it) is of two words or more, none a weekday's or a month's
(lexicon.MONTHS_DAYS), the first no acronym (all capitals: "WHO", "E"), none with "&", it no place (placewords.PLACES:
"New York"), and neither it nor its first word a known organisation (lexicon.ORG_NAMES: "OPEC", "Gazprom Neft"):
"Brussels Ledger", "Nordic Energy Wire", "Heatmap Daily". A name of one word ("Brent", "Europe", "Lawfare") only when
the credits know it. "E&E News" is read as "E" (the cue's name grammar), so it credits none. A known or the site's outlet is credited before the descriptor is read (credits._as_outlet), so a
one-word outlet the site lists ("the policy outlet Politico", a source) still is. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.creditdescriptors import QUALIFIERS, DESCRIPTOR_NOUNS
from briefgen.analyse.creditplaces import LEAD, POSSESSIVE
from briefgen.analyse.lexicon import MONTHS_DAYS, ORG_NAMES
from briefgen.analyse.placewords import PLACES

# creditdescriptors.DESCRIPTORS without its field words: what made an outlet at s64
_PLAIN = re.compile(rf"(?:{POSSESSIVE}\s+(?=[a-z]))?(?:(?:" + "|".join(re.escape(w) for w in QUALIFIERS)
                    + rf"|[a-z]+\s+trade|{LEAD})\s+)*(?:" + "|".join(DESCRIPTOR_NOUNS) + r")\s+$")


def _outlet_like(name: str) -> bool:
    """Whether `name` may be an outlet's after a field's descriptor (module docstring)."""
    words = name.replace("\u2019", "'").split()
    folded = name.lower()
    return len(words) >= 2 and "&" not in name and not words[0].isupper() and not any(
        w.lower().strip(".,'s") in MONTHS_DAYS for w in words) and folded not in PLACES and folded not in ORG_NAMES and (
        words[0].lower() not in ORG_NAMES)


def field_described(described: re.Match[str] | None, lead: str, name: str) -> bool:
    """Whether a name `name` after the text `lead` is described as an outlet: `described` (creditdescriptors'
    DESCRIPTORS found at the end of `lead`, or None) and, when only a field word makes it a descriptor (no match of the
    s64 grammar from where it starts, `_PLAIN`), a name that may be an outlet's (`_outlet_like`). Never raises."""
    if described is None:
        return False
    return _PLAIN.match(lead, described.start()) is not None or _outlet_like(name)
