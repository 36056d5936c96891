"""A name written with an elided capital before it, joined: "D’Alessandro" → "DAlessandro", for the search index.

Takes a text; gives the joined words, as written. The index drops an elision before a word (searchtext.ELISIONS:
"l’Europe" is "europe", "D’Alessandro" "alessandro"), yet a reader who types an Italian, French or Indian surname
without its apostrophe types it joined ("Dalessandro", "Dsouza", "Ngolo"), as "OBrien" finds O'Brien (an
apostrophe after a letter that is no elision joins): a trial's "Dalessandro" found nothing (T30 F11, FX111). So a
one-letter elision that opens names (D, M, N), written as a capital before a capital ("D'Amato", "N'Golo"; not the
"d’adhésion" of running French, nor "L'Europe") is indexed joined as well as alone. Only the index reads it: a query typed with the
apostrophe is folded to the word alone, which the index holds too.
"""
from __future__ import annotations

import re

# One capital letter at a word's start, an apostrophe of any kind (searchtext.APOSTROPHES), then a capital: the one-letter
# elisions of searchtext.ELISIONS that open names ("D'Amato", "D’Souza", "N'Golo", "N'Djamena", "M'Bala"). Not "L'":
# French writes its article before a proper noun ("L'Europe", "L'Élysée" at a sentence's start), which the index
# holds alone ("europe") and an older test keeps so (test_search_name_suffixes); nor C, J, S, T, B, V (no names).
_ELIDED_CAPITAL = re.compile("(?<![^\\W_])([DMN])['\u2019\u2018\u02bc\u2032`]([^\\W\\d_a-z][^\\W_]*)")


def elided_names(text: str) -> list[str]:
    """The words of `text` written as a capital D, M or N, an apostrophe and a capitalised word, joined ("D’Alessandro"
    → "DAlessandro", "N'Golo" → "NGolo"), in order; [] for a text without one. A word after the apostrophe must
    start with an upper-case letter (Unicode: "Élysée" too)."""
    return [m[1] + m[2] for m in _ELIDED_CAPITAL.finditer(text) if m[2][0].isupper()]
