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


def first_forbidden(text: str) -> str | None:
    """The first forbidden character of `text` as `U+XXXX`, or None."""
    found = FORBIDDEN.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def replace_forbidden(text: str) -> str:
    return FORBIDDEN.sub(REPLACEMENT, text) if FORBIDDEN.search(text) else text
