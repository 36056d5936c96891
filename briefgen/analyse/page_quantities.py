"""Durations and sums: figures that tell one quantity though written apart, for figures.py (2026-12-05).

A trial's story pages (tests/stories/ferry, 2026-12-05) listed three false differences under "Where the reports
differ": "186 passengers and 24 crew aboard" beside "All 210 people aboard" (a sum: 186 + 24 = 210), "will strike for
two days next week" beside "without a ferry for 48 hours from next Monday" (a conversion: two days are 48 hours, and
the two count what lasts differently), and, in a wrong merge, "a 48-hour strike" beside talks that "broke up … after
almost nine hours" (two durations of two things). figures.py compared each pair on a unit word in common — "aboard",
"next", "hour" — and no rule said that a difference must compare the same quantity of the same thing.

Rules:
- A duration (`duration`) is a figure counting a unit of time: seconds, minutes, hours, days, weeks, fortnights
  (`EXACT`, in hours: "two days" is 48, "48 hours" 48), months or years (each its own scale: their length varies).
  What it counts is what lasts: the word before a "for" or "lasting" right before it ("strike for two days":
  strike; "walk out for 48 hours": walk), else the word its unit is glued to ("a 48-hour strike": strike) or that
  "of" names after it ("nine hours of talks": talks), else the word right before it when no preposition stands
  between ("They worked 48 hours": worked) — no function word, time word ("Monday", "night") nor word of timing
  ("later", "ago", "next"). Its units are "⌚" and that thing (months' and years' "⌚month:" and "⌚year:"), so that
  only durations of one thing are compared; a duration of nothing named ("after almost nine hours", "seven minutes
  later") has no unit, so it is compared with no figure.
- A sum (`summed`): a count equal to the sum of two or three plain counts of the other sentence ("186 passengers and
  24 crew" and "210 people") agrees with them, within the rounding of the figures (figures.same_figure).
Still left: a duration in words glued by a hyphen ("a two-day strike": smallfigures.py reads none), and a duration
whose thing is named only in another sentence.
"""
from __future__ import annotations

import re
from itertools import combinations
from math import floor, log10
from typing import Sequence

DURATION = "\u231a"  # ⌚: the mark of a duration's units ("⌚strike")
# Hours in each unit of a fixed length; months and years are scales of their own (marked "⌚month…", "⌚year…")
EXACT = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0}
_VARYING = frozenset(("month", "year"))
_TIME_WORDS = frozenset("""second seconds minute minutes min mins hour hours hr hrs day days week weeks fortnight
fortnights month months year years night nights morning mornings evening evenings afternoon afternoons today tonight
tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday weekend""".split())
# Words of timing, not of what lasts: "seven minutes later", "three days ago", "next week", "a day earlier"
_TIMING = frozenset("""later earlier ago before after since until till next last previous following past ahead early
late long longer old overnight away back previously beforehand afterwards running straight""".split())
_FUNCTION = frozenset("""a an the of in on at to for by from with and or but as than that which who were was is are be
been being had has have will would could should may might more less about around over under nearly almost some its
their his her our your this these those it they he she we you i per them us him one each only just further another
roughly approximately up down between out off into onto within without""".split())
_PARTICLES = frozenset("out off up down in on over back away".split())
_WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")
_UNIT_AFTER = re.compile(r"(?:[\s\u00a0]+|-)(?P<unit>[A-Za-z]+)")
_LASTING = re.compile(r"(?P<thing>[A-Za-z][\w\u2019'-]*)(?:\s+(?:out|off|up|down|on|over|back|away))?\s+"
                      r"(?:for|lasting|of)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|up\s+to|"
                      r"just|another|a\s+further)\s+)?$", re.IGNORECASE)
_OF_THING = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<thing>[A-Za-z][\w\u2019'-]*)")  # "nine hours of talks"
_THING_AFTER = re.compile(r"\s+(?P<thing>[A-Za-z][\w\u2019'-]*)")
_PREPOSITION = re.compile(r"\b(?:after|within|in|for|during|by|until|before|over|since|from|to)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
_RIGHT_BEFORE = re.compile(r"(?P<thing>[A-Za-z][\w\u2019'-]*)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$",
                           re.IGNORECASE)


def singular(word: str) -> str:
    """A plural folded as figures.py folds what a figure counts: "hours" → "hour", "crews" → "crew"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def duration(sentence: str, start: int, end: int) -> tuple[float, frozenset[str]] | None:
    """(hours per unit, units) of the figure written at `start`–`end` of `sentence` when it counts a unit of time
    (module docstring), else None. The factor is 1.0 for months and years, whose units name their scale:
    "a 48-hour strike" gives (1.0, {"⌚strike"}), "strike for two days" (24.0, {"⌚strike"}), "for 18 months at
    the yard" (1.0, {"⌚month:yard"}), "seven minutes later" (1/60, frozenset())."""
    unit = _UNIT_AFTER.match(sentence, end)
    if unit is None:
        return None
    name = singular(unit.group("unit").lower())
    if name not in EXACT and name not in _VARYING:
        return None
    kept: list[str] = []
    before = sentence[max(0, start - 60):start]
    glued = sentence[end] == "-"  # ("a 48-hour strike": the word after the unit is what lasts)
    after = _OF_THING.match(sentence, unit.end()) if not glued else _THING_AFTER.match(sentence, unit.end())
    found = _LASTING.search(before) or after or (None if _PREPOSITION.search(before) else _RIGHT_BEFORE.search(before))
    word = found.group("thing").lower() if found else ""
    if word and word not in _FUNCTION and word not in _TIME_WORDS and word not in _TIMING and word not in _PARTICLES:
        kept.append(singular(word))
    scale = "" if name in EXACT else name + ":"
    return EXACT.get(name, 1.0), frozenset(DURATION + scale + thing for thing in kept)


def summed(value: float, digits: int, counts: Sequence[tuple[float, int]]) -> bool:
    """Whether `value` (written with `digits` significant digits) is the sum of two or three of `counts` ((value,
    digits) of the plain counts of the other sentence), within the rounding of `value` alone: the sum rounded to its
    digits when it gives two or more ("210" is 186 + 24 exactly; "about 200" is 210 rounded), else within 5 %, as
    figures.same_figure reads a round figure."""
    if len(counts) < 2 or len(counts) > 8:
        return False
    for size in (2, 3):
        for part in combinations(counts, size):
            total = sum(v for v, _ in part)
            if total == value or (rounded(total, digits) == value if digits >= 2
                                  else abs(total - value) <= 0.05 * max(abs(total), abs(value))):
                return True
    return False


def rounded(value: float, digits: int) -> float:
    """`value` rounded to `digits` significant digits (0.0 stays 0.0)."""
    return round(value, digits - 1 - floor(log10(abs(value)))) if value else 0.0
