"""Other spellings of a text's words that the search index holds beside them (`searchtext.words`).

Takes plain text as written (not folded); gives words as written, which `searchtext` then folds:
a hyphenated word joined (`hyphen_joined`: "Ji-hoon" → "Jihoon"), a word with ä, ö or ü spelt
without them (`umlaut_spellings`: "Müller" → "Mueller"). Moved out of searchtext.py (2026-12-07).
"""
from __future__ import annotations

import re
import unicodedata

# A hyphenated word: letters and digits (and the marks some scripts keep inside words) joined by hyphens, with a
# letter somewhere ("Ji-hoon", "COVID-19", "al-Mansour"; not "2019-2020"). U+2010 and U+2011 are hyphens too.
_HYPHENATED = re.compile(r"[^\W_][\w\u0300-\u036f]*(?:[-\u2010\u2011][^\W_][\w\u0300-\u036f]*)+")
_HYPHEN = re.compile("[-\u2010\u2011]")
_DIGITS_ALONE = re.compile(r"[\d\-\u2010\u2011]+")
_RE_OR_CO = re.compile(r"(?<![^\W_])(?:[Rr][Ee]|[Cc][Oo])[-\u2010\u2011]")  # a part "re" or "co" before a hyphen


def hyphen_joined(text: str) -> list[str]:
    """The hyphenated words of `text` written without their hyphens ("Ji-hoon" → "Jihoon", "Fuentes-Araya" →
    "FuentesAraya", "re-election" → "reelection"), to be indexed beside their parts: a reader types a Korean given
    name, a compound or a model's name either way ("jihoon", "ji-hoon"; "covid19"). Left out: words of digits alone
    ("2019-2020"), and a prefix whose hyphen keeps the word apart from another (`joins`: "re-sign", "co-op")."""
    # The pattern runs on the whitespace-separated pieces that hold a hyphen only: a match never holds a space,
    # and run over a whole article it tried every letter of every word (8 s of a 10,000-article cold build's CPU).
    return [re.sub("[-\u2010\u2011_]", "", word)
            for piece in text.split() if "-" in piece or "\u2010" in piece or "\u2011" in piece
            for word in _HYPHENATED.findall(piece) if joins(word)]


def joins(word: str) -> bool:
    """Whether the hyphenated `word` (as `_HYPHENATED` finds it) is indexed joined too: not digits alone, and no
    hyphen after "re" before a consonant ("re-sign", "re-cover", "re-form", "re-lease", "re-creation") nor after
    "co" before a part of one or two letters ("co-op").

    The source: the AP Stylebook ("re-", "co-", "prefixes") and the Chicago Manual of Style (7.89, its list of
    prefixes) write words with these prefixes closed ("resign", "recover", "cooperate", "coauthor") and keep a
    hyphen where the closed word is another one ("re-sign" a contract is not "resign", "re-cover" not "recover",
    "co-op" not "coop") or to part two vowels ("re-elect", "re-arm", "co-operate"). So after "re" a consonant says
    the joined word means something else — since b03d8d39 a search for "resign" found an article about re-signing
    a player — while a vowel only parts the letters ("reelection" is "re-election"). "co-op" is the one common
    case of "co"; "co-founder", "co-pilot" join ("cofounder", as American style writes them). Other prefixes
    (pre-, non-, anti-, mid-, vice-) are hyphenated by house style or before a capital, and joined are the same
    word ("nonprofit", "antiwar", "prewar"). Korean given names still join ("Ji-hoon", "Yu-na": Revised
    Romanisation writes no "c", and a name's syllable 레, "re", is rare); case does not matter ("Re-Sign" in a title is "re-sign")."""
    if _DIGITS_ALONE.fullmatch(word):
        return False
    if _RE_OR_CO.search(word) is None:  # (most words: one scan, no split)
        return True
    parts = _HYPHEN.split(word)
    for left, right in zip(parts, parts[1:]):
        head = left.lower()
        if head == "re" and unicodedata.normalize("NFD", right[:1]).lower()[:1] not in "aeiou":
            return False
        if head == "co" and len(right) <= 2:
            return False
    return True


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
