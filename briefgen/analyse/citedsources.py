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
or speaks in the news (the T17 mine operator's "the operator Minera Atacama Norte said"). A breaker (BR22) showed that a frame is
not enough: "The Norwegian research firm Rystad Energy will cut 200 jobs", "X, a research firm based in Oslo, said it
would cut", "X reported that its revenue fell", "Data from X was stolen", "Analysts at X were fined", "agreed to buy
the consultancy X" name the firm in its own news. So `_cites` reads what the firm (or what it holds) does next:
"according to X" always cites; a holder ("data from X", "X analysts") cites unless an auxiliary or a verb in the
past follows it ("was stolen", "were fined", "resigned"; a participle before a verb of showing qualifies it:
"data from X released on Monday showed"); a descriptor ("the research firm X", ", a research firm …,") cites only before a verb of saying,
showing or reckoning; and no frame cites where the firm's reported clause is about itself ("said it would cut",
"reported that its revenue fell"; not "it expects prices to fall", a forecast, nor an "it" that is what the firm
measures: "estimated that it would fall", "said it was the lowest", BR23: `_MEASURED` — unless the clause names the
firm as the measure's owner: "said it was the largest loss in the firm's history", FX21: `_OWNED`). Only newsmakers' names are
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
# What the text just before a name says of it (read on the 90 characters before it, in its sentence): a citation
# ("according to X": always one), a holder of information ("data from X", "analysts at X": one when what it holds
# is then not the news) or a firm's descriptor ("the research firm X": one only when X then supplies information)
_ACCORDING = re.compile(r"\b(?:according\s+to|citing|per)(?:\s+[^.;:!?\"\u201c\u201d]{0,70}?\s+(?:by|from|at))?"
                        r"(?:\s+the)?\s+$", re.IGNORECASE)
_HOLDER_BEFORE = re.compile(rf"(?:\b(?:{_INFORMATION})(?:\s+[\w-]+){{0,3}}?\s+(?:by|from)"
                            rf"|\b(?:analysts?|economists?|strategists?|researchers?)\s+(?:at|with|from))(?:\s+the)?\s+$",
                            re.IGNORECASE)
_DESCRIBED = re.compile(rf"\b(?:{_FIRM})(?:\s+the)?\s+$", re.IGNORECASE)
# Just after it: a firm's descriptor as an apposition (", a research firm based in Oslo,"), a holder ("X data",
# "X's latest figures", "X analysts")
_APPOSITION = re.compile(rf"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_FIRM})\b[^,.;:!?]{{0,60}}(?:,|(?=[.;:!?]))")
_HOLDER_AFTER = re.compile(rf"(?:['\u2019]s?(?:\s+[\w-]+){{0,2}}?\s+|\s+)(?:{_INFORMATION}|analysts?|economists?|strategists?)\b")
# What the name (or what it holds) then does: supplies information (a verb of saying, showing or reckoning, after
# a time or an adverb perhaps) ...
_WHEN = r"(?:\s*,?\s*(?:on|in|last|this|late|early|earlier)\s+\w+|\s+(?:earlier|yesterday|today|also|previously|now|again|then))*"
_RECKONS = r"estimates|estimated|forecasts|forecast|calculates|calculated|projects|projected|predicts|predicted|expects"
_SUPPLIES = re.compile(
    rf"{_WHEN}\s+(?:(?:has|have|had)\s+)?(?:(?P<reckons>{_RECKONS})"
    rf"|(?P<noted>said|says|wrote|writes|added|noted)\s+in\s+(?:an?|its)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:note|report|analysis|study|survey|forecast|outlook|update|assessment)\b"
    rf"|(?P<reported>reported|reports)(?=\s*,|{_WHEN}\s+that\b)"
    rf"|said|says|wrote|writes|added|noted|showed|shows|show|shown|suggests?|suggested|indicates?|indicated|found|finds"
    rf"|sees|saw|believes|thinks|put|puts|expected)\b", re.IGNORECASE)
# ... about itself (the reported clause's subject is the firm: "said it would cut", "reported that its revenue fell";
# not "it expects prices to fall", its forecast), where "it" is the firm's, not what the firm measures (BR23: "X
# estimated that it would fall again in April", "Analysts at X said it was the lowest in a decade"): what moves
# ("would fall", "rose", "to fall", "had been rising"; verbs a firm does not do to itself: not "increased", "doubled")
# or stands at a level ("was the lowest", "is at its highest", "was 3 per cent lower", "was down 4%") is the measure;
# "it would cut 200 jobs", "it would lose $5m", "its revenue fell", "its own losses" are the firm's
_MOVES = (r"(?:fall|falls|fell|fallen|falling|rise|rises|rose|risen|rising|drop|drops|dropped|dropping|decline|declines|"
          r"declined|declining|climb|climbs|climbed|climbing|slip|slips|slipped|slide|slides|slid|plunge|plunges|plunged|"
          r"soar|soars|soared|jump|jumps|jumped|dip|dips|dipped|ease|eases|eased|surge|surges|surged|tumble|tumbles|"
          r"tumbled|rebound|rebounds|rebounded|shrink|shrinks|shrank|shrunk|peak|peaks|peaked|average|averages|averaged)")
_BE = r"(?:is|was|would\s+be|will\s+be|could\s+be|had\s+been|has\s+been)"
# Not a verb of moving in an idiom of the firm's own fortunes (BR25 #5: "it had fallen victim to a cyber attack", "it
# would fall short of its own revenue target", "it would fall behind rivals", "it would rise to third place"), nor a
# level that counts the firm's people or things ("it was down 40 staff")
_IDIOM = (r"(?!\s+(?:victim|prey|short|behind|foul|apart|silent|ill|into|out\s+of|through|under|in\s+line|"
          r"to\s+(?:the\s+)?(?:\w+\s+)?(?:place|position|spot|rank|ranking|top|challenge|occasion)\b))")
_COUNTED = (r"(?![\d,.]*\s+(?:staff|staffers|people|employees|workers|jobs|posts|roles|members|analysts|consultants|"
            r"researchers|offices|clients|customers|contracts|partners|managers|executives|directors)\b)")
_MEASURED = (rf"\s+(?:(?:would|will|could|might|may|should|can|had|has|have|to|is\s+set\s+to|was\s+set\s+to)\s+"
             rf"(?:have\s+)?(?:been\s+)?)?{_MOVES}\b{_IDIOM}|\s+{_BE}\s+(?:at\s+)?(?:the|its)\s+(?:\w+est|most|least)\b"
             rf"|\s+{_BE}\s+(?:(?:down|up|about|around|nearly|almost|roughly|some)\s+)?\$?\d{_COUNTED}")
_ABOUT_ITSELF = re.compile(
    rf"{_WHEN}\s*,?\s+(?:that\s+)?(?:it(?!{_MEASURED})|its|it['\u2019]s|itself|we|our|the\s+(?:company|firm|group|"
    rf"consultancy|business))\b(?!\s+(?:{_RECKONS}|sees|believes|thinks)\b)|{_WHEN}\s+to\s+[a-z]", re.IGNORECASE)
# ... or acts or undergoes something (an auxiliary, a verb in the past): "Data from X was stolen", "Analysts at X
# were fined", "Analysts at X resigned on Monday", "X will cut 200 jobs"
_ACTS = re.compile(r"\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|"
                   r"been|being|got|gets|plans?|wants?|agreed|faces?|faced)\b|[a-z]+ed\b)")
# A participle that qualifies what it holds, before its verb ("data from X released on Monday showed"): skipped
_QUALIFIED = re.compile(r"\s+[a-z]+ed\s+(?:by|on|in|at|from|last|this|earlier)\b[^,.;:!?]{0,40}?(?=\s+(?:showed|shows|"
                        r"show|said|says|suggested|suggests|indicated|indicates|found|estimated|put)\b)")
# ... and a measure is the firm's own where the clause names the firm as its owner ("Analysts at X said it was the
# largest loss in the firm's history": the firm's news told by its analysts, FX21 #6), as "its revenue" is
_OWNED = re.compile(r"\b(?:the\s+(?:company|firm|group|consultancy|business)['\u2019]s?|our|its\s+own)\b", re.IGNORECASE)
_SELF_FRAMING = ("reckons", "noted", "reported")  # "X estimates", "X said in a note", "X reported that": framed alone
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
    """Whether the name at text[start:end] is named in a citing frame (module docstring): cited by the text, or
    supplying information about something else in it — not acting, undergoing or speaking of itself."""
    lo = max(0, start - 90)
    lo = max((m.end() for m in ends(_SENTENCE_END, text, lo, start)), default=lo)  # (in its sentence)
    before = text[lo:start]
    if _ACCORDING.search(before):
        return True
    holder, described = _HOLDER_BEFORE.search(before) is not None, _DESCRIBED.search(before) is not None
    apposition = _APPOSITION.match(text, end)
    if apposition:
        described, end = True, apposition.end()
    held = None if apposition else _HOLDER_AFTER.match(text, end)
    if held and re.match(r"\s+that\b", text[held.end():held.end() + 6]):
        held = None  # "X estimates that …": the verb, read by _SUPPLIES (not "X estimates": what X holds; BR23)
    if held:
        holder, end = True, held.end()
    qualified = _QUALIFIED.match(text, end) if holder else None
    supplies = _SUPPLIES.match(text, qualified.end() if qualified else end)
    if supplies is None:
        return holder and _ACTS.match(text, end) is None  # ("based on data from X.")
    if not (holder or described or any(supplies.group(kind) for kind in _SELF_FRAMING)):
        return False  # ("X said": the firm speaks in the news)
    if _ABOUT_ITSELF.match(text, supplies.end()) is not None:
        return False
    clause_end = next((m.start() for m in ends(_SENTENCE_END, text, supplies.end(), min(len(text), supplies.end() + 200))),
                      min(len(text), supplies.end() + 200))
    return _OWNED.search(text, supplies.end(), clause_end) is None
