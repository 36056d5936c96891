"""A name written with an elided capital before it, joined: "D’Alessandro" → "DAlessandro", for the search index.

Takes a text; gives the joined words, as written. The index drops an elision before a word (searchtext.ELISIONS:
"l’Europe" is "europe", "D’Alessandro" "alessandro"), yet a reader who types an Italian, French or Indian surname
without its apostrophe types it joined ("Dalessandro", "Dsouza", "Ngolo"), as "OBrien" finds O'Brien (an
apostrophe after a letter that is no elision joins): a trial's "Dalessandro" found nothing (T30 F11, FX111). So a
one-letter elision written as a capital before a capital (a name's, "D'Amato", "L’Oréal", "N'Golo"; not the
"d’adhésion" of running French) is indexed joined as well as alone. Only the index reads it: a query typed with the
apostrophe is folded to the word alone, which the index holds too.
"""
from __future__ import annotations

import re

# One capital letter at a word's start, an apostrophe of any kind (searchtext.APOSTROPHES), then a capital: the one-letter
# elisions of searchtext.ELISIONS ("b c d j l m n s t v"), capitalised.
_ELIDED_CAPITAL = re.compile("(?<![^\\W_])([BCDJLMNSTV])['\u2019\u2018\u02bc\u2032`]([^\\W\\d_a-z][^\\W_]*)")


def elided_names(text: str) -> list[str]:
    """The words of `text` written as one capital elision, an apostrophe and a capitalised word, joined ("D’Alessandro"
    → "DAlessandro", "L'Oréal" → "LOréal"), in order; [] for a text without one. A word after the apostrophe must
    start with an upper-case letter (Unicode: "Élysée" too)."""
    return [m[1] + m[2] for m in _ELIDED_CAPITAL.finditer(text) if m[2][0].isupper()]
