"""A name with a three-digit age after it and no given name first is a firm's, a brand's or a club's, not a person's
(FX121): "Aston Martin, 113, said it would cut jobs" and "The carmaker Aston Martin, 113, said …" listed the carmaker
as a person (an age after a name is a person's appositive to stopnames.person_appositive, FX92, and a two-word run is
a person's shape). A company's age is written so ("Harley Davidson, 121,"); a person's of 100 or more is rare in the
news and follows a given name ("Maria Branyas, 117,": givenwords.known_given) or is told by a personal pronoun later in
the sentence ("Ethel Caterham, 116, said she …": the given-name lists do not hold every name).

    aged_firm("Aston Martin, 113, said", 0, 12)     # True
    aged_firm("Maria Branyas, 117, said", 0, 13)    # False: a given name first
    aged_firm("Ethel Caterham, 116, said she was happy", 0, 14)  # False: "she"
    aged_firm("Jane Roe, 43, said", 0, 8)           # False: an age below 100

Read by orgnames._firm_context, as a company noun before a name is: the name is that company at every mention of its
article. Pure; offsets into `text`.
"""
from __future__ import annotations

import re

from briefgen.analyse.givenwords import known_given

OLDEST_COMMON = 100  # years: from this age on, an age after a name with no known given name first is no person's
_AGED = re.compile(r",[ \t]+(\d{3})(?=[,.;:])")
_PERSONAL = re.compile(r"[^.!?\n]{0,200}?\b(?:he|she|his|her|him)\b")  # a personal pronoun before the sentence's end


def aged_firm(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is followed by an age of `OLDEST_COMMON` or more (", 113,") and its first
    word is no known given name (givenwords.known_given; the caller asks only untitled mentions) and no personal
    pronoun (he, she, his, her, him) follows in its sentence."""
    if text[end:end + 1] != ",":
        return False
    found = _AGED.match(text, end)
    return found is not None and int(found.group(1)) >= OLDEST_COMMON and not known_given(
        text[start:end].split(None, 1)[0]) and _PERSONAL.match(text, found.end()) is None
