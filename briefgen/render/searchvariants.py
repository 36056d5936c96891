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


# Words after "re-" whose closed form is another word (AP Stylebook, "re-": "re-cover (cover again), recover (regain);
# re-form, reform; re-sign, resign" — "use a hyphen for designated meanings"; the other pairs as Merriam-Webster gives
# both words): "re-sign" a contract is not "resign", "re-count" the votes not "recount" a story. With their endings.
_RE_APART = ("sign cover form collect press sent serve treat lease mark count solve sort store tire sound fuse lay "
             "present turn member act coil pose place creation lie side dress strain").split()
_APART = re.compile("(?:re)(?:" + "|".join(f"{stem[:-1]}(?:e|es|ed|ing|er|ers|ment|ments)?" if stem.endswith("e")
                                             else f"{stem}(?:s|es|ed|ing|er|ers|ion|ions|ation|ations|ment|ments)?"
                                             for stem in _RE_APART) + ")|co(?:op|ops)")


def joins(word: str) -> bool:
    """Whether the hyphenated `word` (as `_HYPHENATED` finds it) is indexed joined too: not digits alone, nor a
    prefix re- or co- whose hyphen keeps the word apart from another (`_APART`: "re-sign", "re-cover", "re-form",
    "re-count", "re-creation", "co-op").

    The source: the AP Stylebook ("re-", "co-") and the Chicago Manual of Style (7.89) write these prefixes closed
    ("recount", "rerun", "reshuffle", "coauthor") and keep a hyphen for designated meanings, where the closed word is
    another one ("re-sign" a contract is not "resign", "co-op" not "coop"), or to part two vowels ("re-elect",
    "co-operate"). Joined, the first are false hits — since b03d8d39 a search for "resign" found an article about
    re-signing a player — and the rest are the same word, which a reader types either way ("rerun", "retell",
    "reelection", "coed"; a breaker found a rule by letters, re- before any consonant, lost those, 2026-12-07). Case
    does not matter ("Re-Sign" in a title is "re-sign"). Korean given names still join ("Ji-hoon", "Yu-na")."""
    if _DIGITS_ALONE.fullmatch(word):
        return False
    if _RE_OR_CO.search(word) is None:  # (most words: one scan, no split)
        return True
    parts = _HYPHEN.split(word)
    return not any(left.lower() in ("re", "co") and _APART.fullmatch(left.lower() + right.lower())
                   for left, right in zip(parts, parts[1:]))


# A zero-width non-joiner between two letters of the Arabic script: Persian (and Urdu, Kurdish) writes it between a
# word and its suffixes or prefixes ("کتاب‌ها", books: the stem and the plural's "ها"). Lucene's PersianCharFilter reads it
# as a space; here it parts the word as a hyphen does, so the stem, its parts and the whole joined
# (`hyphen_joined`, as the query folds it: searchtext.INVISIBLE dropped) are all found (a breaker, 2026-12-07: "کتاب" missed).
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
_ZWNJ_PARTS = re.compile(f"(?<=[{_ARABIC_LETTER}])\u200c(?=[{_ARABIC_LETTER}])")


def zwnj_parted(text: str) -> str:
    """`text` with each zero-width non-joiner between two Arabic-script letters written as a hyphen (`_ZWNJ_PARTS`),
    which the tokeniser then splits at and `hyphen_joined` joins: "کتاب‌ها" → "کتاب-ها" (the words کتاب, ها,
    کتابها). Any other U+200C is left for `searchtext.INVISIBLE` (dropped: "क‌ष" is one word)."""
    return _ZWNJ_PARTS.sub("-", text)


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
