"""Which report a credit names: a credit whose day or words place it on its outlet's earlier report of another story.

A trial (T15, 2026-12-06, a French drought briefing with English articles): The Paris Courier's court-ruling report
ended "Earlier in the week, the regional daily La Voix du Poitou reported that the reservoir had kept pumping …": the
Voix's scoop of Thursday, its own story. The Voix also reported the ruling (Friday, 18:30, before the Courier's 21:00),
so the ruling's page said "First reported here by AFP …; others re-tell a later report by La Voix du Poitou" and called
the Voix's court report "Reporting others re-tell". roles.background_credits did not see it: the outlet had a report in
the story the same day, and a credit's "earlier this week" is current on purpose (credit_times.py).

Rule: a member's credit of outlet X is of X's report in another story, not of X's reports in its own — background
(roles.assign_roles(…, background=)) — when X has a report in the member's story and a report in another story, known
to be published before the member and before every report of X in the member's story, and within a fortnight of the
member, that the credit's sentence places it on better than any of X's reports in the member's story:

- by its day, when it gives one (then its words are not read): a time phrase right before the credit and opening its
  sentence ("Earlier in the week, the regional daily X reported", "On Thursday X revealed": up to four words between,
  no comma; one ending a clause is the news' day, BR18) or right after its words ("X reported on Thursday that", "X
  revealed last week", "X said in a statement on Monday": an adverb or a preposition's phrase between) gives the days the credited report was published on
  (`_TIME`: "today"/"this morning"/"aujourd'hui" the member's day; "yesterday"/"hier" the day before; "earlier this week"/"earlier in the week"/"plus tôt dans la semaine"/"en
  début de semaine" the six days before; "last week"/"la semaine dernière" the calendar week before; "on Thursday"/
  "jeudi" the last Thursday, the member's day itself included; "last Thursday"/"jeudi dernier" before it; "two days
  ago"/"il y a deux jours"; "au lendemain de" the day before), and every report of X in the member's story is later
  than those days while the other report is on one of them;
- else by its words: the sentence's terms (terms.article_terms, the outlet's own name's aside) are held by the other
  report, two or more and at least half of them, more than by any of X's reports in the member's story.

Every credit of X in the member must be so placed (one that is not credits X's report in this story). A credit of X
with no report of X in the story is left to roles.background_credits; a `via:` is the editor's word and stays.
`credit_placings` reads the article (memoised with the story features); `placed_elsewhere` decides, at grouping.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Mapping, Sequence

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.sentences import ends, first_end
from briefgen.analyse.terms import term_list

if TYPE_CHECKING:  # (the grouping's modules: a story feature loads none, tests/speed/test_edit_imports.py)
    from briefgen.analyse.similarity import Report

WINDOW_DAYS = 14  # the other report is at most this many days before the member

_WEEKDAYS = {name: k for k, names in enumerate((
    ("monday", "lundi"), ("tuesday", "mardi"), ("wednesday", "mercredi"), ("thursday", "jeudi"),
    ("friday", "vendredi"), ("saturday", "samedi"), ("sunday", "dimanche"))) for name in names}
_NUMBERS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "un": 1, "une": 1, "deux": 2,
            "trois": 3, "quatre": 4, "cinq": 5}
_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_JOUR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_NUMBER = r"\d|one|a|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six"
# The time phrases (lower case); the group names say which days they give (`_when`).
_TIME = (rf"(?P<today>today|earlier\s+today|this\s+(?:morning|afternoon|evening)|tonight|aujourd['’]hui|"
         rf"ce\s+(?:matin|soir)|cet\s+après-midi)|(?P<yesterday>yesterday|(?<!avant-)hier|au\s+lendemain\s+d(?:e|es|u|['’]))|(?P<before>avant-hier)|"
         rf"(?P<week>earlier\s+(?:in\s+the|this)\s+week|plus\s+tôt\s+(?:dans\s+la|cette)\s+semaine|"
         rf"en\s+début\s+de\s+semaine)|"
         rf"(?P<lastweek>last\s+week|the\s+previous\s+week|la\s+semaine\s+(?:dernière|passée|précédente))|"
         rf"(?P<ago>(?P<n>{_NUMBER})\s+days?\s+ago|il\s+y\s+a\s+(?P<m>{_NUMBER})\s+jours?)|"
         rf"(?:last\s+(?P<lastday>{_DAY})|(?P<lastjour>{_JOUR})\s+(?:dernier|passé))|"
         rf"(?:on\s+)?(?P<day>{_DAY})|(?P<jour>{_JOUR})")
# A time phrase before a credit gives the credited report's day only when it opens the sentence (after a connective,
# an opening bracket or quotation mark at most): one ending an earlier clause is the news' day ("The minister resigned
# on Monday, Reuters reported"; "Le ministre a démissionné lundi, selon l'AFP"; "X, who resigned on Monday, told
# Reuters"), BR18.
_CONNECTIVE = r"(?:and|but|yet|so|then|also|meanwhile|however|still|already|et|mais|puis|or|pourtant|déjà|ainsi)"
_BEFORE = re.compile(rf"^[\s(\"“«‘']*(?:{_CONNECTIVE}[,\s]+)?(?:{_TIME})[,\s]+"
                     rf"(?:(?!that\b|que\b|qu['’])[\w'’-]+\s+){{0,4}}$", re.IGNORECASE)
# After a credit, a time phrase right after its cue or after an adverb or a preposition's phrase ("reported late on
# Thursday", "said in a statement on Monday"); words that open a clause of their own are the news' ("Reuters said the
# minister quit on Monday", "X reported Ann Vale resigned on Monday"), BR18.
_LEAD = (r"(?:late|early|earlier|first|only|also|exclusively|separately|initially|originally|again|[a-z]+ly|in|on|at|"
         r"via|through|during|tard|dans|sur|lors|dès|déjà|également|aussi)")
_AFTER = re.compile(rf"(?:\s+{_LEAD}(?:\s+(?!that\b|which\b|who\b|whether\b|que\b|qu['’]|qui\b)[\w'’-]+){{0,2}}?)?"
                    rf"\s+(?:{_TIME})\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=\S)")
_OPENING = re.compile(r"^.*[.!?][\"”’»)]+\s+", re.DOTALL)  # (a sentence opening after a closing quotation mark)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _when(found: re.Match[str]) -> str:
    """The days a time phrase gives, as stored: "lo:hi" (days from the article's), "w<k>" (the last weekday k, the
    article's day included), "W<k>" (before it), "lw" (the calendar week before)."""
    kind = next(name for name, value in found.groupdict().items() if value is not None and name not in ("n", "m"))
    if kind == "today":
        return "0:0"
    if kind == "yesterday":
        return "-1:-1"
    if kind == "before":
        return "-2:-2"
    if kind == "week":
        return "-6:-1"
    if kind == "lastweek":
        return "lw"
    if kind == "ago":
        count = (found.group("n") or found.group("m")).lower()
        days = int(count) if count.isdigit() else _NUMBERS.get(count, 0)
        return f"{-days}:{-days}" if days else ""
    weekday = _WEEKDAYS[found.group(kind).lower()]
    return f"W{weekday}" if kind in ("lastday", "lastjour") else f"w{weekday}"


def credit_placings(text: str, credits: Sequence[tuple[str, str, int]]) -> str:
    """Per credit of `text` ((outlet name, cue, start): credits.Credit), a line "outlet_key<TAB>when<TAB>terms": the
    days a time phrase beside it gives (`_when`, "" when none) and the terms of its sentence (space-separated, the
    outlet's name's own terms aside), "" when none has either. Pure; memoised with the story features."""
    lines = []
    read: dict[tuple[int, int], list[str]] = {}  # (a sentence's terms, once: credits joined in one, "told X and Y")
    for outlet, cue, start in credits:
        opening = 0
        for found in ends(_SENTENCE_START, text, max(0, start - 400), start):  # (not at "S. K.": period_ends)
            opening = found.end()
        ending = first_end(_SENTENCE_END, text, start + len(cue))
        closing = ending.start() if ending else len(text)
        when = ""
        before = _BEFORE.search(_OPENING.sub("", text[opening:start]))
        if before is not None:
            when = _when(before)
        else:
            after = _AFTER.match(text[start + len(cue):closing].split(",")[0])
            if after is not None:
                when = _when(after)
        if (opening, closing) not in read:
            read[opening, closing] = term_list("", text[opening:closing])
        terms = sorted(set(read[opening, closing]) - _own_terms(outlet))
        if when or terms:
            lines.append(f"{outlet_key(outlet)}\t{when}\t{' '.join(terms)}")
    return "\n".join(lines)


@lru_cache(maxsize=1024)
def _own_terms(outlet: str) -> frozenset[str]:
    """The terms of an outlet's name (left out of its credits' sentences), once a name: the outlets of a site are few,
    and reading them for every credit was a third of `credit_placings` (py-spy of a 10,000-article cold build)."""
    return frozenset(term_list("", outlet))


def _days(when: str, day: int) -> tuple[int, int] | None:
    """The (first, last) ordinal days `when` (`_when`) gives for an article of ordinal `day`; None for ""."""
    if not when:
        return None
    if when == "lw":
        weekday = date.fromordinal(day).weekday()
        return day - weekday - 7, day - weekday - 1
    if when[0] in "wW":
        back = (date.fromordinal(day).weekday() - int(when[1])) % 7
        if when[0] == "W" and back == 0:
            back = 7
        return day - back, day - back
    lo, _, hi = when.partition(":")
    return day + int(lo), day + int(hi)


def placed_elsewhere(member: int, story: Sequence[int], reports: Sequence[Report], story_of: Sequence[int],
                     by_outlet: Mapping[str, Sequence[int]], days: Mapping[str, Sequence[int]]) -> frozenset[str]:
    """The outlets (`outlet_key`s) every credit of which in `reports[member]` (a member of `story`, indices into the
    briefing's `reports`) is placed on the outlet's report in another story (`story_of`: index → story number), not
    on its reports in `story` (module docstring). `by_outlet`: outlet_key → indices of its reports by time; `days`:
    the same reports' ordinal days, in that order."""
    report = reports[member]
    lines: dict[str, list[tuple[str, set[str]]]] = {}
    for line in report.placed.split("\n") if report.placed else ():
        key, when, terms = line.split("\t")
        lines.setdefault(key, []).append((when, set(terms.split())))
    found = set()
    for key, placings in lines.items():
        if key not in report.credited or key == report.source:
            continue
        here = [i for i in story if reports[i].source == key]
        if not here:
            continue  # (no report of the outlet in the story: roles.background_credits)
        first_here = min(reports[i].time for i in here)
        indices, on = by_outlet.get(key, ()), days.get(key, ())
        others = [j for j in indices[bisect_left(on, report.day - WINDOW_DAYS):]
                  if story_of[j] != story_of[member] and reports[j].time < min(first_here, report.time)]
        if others and all(_placed(when, terms, report.day, [reports[i] for i in here], [reports[j] for j in others])
                          for when, terms in placings):
            found.add(key)
    return frozenset(found)


def _placed(when: str, terms: set[str], day: int, here: Sequence[Report], others: Sequence[Report]) -> bool:
    """Whether one credit (its `when` and sentence `terms`, in an article of ordinal `day`) is placed on one of the
    outlet's `others` (reports in other stories) rather than on its reports `here` (in the member's story)."""
    span = _days(when, day)
    if span is not None:  # (its day decides: "Sky News reported on Sunday night" is Sky's Sunday report, whatever words)
        return all(r.day > span[1] for r in here) and any(span[0] <= r.day <= span[1] for r in others)
    if len(terms) < 2:
        return False
    best_here = max(len(terms.intersection(r.terms)) for r in here)
    return max(len(terms.intersection(r.terms)) for r in others) >= max(2, best_here + 1, (len(terms) + 1) // 2)
