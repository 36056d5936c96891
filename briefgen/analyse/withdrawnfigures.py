"""Figures a report withdraws in its own correction note, for compare.py (T29 F12, 2026-12-07).

A tester's election story page showed, under "Where the reports differ", Reuters' "Correction: an earlier version of
this story said 82% of tally sheets had been counted." against AFP's and Diario del Plata's "62% of tally sheets
counted", twice: the figure Reuters itself withdrew, set against the figure it corrected it to. A figure a report
withdraws is no figure of that report: it is never compared, neither as a difference nor as one fact with another
report's sentence. The wordings read (the wire services' and papers' correction notes):

- "an/the earlier (or previous, original) version of this story/article/report said/stated/reported/gave/…": every
  figure after it to the clause's end (";" or the sentence's end) is withdrawn;
- "corrects … from X" (Reuters' "(Corrects turnout to 62% from 82% in paragraph 1)") and "corrects X to Y": X;
- "not X as (previously/earlier/originally/first) reported/stated/said/published", "rather than X as …": X;
- only in a sentence of the report about itself (it names this story/article/report/version, or opens with
  "Correction", "Corrects", "Clarification" or "Editor's note"): a bare "an earlier version said/stated …", "was
  misstated as X", "was (incorrectly/wrongly/erroneously/mistakenly) given/reported/stated/put as X", "(incorrectly/
  wrongly/…) said/stated/reported/gave X" (every figure after the cue to the clause's end), and "not X"
  ("Correction: 62%, not 82%").

Narrowed by FX107 (breaker BR64): "The senator incorrectly stated that 40% …", "The tribunal misstated turnout as
82%", "An earlier version of the bill said 40 hospitals …" and "62%, not 82% as the tribunal said in a correction" are
figures of a senator, a tribunal, a bill, told by the report, not figures the report withdraws: FX103 read them as
withdrawn and hid real differences. A bare "misstated"/"misreported" withdraws nothing.

Figures are matched by value (and range end): a withdrawn figure's value is dropped from the sentence's figures
wherever written in it. A figure the sentence also gives outside a withdrawal is then lost too, a missed difference,
the lesser harm (a difference shown that is none misleads its reader).
"""
from __future__ import annotations

import re

from briefgen.analyse.figuregates import holds
from briefgen.analyse.figures import Figure, figures

# A quick gate: a sentence holding none of these words withdraws nothing (most sentences)
_CUE = re.compile(r"version|correct|previously|earlier|originally|first\s+(?:reported|stated)|misstated|"
                  r"incorrectly|wrongly|erroneously|mistakenly", re.IGNORECASE)
# `_CUE` read as its twin in the lower-cased sentence, where the letters one of its matches holds are there
# ("incorrectly" holds "correct"): its case-blind scan, tried at every character, was ~170 ms of c1k's 199 comparisons
# for words few sentences hold (figuregates.holds, exact; SP16, docs/log/performance.md)
_CUE_LOWER = re.compile(_CUE.pattern)
_CUE_LETTERS = ("version", "correct", "previously", "earlier", "originally", "first", "misstated", "wrongly",
                "erroneously", "mistakenly")
_END = re.compile(r"[;\u2014]|\.\s|\)|$")
_TO = re.compile(r"\s(?:to|and)\s|[;\u2014]|\.\s|\)|$")  # a "corrects … from X" clause's end ("from 3% to 2%": X alone)
_IN = r"(?:[^;,.()]|(?<=\d)[.,](?=\d))"  # a character of a clause, a figure's decimal point or comma among them
_REPORTED = r"(?:reported|stated|said|published|given|announced)"
# A sentence that speaks of the report itself (BR64, FX107): it names this story/article/report/version, or opens
# with "Correction", "Corrects", "Clarification" or "Editor's note" (a leading "(" or "*" allowed)
_OWN = re.compile(r"\bthis\s+(?:story|article|report|version|item|dispatch|piece)\b|^\W*(?:corrections?|corrects?|"
                  r"clarifications?|editor'?s?\u2019?s?\s+note)\b", re.IGNORECASE)
_VERB = (r"(?:said|says|stated|reported|gave|misstated|misreported|wrote|put|described|referred|quoted|included|had|"
         r"incorrectly\s+\w+|wrongly\s+\w+|erroneously\s+\w+|mistakenly\s+\w+|inaccurately\s+\w+)")
# "an earlier version of this story said": a version of the report itself, always (not "an earlier version of the bill")
_VERSION_OF_THIS = re.compile(
    r"\b(?:an?|the|our)\s+(?:earlier|previous|prior|original|initial)\s+(?:version|edition|draft)\s+of\s+(?:this|our)"
    rf"\s+(?:story|article|report|item|dispatch|piece)\b[^;.]*?\b{_VERB}\b", re.IGNORECASE)
# Cues after which every figure to the clause's end is withdrawn, read only in a sentence of the report itself (_OWN):
# a bare "an earlier version said" (of nothing), and "incorrectly said" / "was wrongly given as" (a senator, a
# minister, a tribunal may say a figure wrongly: that is their figure, told by the report)
_FROM_HERE = re.compile(
    rf"\b(?:an?|the|our)\s+(?:earlier|previous|prior|original|initial)\s+(?:version|edition|draft)\s+{_VERB}\b"
    r"|\bwas\s+(?:misstated|misreported|misquoted)\b"
    r"|\b(?:was|were|had\s+been)\s+(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+(?:given|reported|"
    r"stated|put|described|listed|shown|said)\b"
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+(?:said|says|stated|reported|gave|put|"
    r"described|listed|showed)\b", re.IGNORECASE)
# "corrects turnout to 62% from 82%": what follows "from" in a "corrects" clause
_CORRECTS_FROM = re.compile(rf"\bcorrect(?:s|ed|ing)?\b{_IN}*?\bfrom\b", re.IGNORECASE)
# "corrects 82% to 62%": the figure right after "corrects" (a figure first, then "to")
_CORRECTS_TO = re.compile(rf"\bcorrect(?:s|ed|ing)?\s+(?P<x>{_IN}{{1,40}}?)\s+to\b", re.IGNORECASE)
# "12, not 15 as previously reported": X
_NOT_AS = re.compile(rf"\b(?:not|rather\s+than|instead\s+of)\s+(?P<x>{_IN}{{1,40}}?)\s*,?\s+as\s+(?:was\s+)?"
                     rf"(?:previously|earlier|originally|first|initially|wrongly|incorrectly|erroneously|"
                     rf"mistakenly)\s+{_REPORTED}\b", re.IGNORECASE)
_NOT = re.compile(rf"\bnot\s+(?P<x>{_IN}{{1,40}}?)(?=[;,()]|\.(?!\d)|\s+as\b|$)", re.IGNORECASE)


def withdrawn_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans (start, end: characters of `sentence`) whose figures the sentence withdraws (module docstring),
    in text order, perhaps overlapping; () for a sentence with no correction wording (most)."""
    if not holds(_CUE, _CUE_LOWER, sentence, _CUE_LETTERS):  # (figuregates.holds: SP16)
        return ()
    spans = []
    own = bool(_OWN.search(sentence))
    for cue in _VERSION_OF_THIS.finditer(sentence):
        spans.append((cue.end(), _END.search(sentence, cue.end()).start()))
    for cue in _FROM_HERE.finditer(sentence) if own else ():
        spans.append((cue.end(), _END.search(sentence, cue.end()).start()))
    for cue in _CORRECTS_FROM.finditer(sentence):
        spans.append((cue.end(), _TO.search(sentence, cue.end()).start()))
    for pattern in (_CORRECTS_TO, _NOT_AS) + ((_NOT,) if own else ()):
        spans.extend(found.span("x") for found in pattern.finditer(sentence))
    return tuple(sorted(spans))


def withdrawn(sentence: str, found: tuple[Figure, ...]) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """`found` (figures.figures(sentence)) split into the figures the sentence keeps and those it withdraws (module
    docstring): a figure is withdrawn when its value and range end are those of a figure written in a withdrawn span.
    Each part in the order of `found`; (found, ()) when the sentence withdraws nothing."""
    spans = withdrawn_spans(sentence) if found else ()
    if not spans:
        return found, ()
    values = {(f.value, f.upto) for start, end in spans for f in figures(sentence[start:end])}
    if not values:
        return found, ()
    return (tuple(f for f in found if (f.value, f.upto) not in values),
            tuple(f for f in found if (f.value, f.upto) in values))


def withdrawn_figures(sentence: str) -> tuple[Figure, ...]:
    """The figures (figures.figures) `sentence` withdraws (`withdrawn`); () for most sentences, read without figures."""
    return withdrawn(sentence, figures(sentence))[1] if withdrawn_spans(sentence) else ()
