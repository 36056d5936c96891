"""Whether "Dean" before a two-word name is a title or a given name, read in the article's context.

    dean_titled(text, ["Dean", "Judith", "Amery"], at)   # True when the article shows a dean (below)

"Dean" is a church's and a college's title ("Dean Judith Amery", the Dean of Brackenford) and a common given name
("Dean Hugo Smith"), so no word list can decide it (titlewords.CLERICAL_TITLES leaves it out). A trial (2026-12-05,
a cathedral's storks) published a People page "Dean Judith Amery" beside "Judith Amery". It is read as a title only
when the article itself shows a dean (precision first: a given name read as a title would lose a person's first name):
- it says "the dean" (or "a dean", "its dean", "the new dean": a lower-case dean after a determiner), or "Dean of"
  and a capitalised word ("The Dean of Brackenford welcomed them"); or
- it names the same two-word person elsewhere without "Dean" ("Judith Amery … Dean Judith Amery").
Otherwise "Dean" stays the first of three name words. A pure function of the text.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

_DEAN_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]+\s+)?dean\b"
                        rf"|\bDean\s+of\s+(?:the\s+)?{CAPITAL}")


def dean_titled(text: str, tokens: list[str] | tuple[str, ...], at: int) -> bool:
    """Whether the run `tokens` (its first word "Dean", then exactly two name words; at offset `at` in `text`, the
    article's plain text) names a dean, "Dean" its title (module docstring). Any other run: False."""
    if len(tokens) != 3 or tokens[0] != "Dean":
        return False
    if _DEAN_NOUN.search(text):
        return True
    rest = re.escape(tokens[1]) + r"\s+" + re.escape(tokens[2].rstrip("'\u2019s") if tokens[2].endswith(("'s", "\u2019s")) else tokens[2])
    return any(not text[max(0, m.start() - 5):m.start()].endswith("Dean ") for m in re.finditer(
        rf"(?<![\w'\u2019-]){rest}(?![\w-])", text))
