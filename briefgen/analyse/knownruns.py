"""Whether the words beside a known outlet's name in a capitalised run are the outlet's (credits._as_outlet): a day's
name or "the" before it ("the Tuesday Warsaw Courier story") is not; a capitalised word after it, read after a
descriptor, makes a longer name ("the Turkish broadcaster CNN Türk"). Moved from credits.py unchanged (FX61,
2026-12-07), to keep that module within the house limit of 400 lines.
"""
from __future__ import annotations

import re

from briefgen.analyse.credit_leadins import LEAD_IN as _LEAD_IN
from briefgen.analyse.creditcues import PARTICLES as _PARTICLES
from briefgen.analyse.lexicon import MONTHS_DAYS


def dated(before: str, known: str) -> bool:
    """Whether the words `before` a known outlet's name `known` in a run are none, "the" or a day's or a month's name
    ("the Tuesday Warsaw Courier story"), not the outlet's: of a name of two words or more ("Sunday Times" is none)."""
    words = before.lower().split()
    return words in ([], ["the"]) or " " in known and all(word in MONTHS_DAYS or word == "the" for word in words)


def longer(run: str, known: re.Match[str]) -> bool:
    """Whether a known outlet's name starts a longer one, read after a descriptor ("the Turkish broadcaster
    CNN Türk": a hypothesis draw, "the Afghan newspaper CNN AA", was credited to CNN); "Reuters Ukraine's",
    "Reuters Tuesday" are not. Without a descriptor the known outlet keeps the credit ("told BBC Mundo": BBC).
    A particle may join them, as in any name (creditcues.NAME): "the Afghan newspaper AP dello AA" (a draw, 2026-12-03)."""
    rest = run[known.end():].split()
    if len(rest) > 1 and rest[0] in _PARTICLES:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper() and not re.search(r"['\u2019]s$", rest[0]) and (
        rest[0].lower() not in MONTHS_DAYS | _LEAD_IN)
