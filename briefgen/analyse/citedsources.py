"""Outlets cited for information: a research firm, a data provider or a news group of the briefing that a report
names only as where its information comes from.

parties.py makes an outlet of a story a party to its news (its member a "statement", never the first report) when
its name reads as an organisation's (`credit_newsmakers.newsmaker`: "Rystad Energy", "CRU Group", "Grupo Clarín")
and another member names it. A breaker (BR21, 2026-12-06) showed the other way of being named: "… will cut Chile's
copper output by 3.4 per cent, according to Rystad Energy" cites the firm's analysis — the firm is the source of
the news, not its subject — and the analysis that Rystad Energy published first lost "first reported" to the
reports citing it. So a report is evidence that an outlet is a party only where it names the outlet outside a
citing frame (`sourced`: the outlets it names in no other way):

- before the name: "according to (…) X" (also "according to an analysis published on Tuesday by X"), "citing X",
  "per X", "data (figures, estimates, forecasts, calculations, research, a note, an analysis, a study, a survey, an
  index …) (compiled, published …) by/from X", "analysts (economists) at X", and a research firm's descriptor
  ("the Norwegian research firm X", "consultancy X", "data provider X");
- after the name: "X data (figures, estimates, analysts …)", "X's data (latest figures …)", "X estimates
  (estimated, forecasts, calculated, projects, projected)", "X said (wrote) in a note (report, analysis, study)",
  "X reported that …" / "X reported, citing" (a news group: "Grupo Clarín reported"), ", a research firm (data
  provider …)," after it.
"X said", "X announced", "X owns the mine", "the operator X", "X cut 200 jobs" stay evidence: the organisation acts
or speaks in the news (the T17 mine operator's "the operator Minera Atacama Norte said"). Only newsmakers' names are
read (`CreditFinder.newsmakers`: most briefings have none, and then nothing is read).
"""
from __future__ import annotations

import re

from briefgen.analyse.credits import CreditFinder
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.sentences import ends

_FIRM = (r"(?:research|consulting|consultancy|analytics|analysis|data|market[- ]research|market[- ]intelligence|"
         r"intelligence|price[- ]reporting|pricing|forecasting|advisory|ratings?|statistics|polling|survey|industry)"
         r"\s+(?:firm|company|group|house|provider|agency|consultancy|outfit|specialist|service|business|organisation|"
         r"organization)|consultancy|consultants|data\s+provider|pollster|think[- ]tank")
_INFORMATION = (r"data|figures|numbers|statistics|estimates?|forecasts?|projections?|calculations|analysis|analyses|"
                r"research|note|notes|study|studies|survey|poll|index|assessment|modelling|modeling|outlook|tally|count")
# The text just before a name that cites it (read on the 90 characters before it, in its sentence)
_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]ccording\s+to|[Cc]iting|[Pp]er)(?:\s+[^.;:!?\"\u201c\u201d]{{0,70}}?\s+(?:by|from|at))?"
    rf"|\b(?:{_INFORMATION})(?:\s+[\w-]+){{0,3}}?\s+(?:by|from)"
    rf"|\b(?:analysts?|economists?|strategists?|researchers?)\s+(?:at|with|from)"
    rf"|\b(?:{_FIRM}))(?:\s+the)?\s+$", re.IGNORECASE)
# The text just after a name that cites it
_AFTER = re.compile(
    rf"(?:['\u2019]s?(?:\s+[\w-]+){{0,2}}?\s+(?:{_INFORMATION}|analysts?|economists?)\b"
    rf"|\s+(?:{_INFORMATION}|analysts?|economists?|strategists?)\b"
    rf"|\s+(?:estimates|estimated|forecasts|forecast|calculates|calculated|projects|projected)\b"
    rf"|\s+(?:said|says|wrote|writes|added|noted)\s+in\s+(?:an?|its)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:note|report|analysis|study|survey|forecast|outlook|update|assessment)\b"
    rf"|\s+(?:reported|reports)(?:\s*,|\s+(?:(?:on|in|last|this|late|early|earlier)\s+\w+\s+"
    rf"|(?:earlier|yesterday|today)\s+)?that\b)"
    rf"|\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_FIRM})\b)")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+|\n")


def sourced(title: str, text: str, finder: CreditFinder | None) -> tuple[str, ...]:
    """The `outlet_key`s of the finder's newsmaker outlets (`CreditFinder.newsmakers`, read by their canonical names)
    that `title` and `text` name, each time, in a citing frame (module docstring), in the order of the finder's names;
    () when the finder has no newsmakers or none is named so. A name found nowhere is not sourced."""
    if finder is None or not finder.newsmakers:
        return ()
    found = []
    for key in sorted(finder.newsmakers):
        name = finder.canonical.get(key, "")
        if not name:
            continue
        written = name[4:] if name.startswith("The ") and " " in name[4:] else name
        pattern = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])")
        seen = cited = 0
        for part in (title, text):
            for match in pattern.finditer(part):
                seen += 1
                cited += _cites(part, match.start(), match.end())
        if seen and cited == seen:
            found.append(outlet_key(name))
    return tuple(found)


def _cites(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is named in a citing frame (module docstring)."""
    lo = max(0, start - 90)
    lo = max((m.end() for m in ends(_SENTENCE_END, text, lo, start)), default=lo)  # (in its sentence)
    before = text[lo:start]
    return _BEFORE.search(before) is not None or _AFTER.match(text, end) is not None
