"""Which writing system a piece of text is in, and whether a language tag can be said of it (`lang` of parts).

A `lang` attribute says what a screen reader's voice and a browser's fonts and hyphenation take a piece for
(WCAG 2.1 SC 3.1.2). A wrong one is worse than none: an English outlet name ("Al-Marsa Daily") tagged `ar`
because its only article is in Arabic was read with Arabic rules (a reader trial, 2026-12-04). A name's
language is not its articles': whether a tag can be said of a text is decided from the text's own letters.

`fits(text, language)` is False only when it is known to be wrong: `language` (BCP 47; its primary subtag, or
its script subtag, "sr-Latn") is written in scripts `SCRIPTS` knows, and the text has letters and none of them
is in those scripts ("Al-Marsa Daily" in `ar`, "华夏科学周刊" in `de`). An unknown language, a text without
letters (figures, punctuation), a Latin text in a Latin-script language are given the benefit: a Latin name
of a German outlet may well be German. Scripts are read from Unicode character names (the first word of
"GREEK SMALL LETTER ALPHA", "CJK UNIFIED IDEOGRAPH-674E"), which every Python has without a table.
"""
from __future__ import annotations

import functools
import unicodedata
from typing import Iterable

_LATIN = frozenset({"LATIN"})
_CJK = frozenset({"CJK"})
# Primary language subtag → the scripts (first words of Unicode character names) it is written in.
SCRIPTS: dict[str, frozenset[str]] = {
    **{tag: frozenset({"ARABIC"}) for tag in ("ar", "fa", "ur", "ps", "sd", "ug", "ckb")},
    **{tag: frozenset({"HEBREW"}) for tag in ("he", "iw", "yi")},
    "el": frozenset({"GREEK"}),
    **{tag: frozenset({"CYRILLIC"}) for tag in ("ru", "uk", "be", "bg", "mk", "kk", "ky", "mn", "tg")},
    "sr": frozenset({"CYRILLIC", "LATIN"}),
    "zh": _CJK, "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}), "ko": frozenset({"HANGUL", "CJK"}),
    **{tag: frozenset({"DEVANAGARI"}) for tag in ("hi", "mr", "ne", "sa")},
    "bn": frozenset({"BENGALI"}), "ta": frozenset({"TAMIL"}), "te": frozenset({"TELUGU"}),
    "gu": frozenset({"GUJARATI"}), "pa": frozenset({"GURMUKHI"}), "th": frozenset({"THAI"}),
    "hy": frozenset({"ARMENIAN"}), "ka": frozenset({"GEORGIAN"}), "am": frozenset({"ETHIOPIC"}),
    "km": frozenset({"KHMER"}), "lo": frozenset({"LAO"}), "my": frozenset({"MYANMAR"}),
    **{tag: _LATIN for tag in (
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "sv", "no", "nb", "nn", "da",
        "fi", "et", "lv", "lt", "hu", "ro", "tr", "id", "ms", "vi", "ca", "eu", "gl", "ga", "cy", "is", "sq", "mt",
        "sw", "tl", "af", "az", "uz", "lb", "fy", "eo", "la")},
}
# ISO 15924 script subtags of BCP 47 tags ("zh-Hant", "sr-Latn", "az-Cyrl") → the same script names.
SCRIPT_SUBTAGS: dict[str, frozenset[str]] = {
    "latn": _LATIN, "cyrl": frozenset({"CYRILLIC"}), "arab": frozenset({"ARABIC"}), "grek": frozenset({"GREEK"}),
    "hebr": frozenset({"HEBREW"}), "hans": _CJK, "hant": _CJK, "hani": _CJK, "jpan": frozenset({"CJK", "HIRAGANA",
    "KATAKANA"}), "kore": frozenset({"HANGUL", "CJK"}), "hang": frozenset({"HANGUL"}), "deva": frozenset({"DEVANAGARI"}),
}


def language_scripts(language: str) -> frozenset[str]:
    """The scripts `language` (a BCP 47 tag) is written in: its script subtag's when it has one, else its primary
    subtag's (`SCRIPTS`); empty when not known."""
    parts = language.lower().replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4 and part in SCRIPT_SUBTAGS:
            return SCRIPT_SUBTAGS[part]
    return SCRIPTS.get(parts[0], frozenset())


def letter_scripts(text: str) -> frozenset[str]:
    """The scripts of `text`'s letters ("LATIN", "GREEK", "ARABIC", "CJK", …); empty when it has none."""
    found = set()
    for char in text:
        if char.isalpha():
            if char.isascii():
                found.add("LATIN")
                continue
            name = unicodedata.name(char, "")
            if name:
                found.add(name.split(" ", 1)[0].split("-", 1)[0])
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def fits(text: str, language: str) -> bool:
    """Whether a `lang` of `language` can be said of `text`: False only when the language's scripts are known and
    the text has letters, none in them (module docstring)."""
    wanted = language_scripts(language)
    if not wanted:
        return True
    seen = letter_scripts(text)
    return not seen or bool(seen & wanted)


def written_in(text: str, candidates: Iterable[str], content_language: str) -> str:
    """The language of `text` among `candidates` (the languages of the articles it was seen in), or "" when the
    text reads in `content_language` (the briefing's) or no single candidate's script is the text's. "Ελένη
    Βρεττού" seen in articles in `el` and `en` → "el"; "Dr Vrettou" → "" (it fits the briefing's English);
    "李明华" seen only in English articles → "" (unknown: no tag rather than a guess)."""
    if not letter_scripts(text) or (content_language and fits(text, content_language)
                                    and language_scripts(content_language)):
        return ""
    found = sorted({c for c in candidates if c and language_scripts(c) and fits(text, c)})
    return found[0] if len(found) == 1 else ""
