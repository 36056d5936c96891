"""Words a speaker passes on from someone else: "She had assured him, he said, that “no decision is imminent”" — the
parenthetical "he said" is the frame's verb, but the words are what *she* assured him of (the tester's airport
briefing, issue 9, 2026-12-05: they were shown as the minister's, "— Tom Fairbrook"). For quotes.py's frame before a
quotation: such words have no speaker of their own there (precision first: the earlier speaker is a report of a
report, not guessed).

Pure: a function of the masked text and the speech verbs quoteframes found in the clause.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

# A parenthetical frame: ", he said," / ", Tom Reid said," — a pronoun or one to three capitalised words set off by
# commas before the verb, and a comma after it.
_PARENTHETICAL_SUBJECT = re.compile(rf",[ \t]+(?:he|she|they|{CAPITAL}[\w'\u2019-]*(?:[ \t]+{CAPITAL}[\w'\u2019-]*){{0,2}})[ \t]+$")
_COMMA_AFTER = re.compile(r"[ \t]*,")


def passed_on(masked: str, clause_start: int, verbs: list[tuple[int, int]]) -> bool:
    """Whether the last speech verb of the clause (`verbs`: (start, end) of each, in order, from `clause_start`) is a
    parenthetical frame (`_PARENTHETICAL_SUBJECT`, a comma after it) with an earlier speech verb of the clause before
    its opening comma: "She had assured him, he said, that “…”", "Berg told the board, Reid said, that “…”". The
    words are the earlier verb's subject's, passed on by the parenthetical's. The earlier verb must be in the stretch
    right before that comma (no comma between): "After the minister told the Dáil that talks had failed, the deal, Tom
    Reid said, was “dead”" is Reid's, the earlier verb in a clause of its own (a breaker's L2 against 8fa8a5e3,
    2026-12-05)."""
    if len(verbs) < 2:
        return False
    start, end = verbs[-1]
    subject = _PARENTHETICAL_SUBJECT.search(masked, max(clause_start, start - 40), start)
    if subject is None or _COMMA_AFTER.match(masked, end) is None:
        return False
    return any(v_end <= subject.start() and v_start >= clause_start and "," not in masked[v_end:subject.start()]
               for v_start, v_end in verbs[:-1])
