"""Hebrew's gershayim inside a word: "צה״ל" (the IDF's abbreviation), also typed with an ASCII double quote ("צה"ל"), is one
word, read without the sign — as the index reads it and as search.js reads a query (the manifest's `inWord`).

Hebrew marks an abbreviation or acronym with gershayim (U+05F4) before its last letter ("צה״ל", "ארה״ב", "דו״ח") and a
letter written for a foreign sound or a number with a geresh (U+05F3) after the letter ("ג׳ורג׳", George; "צ׳ק"); on a
keyboard, and so in most web copy and every query, they are the ASCII double quote and apostrophe (Academy of the Hebrew
Language, punctuation rules; Unicode 15, section 9.1, "Hebrew": "In Hebrew typography, the geresh and gershayim are often
replaced by the apostrophe and quotation mark"). UAX #29 keeps both inside a word (WB7a-WB7c: Hebrew_Letter × Single_Quote,
Hebrew_Letter × Double_Quote Hebrew_Letter; U+05F4 is MidLetter). Before FX41 they split it: "צה״ל" was "צה" and "ל" (one
letter: not indexed), and any text with "צה" matched.

The geresh is an apostrophe to the tokeniser (searchtext.APOSTROPHE_LIKE): between two letters it is removed as any
apostrophe is ("ג׳ורג׳" → "גורג"; at the end it is punctuation). The gershayim and a double quote between two Hebrew
letters (a point, niqqud, may stand after the first; `SIGNS`: ASCII, curly or a double prime) are removed by `IN_WORD`,
when one letter alone follows it in its word: "ב"הארץ"" (a prefix letter before a quoted name) is "הארץ", not "בהארץ".
"""
from __future__ import annotations

import re

_LETTER = "\u05d0-\u05ea\u05f0-\u05f2"  # the letters and the Yiddish ligatures
_POINT = "\u0591-\u05c7"  # cantillation marks and points, which searchtext keeps inside a word
# Regex source (Python and JavaScript): the sign alone, between the two letters. Starts with its class, for speed.
# The double quotes typed or typeset for it: ASCII, curly (an editor's smart quotes, Markdown's: "צה”ל"), the double prime.
SIGNS = '\u05f4"\u201c\u201d\u2033'
# Hebrew puts the sign before a word's LAST letter ("צה״ל", "ארה״ב", "דו״ח", "תשפ״ו"): it joins only when one letter (and
# its points) follows before the word ends. A quotation's mark after a prefix letter ("ב"הארץ"", in Haaretz) or after a
# quoted word ("נגמר"ואז", "שלום"ו"להתראות": the one letter there opens the next quotation) is punctuation (BR31 #4).
IN_WORD = (f"[{SIGNS}](?<=[{_LETTER}{_POINT}][{SIGNS}])"
           f"(?=[{_LETTER}][{_POINT}]*(?![{_LETTER}{_POINT}]|[{SIGNS}][{_LETTER}]))")
_IN_WORD = re.compile(IN_WORD)


def hebrew_joined(text: str) -> str:
    """`text` without each gershayim or double quote between two Hebrew letters: "צה״ל" → "צהל", "צה"ל" → "צהל"."""
    return _IN_WORD.sub("", text) if any(sign in text for sign in SIGNS) else text
