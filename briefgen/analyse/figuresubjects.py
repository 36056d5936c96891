"""What a percentage's move is a move of: the names before its verb, for figures.py (T28, 2026-12-07).

A tester's carmaker briefing showed, under "Where the reports differ", "Shares in Daiwa fell 7% and Kurose 5% in
morning trade in Tokyo" against "Tokyo shares fell 2.1 per cent on Wednesday" and "Japan's Nikkei share average fell
2.1%": a company's fall against the market's, as if one figure were told two ways. A percentage's units are "%" and
the content word before it (figures._units), here the verb "fell" on every side, so any two falls were one quantity.
A difference shown is a claim that two outlets disagree (figureroles.py), so a percentage right after a verb of
movement ("fell", "rose by nearly 3%", "was down", "closed down by") now carries its subject: the names written before
the verb in its clause (to a ";", ":", a dash, "and", "but", "while"; commas do not end it: "Toyota, the carmaker,
fell"): words written capitalised inside the sentence, and its first word when a possessive or a market's word follows
it ("Daiwa's shares", "Tokyo shares", "Daiwa stock"), a capitalised word ("Daiwa Motor") or an appositive ("Toyota,
the carmaker,"), less days, months and legal forms ("Inc") ("On Wednesday Daiwa shares fell").
A plural opening the sentence ("Exports", "Shares") is none; another word opening it is ("Daiwa fell", "Inflation rose"). Two such figures tell one quantity when their names
are the same, or both name some and one's are among the other's ("Daiwa fell 7%" and "Daiwa Motor shares fell 9%";
`one_subject`). So a company and the market, two companies, two countries ("In France, inflation rose 3%") are apart,
and a named subject against none ("Japan's exports rose 7%" against "Exports rose 5%") too: a missed difference is a
smaller harm than a false one. A lead's breaker (BR50) found the first form, every content word of the clause up to
its last comma, lost true differences ("Daiwa said its shares fell 9%") and kept false ones ("Toyota, the carmaker,
fell 7%"). Left: names after the figure ("Shares fell 2% in Tokyo" and "… 3% in Seoul" still differ).
"""
from __future__ import annotations

import re

from briefgen.analyse.companyforms import LEGAL_FORMS
from briefgen.analyse.lexicon import MONTHS_DAYS, STOPWORDS

# A verb of movement right before the figure, perhaps with "by" and a bound ("fell by nearly 7%")
_VERBS = (r"fell|falls?|falling|fallen|rose|rises?|rising|risen|dropped|drops?|dropping|slid|slides?|sliding|slipped|"
          r"slips?|slumped|slumps?|plunged|plunges?|plummeted|tumbled|tumbles?|sank|sinks?|dipped|dips?|declined|"
          r"declines?|decreased|decreases?|climbed|climbs?|jumped|jumps?|gained|gains?|surged|surges?|soared|soars?|"
          r"rallied|rallies|advanced|advances?|increased|increases?|grew|grows?|shrank|shrinks?|shrunk|lost|loses?|"
          r"added|adds?|ended|closed|opened|traded|edged|was|were|is|are|up|down|higher|lower")
_MOVE = re.compile(rf"(?:^|(?<=[\s(]))(?:(?:{_VERBS})\s+)*(?:{_VERBS})\s+(?:by\s+)?(?:(?:about|around|roughly|"
                   r"nearly|almost|some|just|over|under|more\s+than|less\s+than|as\s+much\s+as)\s+)?$", re.IGNORECASE)
# Where the subject's clause opens, looking back from the verb
_CLAUSE = re.compile(r"[;:\u2014\u2013]|\s-\s|\b(?:and|but|while|whereas)\s", re.IGNORECASE)
_NAME = re.compile(r"(?<![\w\u2019'-])[A-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff][\w\u2019'-]+")
_FIRST_NAMED = re.compile(r"['\u2019]s\b|\s+(?:[Ss]hares?|[Ss]tocks?|[Ii]ndex)\b|,\s+(?:the|a|an)\s|\s+[A-Z]")
_TIMES = MONTHS_DAYS | frozenset("today yesterday tonight".split())
_LEGAL = frozenset(form.lower().rstrip(".") for form in LEGAL_FORMS)


def subject(sentence: str, start: int, kind: str = "%") -> tuple[str, ...]:
    """The subject of a percentage (`kind` "%", figures._Read.kind; () for any other) written from `start` (characters
    of `sentence`) when a verb of movement comes right before it (module docstring): the names before the verb in its
    clause, lower case, a possessive's "'s" dropped, sorted; () when no verb of movement comes before it or its clause
    names nothing ("Shares fell 2%")."""
    move = _MOVE.search(sentence, max(0, start - 60), start) if kind == "%" else None
    if move is None:
        return ()
    opened = 0
    for opened_at in _CLAUSE.finditer(sentence, 0, move.start()):
        opened = opened_at.end()
    lead = len(sentence) - len(sentence.lstrip(" \t\"'\u201c\u2018(["))
    names = set()
    for found in _NAME.finditer(sentence, opened, move.start()):
        word = re.sub(r"['\u2019]s$", "", found.group()).lower()
        if found.start() == lead and word.endswith("s") and not _FIRST_NAMED.match(sentence, found.end()):
            continue  # ("Exports rose", "Shares in Daiwa fell": a plural opening the sentence, no name)
        if word not in _TIMES and word not in _LEGAL and word not in STOPWORDS and len(word) > 1:
            names.add(word)
    return tuple(sorted(names))


def one_subject(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two percentages' subjects (`subject`) leave them one quantity: the same names (or none on both sides),
    or names on both sides and one side's all among the other's."""
    return first == second or bool(first) and bool(second) and (set(first) <= set(second) or set(second) <= set(first))
