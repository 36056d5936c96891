"""Credits of an earlier report: an outlet credited with what it reported weeks or more before ("the housing proposal
reported by the Financial Times last month") is background, not the report an article re-tells.

A trial (2026-12-05, a briefing on an airport's closure): the Chicago Tribune's own interview wrote "the housing
proposal reported by the Financial Times last month"; the FT re-told the interview the next day ("its managing partner
told the Chicago Tribune"), and the story was headed "First reported by Financial Times" — its interview shown as a
re-telling of a report published a day after it, and `check` told the editor to check two correct dates.

Rule (`past_report`): a credit is of a past report when a time beyond a story's week qualifies it within its clause —
right after the credit's words, up to four words on and no comma ("reported by the FT last month", "told Reuters in
an interview last year", "according to a BBC report two years ago"), or opening its sentence before them ("Last year
the Times reported that …", "In 2021, Reuters revealed …"). Times so far back: "last month/year/<season>/<month>",
"earlier this year", a year after "in"/"since", "N months/years ago". Not "last week",
"on Monday", "earlier this week", "days ago" or "in March" (this month's, perhaps): a re-telling a few days after its
original says so, and the original can be in the same story. An aside "as X noted/reported …" is background too when
"at the time" or a month ("in May") qualifies it (BR39, 2026-12-07: "The talks had stalled in May, as the BBC noted at
the time." after the lead made an independent report a re-telling of the BBC); "as first reported by X" stays a credit.
Pure functions.
"""
from __future__ import annotations

import re

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
           "Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_PAST = (rf"(?:last\s+(?:month|year|spring|summer|autumn|fall|winter|{_MONTHS})|earlier\s+this\s+year|"
         rf"(?:in|since)\s+(?:19|20)\d\d|"
         rf"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|a\s+few|many)\s+"
         rf"(?:months?|years?)\s+(?:ago|earlier|before))\b")
# After the credit's words: up to four words, within the clause (no comma, sentence end, colon, semicolon, "said" or a
# relative pronoun: "according to the BBC, which reported the plan in March" credits the BBC with today's news).
_AFTER = re.compile(rf"(?:\s+(?!said\b|says\b|which\b|who\b)[\w'’-]+){{0,4}}?\s+{_PAST}", re.IGNORECASE)
# Before them: at the sentence's opening ("Last year the Times reported", "In 2021, Reuters revealed").
_BEFORE = re.compile(rf"(?:[.!?]\s+|\n)\s*{_PAST}[,\s]+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


# An aside "as X noted …" (the "as" before the credit's words; not "as first reported by"): "at the time", a month.
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$", re.IGNORECASE)
_AS_AFTER = re.compile(rf"(?:\s+(?!said\b|says\b|which\b|who\b)[\w'’-]+){{0,3}}?\s+(?:at\s+the\s+time|"
                       rf"in\s+(?:{_MONTHS})\b)", re.IGNORECASE)


def past_report(text: str, start: int, cue: str) -> bool:
    """Whether the credit whose words `cue` (white space made single: "reported by the Financial Times") are written
    at `start` of `text` is of a report weeks or more before the article (module docstring, "Rule")."""
    end = start
    for word in cue.split():  # (the cue's words in order from `start`; no pattern made per credit)
        found = text.find(word, end)
        if found < 0 or found - end > 3:
            end = start + len(cue)
            break
        end = found + len(word)
    after = text[end:end + 60]
    cut = re.search(r"[.!?;:]\s|[.!?;:]$|\n", after)
    clause = after[:cut.start()] if cut else after
    if _AFTER.match(clause):
        return True
    if not cue.lower().startswith("first ") and _AS_BEFORE.search(text[max(0, start - 8):start]) and _AS_AFTER.match(
            clause):
        return True
    return _BEFORE.search(("\n" if start <= 40 else "") + text[max(0, start - 40):start]) is not None
