"""The other spellings of a Japanese name's long vowels that the search index holds beside a word as written.

    long_vowel_spellings("President Takashi Ōno said")   # -> ["Ohno", "Ouno"]
    long_vowel_spellings("Taro Kohno and Ms Satoh")        # -> ["kono", "sato"]

T28 (F3, FX90): "Ohno" and "Kohno" typed found nothing where the copy wrote "Ōno" and "Kōno" (the index folds the
macron away: "ono"), and "Ono" and "Taro Kono" missed the articles that write "Takashi Ohno" and "Taro Kohno". A word
written with a macron or circumflex (ō, ô; ū, û) is also indexed with the long vowel as passports write it (ō → "oh",
ū → "uu") and as the kana spell it (ō → "ou"); a capitalised word with an "oh" before a syllable or at its end that
is a Japanese name of japanesenames' lists ("Ohno", "Kohno", "Satoh": `japanese_word`) also as hepburn.long_vowels
writes it ("ono"); not "Goh", "Koh", "Soh", "Toh", "Yeoh", "Noh", "Mohsen", "Rohde" (FX94, BR54: they sound Japanese
but are Chinese, Korean, Persian, German names; nor "Ohtani", off the lists).
Not "ou" and "oo" without a macron: "House" and "Moon" sound Japanese too. Takes plain text, gives words as written
or folded, which `searchtext` then folds (searchvariants.other_spellings calls this). search.js marks the words a
query finds by the same spellings (`longVowels`).
"""
from __future__ import annotations

import re

from briefgen.analyse.hepburn import long_vowels
from briefgen.analyse.japanesenames import japanese_word

MACRONS = "\u014d\u00f4\u016b\u00fb\u014c\u00d4\u016a\u00db"  # ō ô ū û Ō Ô Ū Û
_MACRON_WORD = re.compile(rf"[^\W\d_]*[{MACRONS}][^\W\d_]*")
_OH_WORD = re.compile(r"(?:[A-Z][a-z]*o|O)h(?:[bcdfgjkmnprstwz]h?[aeiouy][a-z]*)?")
_SPELT = (str.maketrans({"\u014d": "oh", "\u00f4": "oh", "\u016b": "uu", "\u00fb": "uu", "\u014c": "Oh", "\u00d4": "Oh",
                         "\u016a": "Uu", "\u00db": "Uu"}),
          str.maketrans({"\u014d": "ou", "\u00f4": "ou", "\u016b": "uu", "\u00fb": "uu", "\u014c": "Ou", "\u00d4": "Ou",
                         "\u016a": "Uu", "\u00db": "Uu"}))


def long_vowel_spellings(text: str) -> list[str]:
    """The other spellings of the long vowels of `text`'s words (module docstring), in order of kind; [] for most
    texts: single characters' and "oh"'s `in` tests (str.find: ~2 µs an article; a regular expression over the whole
    text was ~30 times as much, as searchvariants.hyphened_pieces found for hyphens)."""
    found: list[str] = []
    if not text.isascii() and any(mark in text for mark in MACRONS):
        found += [word.translate(table) for word in _MACRON_WORD.findall(text) for table in _SPELT]
    for needle in ("oh", "Oh"):
        at = text.find(needle)
        while at >= 0:
            start, end = at, at + 2
            while start and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[start:end]
            if len(word) > 2 and _OH_WORD.fullmatch(word) and japanese_word(word):
                found.append(long_vowels(word))
            at = text.find(needle, end)
    return found
