"""One-word names that the article shows to be a body's, not a person's (QW18, 2026-12-06).

    from briefgen.analyse.onewordbodies import one_word_body
    one_word_body("Unilever said its brands were safe.", "Unilever")   # -> True
    one_word_body("Madonna said it was her last tour.", "Madonna")     # -> False

"Tesco said", "Unilever said", "Ryanair told reporters" read as a person's name, as "Madonna said" does: one word
before a speech verb is no body's by its words (nameruns.py). What separates them is what the article writes beside
the name (`_BODY_AFTER`, `_BODY_BEFORE`). orgnames.firms_and_things makes such a name an organisation at every
mention of the article, people.people_analysis the speaker of its quotations (a frame may name it where names_in
finds no mention: "Tesco, asked about the recall, said …"), and names.NameIndex.build the same name in every other
article of the archive (lonenames.firms_written_alone). A body the text never shows so is declared `kind:
organisation` under `people:` (docs/people.md).
"""
from __future__ import annotations

import re

# What a one-word name read as a person's takes only as a body's (QW18, 2026-12-06: "Unilever said", "Tesco, asked
# about the recall, said" were people on the People pages): "its" after its speech verb ("Unilever said its brands
# …"), "which" set off after it ("Tesco, which owns One Stop, …"), a retailer's or a carrier's possessions ("Tesco's
# stores", "Ryanair's flights"), a legal form in lower case ("Tesco plc"); before it, where goods are sold or bought
# ("sold at Tesco", "shelves at Aldi"). Not "it" ("Madonna said it was her last tour"), nor a person's possessions
# ("Musk's shares", "Trump's products"), nor "at" alone ("a dig at Madonna").
_BODY_AFTER = re.compile(r"(?:,[ \t]+which\b|[ \t]+(?:said|says|announced|reported|confirmed|added|warned|posted|expects|"
                         r"expected)(?:[ \t]+that)?[ \t]+its\b|['\u2019]s?[ \t]+(?:stores|shops|supermarkets|branches|"
                         r"factories|depots|warehouses|flights|fleet)\b|[ \t]+(?:plc|ltd|inc)\b)")
_BODY_BEFORE = re.compile(r"(?<![\w-])(?:sold|bought|shopped|shopping|stocked|available|shelves|stores|branches)[ \t]+at[ \t]+$")


def one_word_body(text: str, word: str) -> bool:
    """Whether `text` (an article's plain text) shows the one-word name `word`, which reads as a person's apart from
    its context ("Tesco said", "Unilever said"), to be a body's: at one of its occurrences as a word, `_BODY_AFTER`
    follows it or `_BODY_BEFORE` precedes it. A name the article gives a first name ("Anna Tesco") never reaches
    this (its mentions' full name is that one); "Madonna said" with none of these stays a person. An editor declares
    a body the text never shows so `kind: organisation` (docs/people.md)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()) and (
                _BODY_AFTER.match(text, end) or _BODY_BEFORE.search(text, max(0, at - 24), at)):
            return True
        at = text.find(word, end)
    return False
