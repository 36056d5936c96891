"""Characters no HTML page may contain, whatever escapes brought them in.

HTML forbids control characters other than whitespace (C0 and C1 controls, DEL) and
Unicode noncharacters in text and attribute values; the Nu Html Checker reports each as
"Forbidden code point". They arrive through YAML escapes (`title: "a\\x11b"`), numeric
character references in raw HTML or feeds (`&#x11;`), or pasted bytes. Text fields with
one are an error (fields.py); in sanitised HTML each becomes U+FFFD, the replacement
character, so that nothing vanishes unseen (markup.py).
"""
from __future__ import annotations

import re

_NONCHARACTERS = "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000))
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ud800-\udfff" + _NONCHARACTERS + "]")
REPLACEMENT = "\ufffd"


# The same characters, split for speed: a class of BMP characters only is searched ~7x faster,
# and the astral noncharacters cannot be in a string without astral characters (`in` is O(1)).
_BMP_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
_ASTRAL_NONCHARACTERS = tuple(_NONCHARACTERS[2:])
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # (one range: searched as fast as the BMP class)


def may_produce_forbidden(text: str) -> bool:
    """False when neither `text` nor its character references (`&#…;`) can yield a forbidden
    character: a cheap test (~5 ns per character) that saves searching the HTML made from it."""
    return ("&#" in text or _BMP_FORBIDDEN.search(text) is not None
            or any(c in text for c in _ASTRAL_NONCHARACTERS))


def holds_forbidden(text: str) -> bool:
    """Whether `text` holds a character of `FORBIDDEN`: its BMP ones searched (one class of BMP ranges), the astral
    ones looked for only in a text with an astral character. `FORBIDDEN.search` costs 5.7-5.8 µs for an
    80-character title, this ~1 (CPU, min of 5; first_forbidden asks it of every text value of a file's YAML: ~6.7
    an article of the c1k corpus)."""
    return _BMP_FORBIDDEN.search(text) is not None or (
        not text.isascii() and _ASTRAL.search(text) is not None and any(c in text for c in _ASTRAL_NONCHARACTERS))


def first_forbidden(text: str) -> str | None:
    """The first forbidden character of `text` as `U+XXXX`, or None."""
    found = FORBIDDEN.search(text) if holds_forbidden(text) else None
    return f"U+{ord(found.group()):04X}" if found else None


def replace_forbidden(text: str) -> str:
    return FORBIDDEN.sub(REPLACEMENT, text) if holds_forbidden(text) else text


# Characters that show nothing where a name is shown as text (a title, an outlet, a person). One rule from Unicode
# properties, so that no blank name passes where another is refused (a hostile trial, 2026-12-04: a title of Hangul
# fillers, U+3164 and kin, built a blank headline without a word; U+034F and U+2800 were only "no letter or
# digit", where U+200B was an error):
# - Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1: renderers show nothing for them; it
#   holds the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, U+034F COMBINING GRAPHEME JOINER, the variation
#   selectors, U+180B-U+180F, U+17B4/U+17B5 and the tag characters, whose categories, Lo, Mn, Cf, say nothing of it);
# - White_Space and every other character `str.isprintable` refuses (Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but U+0020);
# - U+2800 BRAILLE PATTERN BLANK (So), a blank cell drawn as a space, which "invisible" text generators use.
_IGNORABLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
              "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
              "\U000e0000-\U000e0fff")
_BLANK = re.compile(f"[{_IGNORABLE}\u2800]")
INVISIBLE = _BLANK  # the characters above that show nothing and are no white space: diagnostics show them escaped


def shows_nothing(character: str) -> bool:
    """Whether `character` (one code point) shows nothing in a name: a Default_Ignorable_Code_Point, white space,
    a character `str.isprintable` refuses, or the braille blank (above)."""
    return not character.isprintable() or character.isspace() or _BLANK.match(character) is not None


def visible(text: str) -> bool:
    """Whether `text` has a character a reader sees (`shows_nothing` of none of them)."""
    return any(not shows_nothing(c) for c in text)


def code_points(text: str) -> str:
    """Each distinct character of `text` as `U+XXXX`, in order, joined by ", " (how a diagnostic names
    characters a reader cannot see: "U+3164, U+200B")."""
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(text))
