"""News outlets in the text a quotation's frame reads: their names, and whether one is named as the party spoken to.

    news_outlet("Reuters"), news_outlet("the Harbour Chronicle")  # -> True, True: a known outlet or a news head word
    addressed_outlet(masked, start, "Reuters")  # -> True after "told", "to", "with", "according to": "X told Reuters …"

"ChapaPesa told Reuters the fee was legal. “We comply,” it said in a statement." gave the words to Reuters
(quotespeakers._it: the last organisation named in the two sentences; FX52). An outlet spoken to, or cited, is no
antecedent of "it" in the next quotation's frame: the one who spoke to it is. `NEWS_HEADS` and `OUTLETS` moved here
from orgvoices.py (its 400 lines), which reads them for "the company" (`_referent`).
"""
from __future__ import annotations

import re

from briefgen.analyse.knownoutlets import KNOWN_OUTLETS

# The last words of news outlets' names, which "the company" never stands for beside the company a report is about
# ("according to the Harbour Chronicle"; orgvoices._referent reads the whole article for a company's noun).
NEWS_HEADS = frozenset("""times post journal herald gazette tribune news press review monitor telegraph guardian observer
express radio television tv digest dispatch ledger chronicle courier courant echo register magazine weekly""".split())
OUTLETS = frozenset(name.lower() for canonical, others in KNOWN_OUTLETS.items() for name in (canonical, *others))
# What names the outlet as the one told or cited, right before its name: "told (the) X", "said to X", "in an
# interview with X", "according to X", "reported by X".
_ADDRESSED = re.compile(r"(?<![\w'\u2019-])(?:told|tells|telling|tell|to|with|by)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def news_outlet(name: str) -> bool:
    """Whether `name` (as written, "the" allowed) is a news outlet's: one knownoutlets.KNOWN_OUTLETS holds, or one
    whose last word is a news head (`NEWS_HEADS`: "Harbour Chronicle", "Valley Radio")."""
    words = name.split()
    plain = " ".join(words[1:] if words[:1] in (["the"], ["The"]) else words).lower()
    return plain in OUTLETS or name.lower() in OUTLETS or bool(words) and words[-1].lower() in NEWS_HEADS


def addressed_outlet(masked: str, start: int, name: str) -> bool:
    """Whether the run `name` at `start` of `masked` is a news outlet (`news_outlet`) named as the one spoken to or
    cited (`_ADDRESSED`: "told Reuters", "in an interview with the Financial Times", "according to Bloomberg")."""
    return news_outlet(name) and _ADDRESSED.search(masked, max(0, start - 16), start) is not None
