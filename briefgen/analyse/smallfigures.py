"""Counts under ten in words and ordinals, which figures.py reads as figures (2026-12-05).

A trial (2026-12-05): two reports identical but for "three men" and "four men", "the third theft" and "the fourth",
"3rd" and "4th" were shown as agreeing. A count under ten in words ("three men" is 3 counting "men") and an ordinal
("third", "3rd": 3, what it counts marked "#" by figures.py, so "#theft" meets no count of thefts) are figures of one
significant digit, unless capitalised inside the sentence or before a capitalised word (a name's: "Three Rivers",
"the Second World War"), part of a fraction ("two-thirds", "a third of"), glued by a hyphen to a word that is no
unit ("one-off", "third-largest"; an ordinal glued to anything) or "one" as a pronoun ("one of them", "one said").
A count glued to a unit of time or measure ("a two-day strike", "a three-week closure", "a five-mile queue": `_UNITS`)
is a figure since 2026-12-05, read as "a 48-hour strike" is (the ferry trial's "two-day" and "48-hour" strike). A count "minutes later" in two sentences on two
events is then read as one thing counted twice (a wildfire story's "seven minutes later" and "Four minutes later"),
as one in digits is.

Takes a sentence; gives where each such number is written and its value (`small_numbers`). figures.py reads what
it counts from the words after it, as for a number in digits, and leaves out a day of the month and a number that
counts nothing written after it.
"""
from __future__ import annotations

import re
from typing import Iterator

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.figuregates import holds, may_count
from briefgen.analyse.textmatch import ignorecase_key

# The units a count in words may be glued to by a hyphen and still count (2026-12-05): "a two-day strike" is a figure
# as "a 48-hour strike" is, "a three-week closure", "a seven-year-old", "a five-mile queue"; other glued words are not
# ("two-thirds", "one-off", "two-way", "three-point plan", "third-largest": no ordinal glued is a figure)
_UNITS = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|miles?|metres?|"
          r"meters?|kilometres?|kilometers?|km|feet|foot|inch(?:es)?|tonnes?|tons?|storey|story)")
# Counts under ten in words and ordinals (`small_numbers`): not a fraction's ("two-thirds", "a third of"), not
# "one" as a pronoun ("one of them", "one said"), not a number glued to a hyphen ("two-thirds", "third-largest") but a
# count glued to a unit ("two-day": _UNITS)
_SMALL_CHEAP = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|"
                          r"seventh|eighth|ninth|tenth)\b|\d(?:st|nd|rd|th)\b", re.IGNORECASE)
_SMALL_CHEAP_LOWER = re.compile(_SMALL_CHEAP.pattern)  # (its twin in the lower-cased sentence: figuregates.holds)
_SMALL = re.compile(r"(?<![\w\u2019'-])(?:(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"\d+(?:st|nd|rd|th))|one|two|three|four|five|six|seven|eight|nine)\b"
                    rf"(?:(?P<glued>(?=[-\u2010\u2011]{_UNITS}\b))|(?![-\u2010\u2011\u2019']\w))"
                    r"(?!\s+(?:of|quarters?|thirds?|halves|fifths?|sixths?|eighths?|tenths?)\b)", re.IGNORECASE)
_CAPITAL_NEXT = re.compile(rf"\s+{CAPITAL}")
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
_AFTER_ONE = re.compile(r"\s+(?:another|or|and|by|who|that|which|said|says|day|time|way|thing)\b", re.IGNORECASE)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]['\"\u2019\u201d)]*\s+|\n\s*|[\"'\u201c\u2018(]\s*)$")
_CARDINALS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}


def small_numbers(sentence: str) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, whether an ordinal) of each count under ten in words and each ordinal of `sentence`
    (module docstring), in text order: "three men" gives (0, 5, 3, False), "the 3rd theft" (4, 7, 3, True)."""
    for match in _SMALL.finditer(sentence) if may_count(sentence) and holds(_SMALL_CHEAP, _SMALL_CHEAP_LOWER, sentence) else ():
        word = match.group(0)
        if word[0].isupper() and (_OPENS_SENTENCE.search(sentence, max(0, match.start() - 4), match.start()) is None
                                  or _CAPITAL_NEXT.match(sentence, match.end())):
            continue  # a name's word ("Three Rivers", "the Second World War")
        lower = ignorecase_key(word)  # (the word as the IGNORECASE pattern read it: "ſix" is "six")
        if match.group("ordinal") and match.group("glued") is not None:
            continue  # ("first-year students", "second-hour": an ordinal glued is a name of a kind, no count)
        if match.group("ordinal"):
            yield match.start(), match.end(), _ORDINALS.get(lower) or int(lower[:-2]), True
        elif lower != "one" or not _AFTER_ONE.match(sentence, match.end()):
            yield match.start(), match.end(), _CARDINALS[lower], False
