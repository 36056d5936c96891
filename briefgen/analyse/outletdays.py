"""A lead's day on an outlet's reporting verb: "The fire … has burned out, PAI and Reuters reported on Tuesday."

eventdays.lead_days reads the day a lead's first sentence places its news on, and not a day on a reporting verb
("officials said on Tuesday", "told Reuters on Tuesday": the wildfire set's re-tellings of one fire are dated by their
sources' statements a day apart). A lead whose only day is on an outlet's reporting verb, its subject a credited
outlet, reports what was reported that day, and that day dates its news (`outlet_day`). The T19 trial (2026-12-06):
an aggregator's "The fire at the Amber Link pipeline … has burned out, PAI and Reuters reported on Tuesday." dated no
news, so it was held apart from the day's live blog (eventdays.live_day_apart) and the day's story split in two,
its half saying "First reported by Reuters". Not a person's or a body's statement, nor a day the news came to light by
another than an outlet ("a security blogger revealed on Friday": the ransomware trial's). Nor a sentence whose news
has a time of its own besides the report's day (`_OWN_TIME`: "this month", "last week", "last year", "in 2019", "the
2019 explosion", a date, a month, another weekday, "earlier", "ago"): that news is older than its report ("The blast
that killed two workers this month was caused by a faulty valve, PAI reported on Tuesday" dates no news, as before
d4e65c0e; BR25 #3 split a valve finding of November 3 from its re-telling so).
"""
from __future__ import annotations

import re
from typing import Iterable

from briefgen.analyse.lexicon import MONTHS_DAYS


def outlet_day(first: str, at: int, reported: Iterable[str], end: int | None = None) -> bool:
    """Whether the day at offset `at` (to `end`) of `first` (a lead's first sentence) is on a reporting verb whose
    subject is an outlet and dates the news (module docstring): `first` before it ends with one of `reported`, the cues
    of the text's credits (credits.Credit.cue, white space single: "PAI and Reuters reported"), that ends in such a
    verb, and the rest of the sentence names no time of its own (`_own_time`)."""
    before = " ".join(first[:at].split())
    if not any(cue.rsplit(" ", 1)[-1] in _OUTLET_VERBS and before.endswith(cue) for cue in reported):
        return False
    return not _own_time(first[:at] + " " + first[at if end is None else end:])


def _own_time(text: str) -> bool:
    """Whether `text` names a time (`_OWN_TIME`, or a month's or a weekday's whole name written with its capital; not
    "Jan", "May": names too)."""
    return _OWN_TIME.search(text) is not None or any(
        len(word) > 3 and word.lower() in MONTHS_DAYS for word in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+", text))


_OUTLET_VERBS = frozenset(("reported", "said", "wrote", "revealed", "added", "stated", "reports", "says", "writes"))
# A time of the news's own (`outlet_day`): a period by this/last/past/next/previous, a year, "earlier", "ago",
# "since" (a date names its month: `_own_time`)
_OWN_TIME = re.compile(r"\b(?:this|last|past|next|previous|that|same)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|"
                       r"winter|decade|quarter|century)\b|\b(?:1[89]|20)\d\d\b|\b(?:earlier|ago|since|previously)\b",
                       re.IGNORECASE)
