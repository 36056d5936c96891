"""Whether a headline's frame closing after its quotation names the quotation's speaker as the frame's subject, or
only as a word of another phrase.

    misnamed('Levy "a tax on the poor", says wife of jailed Tulley', quote)  # -> True (the wife speaks, not Tulley)
    misnamed('"We will win" – Tulley vs Reale', quote)                        # -> True (two sides: no one speaks)
    misnamed('Levy "a tax on the poor" – as Tulley resigns', quote)          # -> True (an event, no frame)
    misnamed('EU rule "unfair", says Johari', quote)                          # -> False

quotes.py reads a headline's words after a quotation as a text's ("“…,” said X", "“…” — X") and gives the quotation
to the person its phrase names; in a headline that phrase is often no speaker's (a breaker, BR32, 2026-12-07: 'Levy "a
tax on the poor", says wife of jailed Tulley' → Tulley; '… – as Tulley resigns' → Tulley; '"We will win" – Tulley vs
Reale' → Reale). The speaker's name is the frame's subject only when no preposition or conjunction stands between the
frame's start (its speech verb or dash) and the name ("wife of", "as", "Tulley vs") and no "vs", "and", "or" joins
another side after it. A role or title before the name is the speaker's ("says former minister Johari"), and so is a
noun after it ("– Tulley interview": the interview's words are Tulley's). "By" is left alone ("says report by Mark
Tulley": the report's author). English forms. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.quoteresult import Quote

# The frame's start after the quotation: a speech verb (after a comma) or a dash
_FRAME = re.compile(r"[ \t]*,?[ \t]*(?:(?i:says|said|warns|warned|insists|claims|admits|tells|told|vows|pledges)[ \t]+"
                    r"|[\u2014\u2013-][ \t]+)")
# Words that put the name inside another phrase before it: a preposition or a conjunction ("wife of", "as", "Tulley vs")
_BETWEEN = frozenset("of as while after before for with against to vs v vs. v. versus than on in at over and or when "
                     "amid despite from since if".split())
# Another side joined after the name ("Tulley vs Reale", "Tulley and Reale")
_JOINED = re.compile(r"[ \t]*(?:(?i:vs\.?|v\.?|versus|and|or|&|with|against))[ \t]")


def misnamed(title: str, quote: Quote) -> bool:
    """Whether headline quotation `quote` (its `end` the closing mark's offset in `title`), given to `quote.speaker` by a
    frame after it, has a speaker that frame names only inside another phrase (module docstring); False when the frame
    does not follow the quotation or its phrase does not hold the speaker's name."""
    if quote.speaker is None or (frame := _FRAME.match(title, quote.end + 1)) is None:
        return False
    found = re.search(rf"(?<![\w'\u2019]){re.escape(quote.speaker)}(?![\w'\u2019])", title[frame.end():])
    if found is None:
        return False
    before = title[frame.end():frame.end() + found.start()].lower().split()
    return any(word in _BETWEEN for word in before) or _JOINED.match(title, frame.end() + found.end()) is not None
