"""What a percentage's move is a move of: the subject before its verb, for figures.py (T28, 2026-12-07).

A tester's carmaker briefing showed, under "Where the reports differ", "Shares in Daiwa fell 7% and Kurose 5% in
morning trade in Tokyo" against "Tokyo shares fell 2.1 per cent on Wednesday" and "Japan's Nikkei share average fell
2.1%": a company's fall against the market's, as if one figure were told two ways. A percentage's units are "%" and
the content word before it (figures._units), here the verb "fell" on every side, so any two falls on one day were one
quantity. A difference shown is a claim that two outlets disagree (figureroles.py), so a percentage right after a verb
of movement ("fell", "rose 3%", "climbed by nearly 4%") now carries its subject: the content words of its clause
before the verb ("Shares in Daiwa" → daiwa; "Tokyo shares" → tokyo; "Japan's Nikkei share average" → japan, nikkei),
less the words every market move has ("shares", "stocks", "index", "price"). Two such figures tell one quantity only
when their subjects are the same words (`one_subject`): "Shares of Daiwa fell 7%" and "Daiwa fell 9%" still differ;
"Unemployment rose 4%" and "Inflation rose 3%", a company and the market, or a named subject and "Its shares" do not
(a missed difference is a smaller harm than a false one).
"""
from __future__ import annotations

import re

from briefgen.analyse.page_quantities import singular

# A verb of movement right before the figure, perhaps with "by" and a bound ("fell by nearly 7%")
_VERBS = (r"fell|falls?|falling|fallen|rose|rises?|rising|risen|dropped|drops?|dropping|slid|slides?|sliding|slipped|"
          r"slips?|slumped|slumps?|plunged|plunges?|plummeted|tumbled|tumbles?|sank|sinks?|dipped|dips?|declined|"
          r"declines?|decreased|decreases?|climbed|climbs?|jumped|jumps?|gained|gains?|surged|surges?|soared|soars?|"
          r"rallied|rallies|advanced|advances?|increased|increases?|grew|grows?|shrank|shrinks?|shrunk|lost|loses?|"
          r"added|adds?|ended|closed|opened|traded|edged|was|were|is|are|up|down|higher|lower")
_MOVE = re.compile(rf"(?:^|(?<=[\s(]))(?:(?:{_VERBS})\s+)*(?:{_VERBS})\s+(?:by\s+)?(?:(?:about|around|roughly|"
                   r"nearly|almost|some|just|over|under|more\s+than|less\s+than|as\s+much\s+as)\s+)?$", re.IGNORECASE)
# Where the subject's clause opens, looking back from the verb: a clause mark, or a conjunction
_CLAUSE = re.compile(r"[,;:(\u2014\u2013]|\s-\s|\b(?:and|but|while|whereas|as|after|before|when|with|than)\s",
                     re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w\u2019'-]*")
# Words any market move's subject may hold, and words of no subject
_GENERIC = frozenset("""share stock index average benchmark price market trade trading morning afternoon early late
session value the a an of in on at for its their his her our this that these those it they shares stocks""".split())


def subject(sentence: str, start: int, kind: str = "%") -> tuple[str, ...]:
    """The subject of a percentage (`kind` "%", figures._Read.kind; () for any other) written from `start` (characters
    of `sentence`) when a verb of movement comes right before it (module docstring): its clause's content words before the verb, lower case, singular, a possessive's
    "'s" dropped, less `_GENERIC`, sorted; () when no such verb does (or nothing of it is left: "Shares fell 2%")."""
    move = _MOVE.search(sentence, max(0, start - 60), start) if kind == "%" else None
    if move is None:
        return ()
    before = sentence[max(0, move.start() - 80):move.start()]
    opened = 0
    for opened_at in _CLAUSE.finditer(before):
        opened = opened_at.end()
    words = {singular(re.sub(r"['\u2019]s$", "", w.lower())) for w in _WORD.findall(before, opened)}
    return tuple(sorted(w for w in words if w and w not in _GENERIC))


def one_subject(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two percentages' subjects (`subject`) leave them one quantity: both read none, or the same words."""
    return first == second
