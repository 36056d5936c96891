"""A site outlet's leading words as its short name on the People page: "Radio Dalka" of the source "Radio Dalka
Mogadishu" (people.py, firmsources.listed_outlet_keys).

Stations and papers add their city or country to their name ("Radio Dalka Mogadishu", "Nation TV Nairobi", "Radio
Ergo Somalia"), and texts drop it: "told Radio Dalka", "Radio Dalka said". The T23 trial (2026-12-07) listed "Radio
Dalka" on the People page as an organisation named in 2 articles. The rule (`leading_form`): a source's name of three
words or more (a leading "The" aside) whose last word is no newsroom's or company's word
(credit_newsmakers.NEWSROOM_WORDS, NEWSMAKER_HEADS, a legal form: "Red Sea Freight Bulletin", "Nation Media Group" keep their
last word) and whose other words hold a newsroom's word ("Radio", "TV", "Post": what makes the leading words an
outlet's name, not an owner's or a place's: "Horn Policy Forum" gives no "Horn Policy") is written by those other
words too. Only the People page reads it: names that are an outlet's are nobody's page. Credits do not (a dropped
city is as often another outlet's name: "Radio France Internationale", "Radio France").
"""
from __future__ import annotations

import re

from briefgen.analyse.credit_newsmakers import NEWSMAKER_HEADS, NEWSROOM_WORDS
from briefgen.analyse.namekeys import fold

_LEGAL = frozenset({"sa", "ag", "as", "ab", "nv", "bv", "spa", "srl"})  # (legal forms NEWSMAKER_HEADS lacks)


def leading_form(name: str) -> str | None:
    """The short name of the source `name` by its leading words (module docstring: "Radio Dalka Mogadishu" → "Radio
    Dalka"), None when it has none."""
    words = name.split()
    core = words[1:] if words and words[0] in ("The", "the") else words
    if len(core) < 3 or not core[-1][:1].isupper():
        return None
    last = fold(re.sub(r"\W+$", "", core[-1]))
    leading = [fold(re.sub(r"\W+", "", word)) for word in core[:-1]]
    if last in NEWSROOM_WORDS or last in NEWSMAKER_HEADS or last in _LEGAL or NEWSROOM_WORDS.isdisjoint(leading):
        return None
    return " ".join(core[:-1])
