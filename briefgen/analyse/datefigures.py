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
Such a count is masked only where it is the attribution (BR38, 2026-12-07): a speech verb follows within the phrase's
object ("three people familiar with the talks said", "… , who asked not to be named, said") or comes before the count
("said three people familiar with …"), or "who asked/declined/requested", "speaking on condition", "sources said"
make it one; "Three people close to the minister were arrested" is news, a figure.
"""
from __future__ import annotations

import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre"
           "|octobre|novembre|décembre")
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"\d{{1,2}}{_ORD}"
_JOIN = r"\s*(?:-|\u2013|to|and|&)\s*"
_HYPHENED = re.compile(
    r"(?<![\w.,/-])\d{4}-\d{1,2}-\d{1,2}(?![\d/])"  # 2026-11-23 (and 2026-11-23T10:30Z)
    r"|(?<![\w.,/-])\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})(?![\w/-])")  # 23-11-2026
_MONTHED = re.compile(
    rf"(?<![\w-])(?:{_MONTHS})\.?\s+{_DAY}(?:\s*(?:-|\u2013|to)\s*{_DAY}(?![\w%])|,\s*\d{{4}}(?!\d))"  # Nov 23-25, Nov. 23, 2026
    rf"|(?<![\w.,-]){_DAY}{_JOIN}{_DAY}\s+(?:of\s+)?(?:{_MONTHS})\b",  # 23-25 Nov, 23 to 25 November
    re.IGNORECASE)
# Cheap tests before the patterns (most sentences hold no date): a month's first letters, in lower case
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "févr", "avr", "mai",
               "juil", "août", "déc")
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|several)"
_WHO = r"(?:people|persons?|sources?|officials?|insiders?|executives?|bankers?|diplomats?|aides?)"
# The source's words, found first (each starts with a letter the search can skip to), then the count before them
_SOURCE_WORDS = re.compile(
    rf"\s(?:{_WHO}\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in"
    rf"|who\s+(?:spoke|asked|declined|requested)|speaking\s+on\s+condition)|sources\s+(?:said|say|says|told)\b)",
    re.IGNORECASE)
# A count before those words is a source only where the phrase is the attribution (BR38: "three people close to the
# minister were arrested" is the news): a speech verb within the few words after them (their object, no auxiliary or
# past participle between, a ", who …," clause allowed), or before the count, or "according to" before it; "who
# asked/declined/requested", "speaking on condition" and "sources said" are attributions by themselves.
_SPEECH = r"(?:said|say|says|told|tell|tells|added)"
_WORD_AFTER = r"\s+(?!(?:was|were|is|are|be|been|being|have|has|had|will|would|could|can|did|do|does|may|might)\b)[\w'’-]+(?<!ed)"
_WHO_CLAUSE = r"(?:\s*,\s*who\b[^,.;:]*,)?"
_ATTRIBUTED_AFTER = re.compile(rf"(?:{_WORD_AFTER}){{0,8}}?{_WHO_CLAUSE}\s+{_SPEECH}\b", re.IGNORECASE)
_ATTRIBUTED_BY_ITSELF = re.compile(r"\s\w+\s+(?:who|speaking)|\ssources\s", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(rf"(?:\b{_SPEECH}|according\s+to)\s+$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"(?:^|(?<=[^\w-])|according\s+to\s+)(?P<n>{_COUNT})(?:\s+[a-z]+)?$", re.IGNORECASE)
_ACCORDING_COUNT = re.compile(rf"(?P<n>{_COUNT})\s+(?:[a-z]+\s+)?{_WHO}\b", re.IGNORECASE)

_DIGIT = re.compile(r"\d")
_CUES = ("amiliar", "lose to", "riefed", "nowledge", "nvolved", " who ", "peaking", "ources", "ccording")  # (any case)


def undated(sentence: str) -> str:
    """`sentence` with the digits of its dates and the count of its unnamed sources written "x" (module docstring):
    the same length, the same words around them. A sentence with neither is returned as it is."""
    dated = _DIGIT.search(sentence) is not None
    sourced = any(cue in sentence for cue in _CUES)
    if not (dated or sourced):
        return sentence
    lowered = sentence.lower() if dated else ""
    patterns = ((_HYPHENED,) if "-" in sentence else ()) + ((_MONTHED,) if any(m in lowered for m in _MONTH_CUES) else ())
    dates = [m.span() for pattern in patterns if dated for m in pattern.finditer(sentence)]
    counts = []
    for words in _SOURCE_WORDS.finditer(sentence) if sourced else ():  # "three people familiar with", "two sources said"
        count = _COUNT_BEFORE.search(sentence, max(0, words.start() - 40), words.start())
        if count is not None and (_ATTRIBUTED_BY_ITSELF.match(words.group()) or "ccording" in count.group()
                                  or _ATTRIBUTED_AFTER.match(sentence, words.end())
                                  or _SPEECH_BEFORE.search(sentence, max(0, count.start() - 20), count.start())):
            counts.append(count.span("n"))
    at = sentence.find("ccording to ") if sourced else -1
    while at > 0:  # "according to four officials"
        count = _ACCORDING_COUNT.match(sentence, at + 12)
        if count is not None:
            counts.append(count.span("n"))
        at = sentence.find("ccording to ", at + 12)
    if not (dates or counts):
        return sentence
    out = list(sentence)
    for start, end in dates + counts:
        for n in range(start, end):
            if out[n].isdigit() or (start, end) in counts and not out[n].isspace():
                out[n] = "x"
    return "".join(out)
