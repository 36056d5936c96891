"""Combining marks as parts of words, for the patterns that read names.

Text is in Unicode NFC from loading on (load/text.nfc), which composes "e" + U+0301 into "é". A letter
and mark that have no composed form stay two characters in NFC: the Yoruba "ẹ́" (U+1EB9 U+0301) and
"ọ̀" (U+1ECD U+0300), the Latin transliteration of Sanskrit and Hindi "r̥", "l̥", many African and
Native American orthographies. Python's `\\w` (str.isalnum) holds no combining mark (categories Mn,
Mc, Me), so a name pattern of `[\\w'-]*` stopped inside the word: "Prof. Ọbáfẹ́mi Ọlátúnjí noted …"
was read as "Ọbáfẹ" + "́mi", the broken word dropped, and the speaker was "Ọlátúnjí", a second person
beside "Obafemi Olatunji" (T26 F1, 2026-12-07). `MARKS` is a character-class body to put beside
`\\w` wherever a pattern reads the letters of a name: the blocks of combining marks that follow
letters of the alphabets with capitals (Latin, Greek, Cyrillic), whose words make name runs:

    U+0300-U+036F  Combining Diacritical Marks
    U+1AB0-U+1AFF  Combining Diacritical Marks Extended
    U+1DC0-U+1DFF  Combining Diacritical Marks Supplement
    U+20D0-U+20FF  Combining Diacritical Marks for Symbols
    U+FE20-U+FE2F  Combining Half Marks

Scripts without capitals (Devanagari's vowel signs, Arabic's harakat) make no name runs and are left
out: a class of every Mn/Mc/Me range (189 of them in the BMP) costs compile time in each pattern.
Names are compared as keys without marks (namekeys.fold), so "Ọbáfẹ́mi" and "Obafemi" are one name.
"""
from __future__ import annotations

MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
