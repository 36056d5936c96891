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
NAME_PREFIXES = frozenset("ac itz el ella es er en an on bdul bd in bn ary nn ean".split())


def product_shaped(token: str) -> bool:
    """Whether a word has a brand's or a product's shape: CamelCase past a name prefix (`_CAMEL`)."""
    shape = _CAMEL.match(token)
    return shape is not None and (shape.group(1) is None or len(shape.group(1)) > 1
                                  and shape.group(1) not in NAME_PREFIXES)


def camel_name(token: str) -> bool:
    """Whether one word standing alone is a company's or a brand's name written in CamelCase ("BlackRock", "SoftBank",
    "PayPal", "YouTube", "GlaxoSmithKline", "ChapaPesa", possessive or not): an organisation (nameruns.classify), as
    "JPMorgan" is by its list. Not an acronym's plural ("NGOs", "IDPs", "MPs"). Until FX33 (T21, 2026-12-07) such a word
    was a product and no name at all: "“…,” BlackRock said" had no speaker. A product of that shape is no name where
    its article shows it to be one ("PowerCell Mini", "PowerCell chargers": `firms_and_things`)."""
    return product_shaped(token) and _ACRONYM_PLURAL.fullmatch(token) is None and "-" not in token  # ("KwaZulu-Natal": FX38)


# Where the text writes a CamelCase word as a thing, not as an actor (BR30, 2026-12-07: "sells PlayStation consoles",
# "in PowerPoint", "The new AirPods went on sale", "The PlayStation 5 sold out" made organisations): after a word that
# opens a noun phrase or names a use, or before a model's number or a noun it modifies (a lower-case word no verb).
_THING_BEFORE = re.compile(r"(?:^|\W)(?:in|on|the|a|an|new|its|their|his|her|our|your|my|this|that|using|via|with|"
                           r"latest|older|newer)[ \t]+$", re.IGNORECASE)
_MODEL_AFTER = re.compile(r"[ \t]+\d")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'\u2019-]*)")
# What follows a present-tense verb in "-s" and no plural noun: its object's first word or a figure ("BlackRock owns 5
# percent", "BlackRock holds a stake"); a plural noun is followed by a verb, a preposition or a relative ("PlayStation
# consoles sold out", "AirPods sales to China", "PlayStation games that sold": not read as objects). FX40: "BlackRock owns 5 percent of the company." named no one.
_OBJECT_AFTER = re.compile(r"[ \t]+(?:\d|[$\u00a3\u20ac]|(?:a|an|the|its|their|his|her|our|some|almost|nearly|most|half|"
                           r"them|him|us|shares|stakes?)\b)")
_VERBS = frozenset("""said says say told tells is was are were has had have will would can could may might must should
shall did does do plans planned bought buys sold sells made makes took takes won wins lost loses cut cuts paid pays hit
hits set sets put puts went goes got gets gave gives grew grows rose rises fell falls kept keeps began begins became
becomes also now then first last still already again often too owns holds controls wants needs hopes expects intends
aims employs operates manages""".split())


def camel_thing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one CamelCase word (`camel_name`) written as a product or a thing, no organisation acting
    (`_THING_BEFORE`, `_MODEL_AFTER`, or a lower-case word after it that is no verb of `_VERBS` and no past tense in
    "-ed"): "in PowerPoint", "the new AirPods", "PlayStation 5", "PlayStation consoles". "BlackRock said", "SoftBank
    bought", "BlackRock, the fund manager," stay an organisation's (camel_name; FX38, BR30 items 6-7), as do "BlackRock
    owns 5 percent", "BlackRock holds a stake" (a verb in "-s" before its object) and "BlackRock recently bought" (an
    adverb in "-ly" before the verb; FX40)."""
    if not camel_name(word := text[start:end]) or " " in word:
        return False
    if _THING_BEFORE.search(text, max(0, start - 12), start) or _MODEL_AFTER.match(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).endswith("ly") and after.group(1) not in _LY_NOUNS:  # "BlackRock recently bought"
        after = _NEXT_WORD.match(text, after.end())
    return after is not None and not _verb(text, after)


_LY_NOUNS = frozenset("family supply assembly rally monopoly reply ally belly jelly bully".split())


def _verb(text: str, after: re.Match[str]) -> bool:
    """Whether the lower-case word `after` matched reads as a verb: one of `_VERBS`, a past tense in "-ed", or a present
    tense in "-s" before its object (`_OBJECT_AFTER`: "owns 5 percent", "holds a stake"; FX40)."""
    word = after.group(1)
    return (word in _VERBS or word.endswith("ed")
            or word.endswith("s") and not word.endswith("ss") and _OBJECT_AFTER.match(text, after.end()) is not None)


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}[\u2019']?s")
