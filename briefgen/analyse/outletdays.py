"""A lead's day on an outlet's reporting verb: "The fire … has burned out, PAI and Reuters reported on Tuesday."

eventdays.lead_days reads the day a lead's first sentence places its news on, and not a day on a reporting verb
("officials said on Tuesday", "told Reuters on Tuesday": the wildfire set's re-tellings of one fire are dated by their
sources' statements a day apart). A lead whose only day is on an outlet's reporting verb, its subject a credited
outlet, reports what was reported that day, and that day dates its news (`outlet_day`). The T19 trial (2026-12-06):
an aggregator's "The fire at the Amber Link pipeline … has burned out, PAI and Reuters reported on Tuesday." dated no
news, so it was held apart from the day's live blog (eventdays.live_day_apart) and the day's story split in two,
its half saying "First reported by Reuters". Not a person's or a body's statement, nor a day the news came to light by
another than an outlet ("a security blogger revealed on Friday": the ransomware trial's).
"""
from __future__ import annotations

from typing import Iterable


def outlet_day(first: str, at: int, reported: Iterable[str]) -> bool:
    """Whether the day at offset `at` of `first` (a lead's first sentence) is on a reporting verb whose subject is an
    outlet (module docstring): `first` before it ends with one of `reported`, the cues of the text's credits
    (credits.Credit.cue, white space single: "PAI and Reuters reported"), that ends in such a verb."""
    before = " ".join(first[:at].split())
    return any(cue.rsplit(" ", 1)[-1] in _OUTLET_VERBS and before.endswith(cue) for cue in reported)


_OUTLET_VERBS = frozenset(("reported", "said", "wrote", "revealed", "added", "stated", "reports", "says", "writes"))
