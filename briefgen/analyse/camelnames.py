"""Words written in CamelCase: a company's or a brand's name, or a product's; not a person's name with a prefix.

    product_shaped("PowerCell")   # True; "McDonald", "DeSantis", "MacLeod", "LeBron": False (a name prefix)
    camel_name("BlackRock")       # True: one word alone is an organisation's name (nameruns.classify); "NGOs": False

Read apart from context (nameruns.py); orgnames.firms_and_things reads the context that makes such a word a product
("PowerCell Mini", "PowerCell chargers": no name wherever the article writes it).
"""
from __future__ import annotations

import re

# A word written in CamelCase ("PowerCell", "BlackRock", "JPMorgan", "TikTok"): a brand or a product, no person's
# name, unless its first part is one letter ("McDonald", "DeSantis", "LeBron", "JoAnne", "RuPaul") or a surname or
# given-name prefix written so ("MacArthur", "FitzGerald", "VanDyke", "DellaVolpe", "AbdulRahman", "MaryAnn").
_CAMEL = re.compile(r"[A-Z]{2,}[a-z]|[A-Z]([a-z]+)[A-Z]")
_NAME_PREFIXES = frozenset("ac itz el ella es er en an on bdul bd in bn ary nn ean".split())


def product_shaped(token: str) -> bool:
    """Whether a word has a brand's or a product's shape: CamelCase past a name prefix (`_CAMEL`)."""
    shape = _CAMEL.match(token)
    return shape is not None and (shape.group(1) is None or len(shape.group(1)) > 1
                                  and shape.group(1) not in _NAME_PREFIXES)


def camel_name(token: str) -> bool:
    """Whether one word standing alone is a company's or a brand's name written in CamelCase ("BlackRock", "SoftBank",
    "PayPal", "YouTube", "GlaxoSmithKline", "ChapaPesa", possessive or not): an organisation (nameruns.classify), as
    "JPMorgan" is by its list. Not an acronym's plural ("NGOs", "IDPs", "MPs"). Until FX33 (T21, 2026-12-07) such a word
    was a product and no name at all: "“…,” BlackRock said" had no speaker. A product of that shape is no name where
    its article shows it to be one ("PowerCell Mini", "PowerCell chargers": `firms_and_things`)."""
    return product_shaped(token) and _ACRONYM_PLURAL.fullmatch(token) is None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}[\u2019']?s")
