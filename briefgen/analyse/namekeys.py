"""Comparison keys for names: accent- and case-free forms, and one spelling per transliteration.

    fold("Élysée") == "elysee"
    translit_key("Zelenskiy") == translit_key("Zelenskyy") == "zelensky"

Shared by `names` (transliteration variants are one person) and `spelling` (they are
never misspellings). The rules come from the variants seen in the sample briefing and in
tests/analyse/data/names.yaml: Ukrainian/Russian romanisations differ in -iy/-yy/-y endings,
i/y before a vowel, kh/h and ts/c. Doubled letters are not folded: Borrel/Borrell and
Grosi/Grossi are the commonest typos in the labelled cases.
"""
from __future__ import annotations

import re
import unicodedata

# Transliteration spellings folded to one form; applied in order to a lower-case, accent-free word.
_TRANSLIT = (
    (re.compile(r"(?:iy|yy|ii|yi|ij|y|i|j)$"), "y"),  # -skiy/-skyy/-sky, Dmitri/Dmitry, Sergei/Sergey
    (re.compile(r"ei$|ey$"), "ey"),
    (re.compile(r"[iy](?=[aeou])"), "y"),                # Podolyak/Podoliak, Yulia/Iulia
    (re.compile(r"kh"), "h"),
    (re.compile(r"ts"), "c"),
)



def fold(word: str) -> str:
    """Lower case without accents: 'Élysée' → 'elysee'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def translit_key(word: str) -> str:
    """One spelling for the transliterations of a word: 'Zelenskiy', 'Zelenskyy' → 'zelensky'."""
    key = fold(word)
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return key
