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


def may_produce_forbidden(text: str) -> bool:
    """False when neither `text` nor its character references (`&#…;`) can yield a forbidden
    character: a cheap test (~5 ns per character) that saves searching the HTML made from it."""
    return ("&#" in text or _BMP_FORBIDDEN.search(text) is not None
            or any(c in text for c in _ASTRAL_NONCHARACTERS))


def first_forbidden(text: str) -> str | None:
    """The first forbidden character of `text` as `U+XXXX`, or None."""
    found = FORBIDDEN.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def replace_forbidden(text: str) -> str:
    return FORBIDDEN.sub(REPLACEMENT, text) if FORBIDDEN.search(text) else text
