"""Seas, gulfs, straits, capes and lakes named "X of Y": "the Gulf of Finland", "the Strait of Hormuz", "the Isthmus of
Panama" are places, never an organisation (T27, 2026-12-07: four articles' "Gulf of Finland" was an organisation on the
People page, its last word a country's, which after a firm's name is a subsidiary's: companyforms.COUNTRY_WORDS,
"Vale Canada").

    sea_named(["gulf", "of", "finland"])                      # -> True
    sea_named(["bay", "of", "plenty", "regional", "council"])  # -> False: a body named after the place

Takes a run's words in lower case; gives whether it is such a place. nameruns._classify reads it with the other
places, before any organisation rule. The heads are the generic terms of the IHO's "Limits of Oceans and Seas" and of
gazetteers' "X of Y" names (Gulf of Bothnia, Bay of Biscay, Sea of Azov, Straits of Florida, Cape of Good Hope, Sound
of Mull, Firth of Forth, Lake of the Woods, Mouth of the Amazon). A run that ends in an organisation's head word or a
company word is a body named after the place ("Gulf of Finland Coast Guard", "Bay of Plenty Regional Council").
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.companyforms import LEGAL_FORMS
from briefgen.analyse.lexicon import ORG_HEADS

SEA_HEADS = frozenset("""
gulf gulfs bay bight strait straits sea seas cape isthmus sound firth fjord fiord lake lakes channel mouth bays
""".split())
_BODY_LAST = frozenset("""
council authority guard board agency commission service services company corporation group port ports association
institute university ferries ferry shipping lines line
""".split())
_LEGAL_LAST = frozenset(form.lower() for form in LEGAL_FORMS)  # ("Gulf of Finland Ferries Oy", "… Line AB": FX81)


def sea_named(lowered: Sequence[str]) -> bool:
    """Whether a run (its words in lower case) is a sea, a gulf, a strait, a cape … named "X of [the] Y" (module
    docstring): a head of `SEA_HEADS`, "of", then one to three words, the last no body's word nor a company's legal
    form (companyforms.LEGAL_FORMS: "Gulf of Finland Ferries Oy", "Bay of Biscay Shipping SA" are companies)."""
    if len(lowered) < 3 or lowered[0] not in SEA_HEADS or lowered[1] != "of":
        return False
    rest = lowered[3:] if lowered[2] == "the" else lowered[2:]
    return 0 < len(rest) <= 3 and rest[-1] not in ORG_HEADS and rest[-1] not in _BODY_LAST and rest[-1] not in _LEGAL_LAST
