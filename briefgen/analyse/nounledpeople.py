"""Whether a name after an industry's or a company's noun is a person's by another of its mentions (FX110, 2026-12-07).

    noun_led_person("The utility Kestrel Hollin said … Kestrel Hollin, the utility's chief, …", "Kestrel Hollin")  # True
    noun_led_person("The utility Iberagua said …", "Iberagua")                                                  # False

industrywords.firm_noun makes a name after "the utility", "the firm", "the lender" … a company's (T29: "the utility
Iberagua"), and orgnames.firms_and_things then made every mention of it an organisation's: "The utility Kestrel Hollin
said … Kestrel Hollin, the utility's chief, said" listed the chief as an organisation (FX106 left it). Now such a noun
makes no company of a name of two words or more that the article shows to be a person's at some mention, by the
frames wordedpersons.py reads for a company word's names (FX92): a person's title just before it ("chief Kestrel
Hollin", "Ms Kestrel Hollin": lexicon.TITLE_WORDS, postnominals.titled_name), a person's appositive after it (", the
utility's chief,", ", 54,": stopnames.person_appositive, none a company's role has too), or "he"/"she" later in its
clause with no one else and no report's verb between (wordedpersons._referred: "Kestrel Hollin, who said she …" not
"… said she": a company reports what its people say), the name its sentence's subject and no relative clause's
word between (FX115: "Jane Roe left Aston Martin, which she joined" is no evidence). A one-word name ("the utility Iberagua") stays the company's.
Pure.
"""
from __future__ import annotations

import re
from functools import lru_cache



@lru_cache(maxsize=1024)  # a pure function of an article and a name; asked of each mention the noun stands before
def noun_led_person(text: str, name: str) -> bool:
    """Whether `name` (as written), a company's by the noun before one of its mentions, is a person's by some mention
    of it in `text` (module docstring); False for a name of one word."""
    words = name.split()
    if len(words) < 2:
        return False
    from briefgen.analyse.lexicon import TITLE_WORDS  # (here: orgnames → this module; nameruns imports orgnames, and
    from briefgen.analyse.postnominals import titled_name  # these modules import nameruns)
    from briefgen.analyse.stopnames import person_appositive
    from briefgen.analyse.wordedpersons import _referred
    for found in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, found.start() - 16):found.start()].rstrip().rpartition(" ")[2]
        if before.lower().rstrip(".") in TITLE_WORDS or titled_name(words, before) or person_appositive(
                text, found.end(), True) or _referred(text, found.start(), found.end()):
            return True
    return False
