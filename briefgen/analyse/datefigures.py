"""Numbers in a sentence that are no figures of its fact: the digits of dates, and a count of unnamed sources (T24
F10, 2026-12-07).

    undated("On 2026-11-23 the price was $5m.")                       # "On xxxx-xx-xx the price was $5m."
    undated("Nov 23-25 talks")                                         # "Nov xx-xx talks"
    undated("three people familiar with the talks said it was $5m.")  # "xxxxx people familiar with …"

figures.py skips a day next to a month's name ("Nov 23", "23 November") and a clock time; other ways of writing a
date were read as figures and compared with the other report's numbers ("Where the reports differ"): an ISO date
("2026-11-23": 11 and 23, the 23 counting the sentence's "price"), a day-month-year with hyphens ("23-11-2026"), a range
of days beside a month ("Nov 23-25", "Nov 23 to 25", "23 to 25 November", "between 23 and 25 November": the second
day; not "Nov 23 and 25 people"), and the year
of "Nov. 23, 2026". Their digits are written "x" here (same length: what the words around them count is unchanged).

A count of unnamed sources is who told the reporter, not what happened: "three people familiar with the negotiations
said" and "one person familiar with the talks told …" are two reports' sources, no contradiction. T24's story page
set a wire's "a 51% controlling stake …, three people familiar with the negotiations said" against the Ledger's "One
person familiar with the talks told Andes Business Wire the price was about $1.2 billion" as "the same thing with
different figures": the two source counts were its only shared count (3 against 1). Read as such a count: a number
(digits, or one to twelve in words, "a couple of", "several") before people, persons, sources, officials, insiders,
executives, bankers, diplomats or aides (singular or plural) and "familiar with", "close to", "briefed on", "with
(direct) knowledge of", "involved in", "who spoke/asked/declined/requested", "speaking on condition"; or before
"sources" and a speech verb ("two sources said"); or after "according to". "Three people were killed" is a figure.
"""
from __future__ import annotations

import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre"
           "|octobre|novembre|décembre")
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"\d{{1,2}}{_ORD}"
_JOIN = r"\s*(?:-|\u2013|to|and|&)\s*"
_DATES = re.compile(
    rf"(?<![\w.,/-])\d{{4}}-\d{{1,2}}-\d{{1,2}}(?![\d/])"  # 2026-11-23 (and 2026-11-23T10:30Z)
    rf"|(?<![\w.,/-])\d{{1,2}}-\d{{1,2}}-(?:\d{{4}}|\d{{2}})(?![\w/-])"  # 23-11-2026
    rf"|(?<![\w-])(?:{_MONTHS})\.?\s+{_DAY}(?:\s*(?:-|\u2013|to)\s*{_DAY}(?![\w%])|,\s*\d{{4}}(?!\d))"  # Nov 23-25, Nov. 23, 2026
    rf"|(?<![\w.,-]){_DAY}{_JOIN}{_DAY}\s+(?:of\s+)?(?:{_MONTHS})\b",  # 23-25 Nov, 23 to 25 November
    re.IGNORECASE)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|several)"
_WHO = r"(?:people|persons?|sources?|officials?|insiders?|executives?|bankers?|diplomats?|aides?)"
_SOURCES = re.compile(
    rf"(?<![\w-])(?P<n>{_COUNT})\s+(?:[a-z]+\s+)?{_WHO}\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?"
    rf"knowledge\s+of|involved\s+in|who\s+(?:spoke|asked|declined|requested)|speaking\s+on\s+condition)"
    rf"|(?<![\w-])(?P<m>{_COUNT})\s+sources\s+(?:said|say|says|told)\b"
    rf"|according\s+to\s+(?P<k>{_COUNT})\s+(?:[a-z]+\s+)?{_WHO}\b",
    re.IGNORECASE)

_DIGIT = re.compile(r"\d")
_CUES = ("amiliar", "lose to", "riefed", "nowledge", "nvolved", " who ", "peaking", "ources", "ccording")  # (any case)


def undated(sentence: str) -> str:
    """`sentence` with the digits of its dates and the count of its unnamed sources written "x" (module docstring):
    the same length, the same words around them. A sentence with neither is returned as it is."""
    dated = _DIGIT.search(sentence) is not None
    sourced = any(cue in sentence for cue in _CUES)
    if not (dated or sourced):
        return sentence
    out = list(sentence)
    for match in _DATES.finditer(sentence) if dated else ():
        for n in range(match.start(), match.end()):
            if out[n].isdigit():
                out[n] = "x"
    for match in _SOURCES.finditer(sentence) if sourced else ():
        group = next(g for g in ("n", "m", "k") if match.group(g) is not None)
        for n in range(match.start(group), match.end(group)):
            if not out[n].isspace():
                out[n] = "x"
    return "".join(out)
