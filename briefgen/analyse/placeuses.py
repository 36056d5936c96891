"""Whether an article uses one capitalised word as a place's name: "The summit was held in Osaka. … Osaka said: “…”"
made a person "Osaka" (FX109, item 5 of the brief's list, item 6): a one-word run is read as a person's surname where
a speech verb follows it ("Osaka said"), whatever else the article writes of it.

    used_as_place("The summit was held in Osaka.", "Osaka")  # -> True

The forms (the brief's: "in X", "from X", "X-based", "to X"; any case of the preposition, the word as written):
- "in", "near", "outside", "across", "throughout" (lower case: "Across Aaaa left" opens a sentence before a name)
  before the word, not its possessive ("in Ruiz's office" is no place), nor after a word of a stake or a belief
  ("Shares in Brannock", "investors in", "confidence in": `_STAKES`, a company's or a person's);
- "from" before it (lower case), unless a word of a message, a report or a backing stands before "from" ("a letter from Ruiz",
  "support from Ruiz", "a readout from Acme": `_SENT`), which names a person or a company as often as a place;
- "X-based";
- "to" before it after a verb or noun of travel (`_TRAVEL`: "flew to Osaka", "a trip to Osaka"); "to X" alone is a
  person's as often ("a letter to Ruiz", "according to Ruiz", "spoke to Ruiz").
"""
from __future__ import annotations

import re

from briefgen.analyse.personuses import used_as_person

_IN = r"(?:in|near|outside|across|throughout)"
_STAKES = frozenset("""shares share stake stakes investors investor investment investments invest invested investing
interest interests holding holdings confidence faith trust belief believe believes believed""".split())
_SENT = frozenset("""letter letters statement call calls message messages email emails note notes reply response
comment comments word support help pressure criticism questions remarks testimony visit visits order orders request
requests demand demands bid bids offer offers approach funding loan loans payment payments readout readouts report
reports briefing briefings announcement announcements release releases update updates filing filings memo memos notice
notices warning warnings document documents data figures spokesman spokeswoman spokesperson official officials
executive executives lawyer lawyers representative representatives""".split())
_TRAVEL = (r"(?:flew|fly|flies|flying|travelled|traveled|travel|travels|moved|move|returned|return|returning|went|go|"
           r"goes|headed|heading|sailed|drove|came|trip|trips|flight|flights|journey|route|road|way|train|trains|ferry|"
           r"ferries|bus|buses|visit|visits|exported|shipped|relocated|evacuated|deported)")


def used_as_place(text: str, word: str) -> bool:
    """Whether `text` (an article) uses `word` (one word as written, "Osaka") as a place's name in one of the module
    docstring's forms, anywhere; the word and the preposition as written (case-sensitive). False where the article
    shows the word to be a person's (personuses.used_as_person: "Mr Jordan", "Jordan, 24,", "Michael Jordan"; FX117)."""
    name = re.escape(word)
    end = r"(?![\w\-]|['\u2019]s\b|\s+[A-Z]|\s+(?:plc|ltd|inc|llc|corp|co)\b)"  # ("in Trump Tower": FX117; "from
    # Acme plc", a company's legal form after it, is no place either: the landing checks, 2026-12-07 night)
    if used_as_person(text, word):
        return False
    if re.search(rf"(?<![\w'\u2019-]){name}-based\b", text) or re.search(rf"(?<![\w'\u2019-]){_TRAVEL}\s+to\s+{name}{end}", text):
        return True
    for preposition, unless in ((_IN, _STAKES), ("from", _SENT)):
        for found in re.finditer(rf"(?<![\w'\u2019-]){preposition}\s+{name}{end}", text):
            before = text[max(0, found.start() - 24):found.start()].split()
            if not before or before[-1].lower().strip(",;:") not in unless:
                return True
    return False
