"""A modal's verb phrase before a lead's day: a future, or a past "could" (eventdays.py reads it).

"could be rescued on Sunday", "could reach the surface on Wednesday", "may resume talks on Monday" place their news on
a day not yet come (BR21, 2026-12-06: dated, where "will be rescued" was not): `_MODAL`, a modal and up to eight
words before the day, none a conjunction or a verb of saying. Lower case: "May" is a month. Not a past "could" of
perceiving or reaching ("could be heard tapping on Sunday", "could not be reached on Sunday").

"could" is also the past of "can": the ability, or the inability, that the day's news was (BR22, 2026-12-06: "The ferry
could not sail on Tuesday because of the storm", "Fire crews could only watch on Tuesday as the ship burned", "Nobody
could explain on Tuesday why the alarm failed", "Only the captain could confirm on Tuesday that all were safe",
"Residents could return home on Tuesday after the fire was put out" were given no day). What tells it, not the verb
(`past_could`):
- negation or restriction — "could not (never, only, hardly, no longer)", "couldn't", or a subject "nobody", "no one",
  "none", "nothing", "neither", "only …" in its clause: a limit of what happened;
- a past clause after the day, before any comma — a subordinator (after, as, when, because, why, that, once …) and a
  verb in the past ("was", "were", "had", "did", or a word in -ed that no "is", "are", "be", "has" … precedes): a
  future's clause takes the present ("could return home on Tuesday after the fire is put out", "could rise on Monday
  as markets reopen" lie ahead).
"could be rescued on Sunday, officials said" stays a future: a reporting clause after a comma is not read.

Reported speech shifts its tenses back (BR23, 2026-12-06: "The minister said talks could resume on Friday after the
ceasefire was agreed", "Officials warned that the ferry could not sail on Friday unless the storm passed" were given
the past Friday): a "could" after a verb of saying, warning or expecting in its sentence (`_REPORTED`) is that
speaker's future, whatever the clauses after it — the day is not yet the news'. A past ability reported so ("Police
said residents could return home on Tuesday") gets no day either: no day is safer than a wrong one.
"""
from __future__ import annotations

import re

_MODAL = re.compile(r"\b(?P<modal>will|would|shall|could|can|may|might|must|should|ought\s+to)(?!\s+(?:not\s+)?"
                    r"(?:be\s+)?(?:reached|contacted|heard|seen|hear|see|feel|felt)\b)(?:\s+(?!(?:and|but|or|while|as|"
                    r"after|before|when|since|until|said|says|told)\b)[\w'\u2019-]+){1,8}\s*$")
_LIMITED = re.compile(r"\b(?:nobody|no\s+one|none|nothing|neither|only)\b[^,;:]*\bcould\b"
                      r"|\bcould(?:n['\u2019]t|\s+(?:not|never|only|hardly|barely|scarcely|no\s+longer))\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|warned|warns|cautioned|cautions|expects?|expected|hopes?|hoped|"
                       r"predicted|predicts|believes?|believed|suggested|suggests|signall?ed|indicated|indicates|"
                       r"announced|announces|added|adds|reckons?|reckoned|estimated|estimates|forecast|forecasts|"
                       r"thinks?|thought|feared|fears?)\b", re.IGNORECASE)
_PAST_CLAUSE = re.compile(r"[^,;:]{0,40}?\b(?:after|as|when|because|why|that|once|while|until|before|since|where|how|"
                          r"if)\b[^,;:]{0,60}?(?:\b(?:was|were|had|did)\b|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
                          r"(?<!\bbeing )(?<!\bhas )(?<!\bhave )(?<!\bget )(?<!\bgets )\b[a-z]{2,}ed\b)")


def modal_ahead(first: str, start: int, end: int) -> bool:
    """Whether a modal's verb phrase ends just before the day at `first[start:end]` (a lead's first sentence; the 40
    characters before the day are read) and is a future: not a past "could" (`past_could`)."""
    lo = max(0, start - 40)
    modal = _MODAL.search(first[lo:start])
    return modal is not None and not (modal.group("modal") == "could" and past_could(first, lo + modal.start(), end))


def past_could(first: str, could: int, end: int) -> bool:
    """Whether the "could" at `first[could:]`, before a day ending at `end`, is the past of "can" (module docstring):
    negated or restricted in its clause, or a past clause after the day; never after a verb of saying before it in
    the sentence (reported speech: the speaker's future)."""
    if _REPORTED.search(first, 0, could) is not None:
        return False
    clause = max((first.rfind(mark, 0, could) for mark in ",;:"), default=-1) + 1
    return _LIMITED.search(first, clause, could + 40) is not None or _PAST_CLAUSE.match(first, end) is not None
