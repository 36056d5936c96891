"""Other spellings of a text's words that the search index holds beside them (`searchtext.words`).

Takes plain text as written (not folded); gives words as written, which `searchtext` then folds:
a hyphenated word joined (`hyphen_joined`: "Ji-hoon" → "Jihoon"), a word with ä, ö or ü spelt
without them (`umlaut_spellings`: "Müller" → "Mueller"). Moved out of searchtext.py (2026-12-07).
"""
from __future__ import annotations

import re

# A hyphenated word: letters and digits (and the marks some scripts keep inside words) joined by hyphens, with a
# letter somewhere ("Ji-hoon", "COVID-19", "al-Mansour"; not "2019-2020"). U+2010 and U+2011 are hyphens too.
_HYPHENATED = re.compile(r"[^\W_][\w\u0300-\u036f]*(?:[-\u2010\u2011][^\W_][\w\u0300-\u036f]*)+")
_DIGITS_ALONE = re.compile(r"[\d\-\u2010\u2011]+")


def hyphen_joined(text: str) -> list[str]:
    """The hyphenated words of `text` written without their hyphens ("Ji-hoon" → "Jihoon", "Fuentes-Araya" →
    "FuentesAraya"), to be indexed beside their parts: a reader types a Korean given name, a compound or a model's
    name either way ("jihoon", "ji-hoon"; "covid19"). Words of digits alone ("2019-2020") are left out."""
    # The pattern runs on the whitespace-separated pieces that hold a hyphen only: a match never holds a space,
    # and run over a whole article it tried every letter of every word (8 s of a 10,000-article cold build's CPU).
    return [re.sub("[-\u2010\u2011_]", "", word)
            for piece in text.split() if "-" in piece or "\u2010" in piece or "\u2011" in piece
            for word in _HYPHENATED.findall(piece) if not _DIGITS_ALONE.fullmatch(word)]


HAS_UMLAUT = re.compile("[äöüÄÖÜ]")
_UMLAUT_WORD = re.compile(r"\w*[äöüÄÖÜ]\w*")
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlaut_spellings(text: str) -> list[str]:
    """The words of `text` that hold ä, ö or ü, written as German writes them without umlauts
    ("Müller" → "Mueller", "Zölle" → "Zoelle"), to be indexed beside their folded form ("muller"),
    so that `mueller` finds Müller as `muller` does (DIN 5007-2's spelling; Lucene's
    GermanNormalizationFilter folds the query's ae/oe/ue instead, which would change the tokeniser
    in search.js too). A word whose two dots are a diaeresis (Zoë, naïve) gains a harmless variant
    ("zoee") that nobody types; ë and ï are not spelt out."""
    return [word.translate(_SPELT_OUT) for word in _UMLAUT_WORD.findall(text)]
