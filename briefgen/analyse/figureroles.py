"""What a figure counts, told closely enough to say that two reports disagree about it (for figures.py, 2026-12-06).

A tester's briefing of a disputed election count (T11, 2026-12-06, findings item 7) showed three false differences
under "Where the reports differ", each a pair of figures of different things that shared a unit word: the candidates'
totals "148,212 first-preference votes for Mr Pennock and 148,171 for Dame Philippa" beside the margin "Forty-one
votes out of nearly three hundred thousand"; "gave her 148,409 votes to Gareth Pennock's 148,400" beside "Nine votes
after a count …" (the new margin); "161 disputed ballot papers" beside "Forty ballot papers" (the sample a judge
inspected). A difference shown is a claim that two outlets disagree, so two figures are compared only when they are
the same quantity told alike; when unsure, none is shown. Rules, applied to plain counts (no amount, percentage,
share, ordinal, temperature nor duration, whose units figures.py already marks):

- Told alike (`alike`): a figure's `phrase` is the content words of the eight words after it (to the clause's end),
  folded as its units are. When one phrase opens with the unit word the two share ("Forty ballot papers"), the words
  before it in the other (its modifiers: "disputed" in "161 disputed ballot papers", "first-preference" in "148,212
  first-preference votes") must be in the first ("£42m of maintenance spending" and "£4.2m of spending on building
  maintenance contracts" stay one thing).
- Roles (`role_units`): a margin — after "a majority/margin/lead/gap/difference of", after "by" in a clause of a
  contest ("won by 41 votes", "beat her by"), or before "more/fewer … than", "ahead", "behind", "clear" or
  "margin/majority" ("a 41-vote majority") — counts "±" + its units; a part — before "out of" or "of the" and a
  number ("41 votes out of 300,000", "40 of the 161 papers") — counts "⊂" + its units. Each is compared only with
  figures of its role.
- A margin told by the other sentence (`differenced`): a count equal to the difference of two counts of the other
  sentence ("148,409 votes to Pennock's 148,400" and "nine votes") agrees with them, as a sum does
  (page_quantities.summed). A possessive before a number is its holder, no name's number ("Pennock's 148,400":
  figures._NAME_BEFORE); a held figure counts "@" + the holder + its units, compared only with that holder's
  figures ("Nearly every one of Marlow's 2,300 residents left" beside "forcing more than 9,000 residents to flee",
  the wildfire set, is no difference).
- Approximations (`bound`, `within_bound`): before a round figure (one significant digit), "nearly", "almost" and
  "just under" tell a value a little under it (85 % of it up to it); "under", "fewer/less than", "up to", "at most"
  one at most it; "more than", "over", "at least", "upwards of" one at least it. A figure inside the bound agrees
  ("nearly 300,000" and "296,383"; "more than 100" and "150"); two bounds agree when they overlap. A bound on a figure
  of more digits ("nearly 98m") and "about", "around", "roughly" tell the writer's rounding, which figures.same_figure
  reads already ("About 163 jobs" and "About 136" differ; a bound of 10 % made them agree). A bound is no value
  written in the other sentence (figures._written): "more than twenty years" holds no "48-hour strike".

- Years (`dated`, T13, 2026-12-06): a year after a word of time ("until 2028", "since 2019", "in 2033") dates what the
  words before that word tell, not the words after it: it counts "⌛" + its role ("<" an end: until, by, before …;
  ">" a start: since, from, after; "=" a time: in, of, during) + each of the two content words before it in its
  clause. The tester's deal story showed "keeps every ticket office open until 2028 and gives staff a 4.5 per cent
  pay rise" beside "keeps guards on all trains until 2033 and gives staff a pay rise of 4.5 per cent" as a
  difference: both years were read as counting "gives staff" (the words after them, across "and"); now one dates
  "office", "open" and the other "train", "guard". "a guard on every train until 2030" and "… until 2033" still
  differ: a year so read is told to the year (2030 is no rounding of 2033), and two years of different things are
  no slip of each other (slips.py). A figure's units are never read across "and", "or", "but" (figures.py).

Words of a loss or a fall around a figure, which carry its sign (`lossy`), live here too (figures.py, "Signs").

Measured on the labelled sets (tests/stories/*, the sample and T11; docs/log/stories.md, 2026-12-06). Still left: the
holder of a figure ("for Mr Pennock", "her 148,409") is not read, so two candidates' totals are compared when the
sentences give one each and nothing else tells them apart.
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.page_quantities import rounded, singular

MARGIN = "\u00b1"  # ±: the mark of a margin's units
PART = "\u2282"  # ⊂: the mark of a part's units
HELD = "@"  # before a holder's name and ":" in a held figure's units ("@marlow:resident")
DATED = "\u231b"  # ⌛: a year's units, then its role and a word it dates ("⌛<office": until a year)
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_DATING = re.compile(r"(?:\b(?P<end>until|till|through|by|before)|\b(?P<start>since|from|after)|\b(?P<at>in|of|during))"
                     r"\s+(?:(?:at\s+least|at\s+the\s+latest|as\s+(?:late|early)\s+as|the\s+end\s+of|early|late)\s+)?$",
                     re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[,;:(\u2014\u2013\"\u201c\u201d]|\b(?:and|or|but|that|which|who)\s)", re.DOTALL)
_DATED_WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")
_QUANTIFIERS = frozenset("all every no any each both either neither several many most".split())
_OWNER = re.compile(r"\b([A-Za-z][\w-]*)['\u2019]s\s+$")
_FUNCTION = frozenset("""a an the of in on at to for by from with and or but as than that which who were was is are
be been being had has have will would could should may might more less about around over under nearly almost some its
their his her our your this these those it they he she we you i per them us him one each only just further another
roughly approximately up down between""".split())
_WORD = re.compile(r"[\s-]+([A-Za-z][\w\u2019'-]*|\d[\d,.]*)")
_CLAUSE_END = re.compile(r"\s*[,;:.!?)\u2014\"\u201c\u201d]")
_QUALIFIER = r"(?:(?:just|only|nearly|almost|about|around|some|roughly|a\s+mere|fewer\s+than|less\s+than|more\s+than|" \
             r"over|under)\s+)?"
_MARGIN_BEFORE = re.compile(rf"\b(?:majority|margin|lead|gap|difference|deficit|advantage)\s+of\s+{_QUALIFIER}$"
                            rf"|\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|beating|defeated|edged|"
                            rf"leads?|leading|trails?|trailed|trailing|ahead|behind|re-elected|elected|retained)\b[^.;:!?]{{0,40}}?\bby\s+{_QUALIFIER}$", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"(?:[\s-]+[A-Za-z][\w-]*){0,2}?[\s-]+(?:more|fewer|less|ahead|behind|clear|margin|"
                           r"majority|lead)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"(?:[\s-]+[A-Za-z][\w-]*){0,3}?\s+(?:out\s+of|of\s+(?:the|its|their|all)(?:\s+[a-z]+)?)\s+"
                         r"(?:(?:nearly|almost|about|around|some|more\s+than|over|under)\s+)?\d", re.IGNORECASE)
_BOUNDS = (("<~", re.compile(r"\b(?:nearly|almost|just\s+under|just\s+short\s+of)\s+$", re.IGNORECASE)),
           ("<", re.compile(r"\b(?:under|below|fewer\s+than|less\s+than|up\s+to|at\s+most|no\s+more\s+than)\s+$",
                            re.IGNORECASE)),
           (">", re.compile(r"\b(?:more\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|"
                            r"no\s+less\s+than|just\s+over)\s+$", re.IGNORECASE)))
# Words that tell a loss right before a figure ("a deficit of £3m", "lost £2m", "a loss of"): they carry its sign
_LOSS = re.compile(r"\b(?:deficits?|shortfalls?|loss(?:es)?|lost|lose|losing|debts?|overdrafts?|overdrawn|negative)"
                   r"(?:\s+[\w\u2019']+){0,2}\s+$", re.IGNORECASE)
# Words of a fall before a figure ("fell 3%", "down by 3%") or after it ("3% down", "3% lower", "3% off"): they carry
# its sign as words of a loss do
_FALL_BEFORE = re.compile(r"\b(?:fell|fallen|falls?|falling|dropped|drops?|declined|declines?|decreased|down|lower|"
                          r"slipped|slid|shrank|shrunk|plunged|tumbled|slumped|sank|sunk)(?:\s+(?:by|about|around|"
                          r"nearly|almost|some|roughly|more\s+than|over|just))?\s+$", re.IGNORECASE)
_FALL_AFTER = re.compile(r"\s*(?:down|lower|off)\b(?![-\u2019'])", re.IGNORECASE)


def phrase(sentence: str, end: int) -> tuple[str, ...]:
    """The content words of the eight words after a figure ending at `end`, up to the clause's end, lower-case and
    singular as figures.py folds units: "161 disputed ballot papers laid out" gives ("disputed", "ballot", "paper",
    "laid", "out")."""
    words: list[str] = []
    at = end
    for _ in range(8):
        if _CLAUSE_END.match(sentence, at):
            break
        found = _WORD.match(sentence, at)
        if found is None:
            break
        at = found.end()
        word = found.group(1).lower()
        if word not in _FUNCTION and not word[0].isdigit():
            words.append(singular(word))
    return tuple(words)


def bound(sentence: str, start: int) -> str:
    """How the figure written from `start` bounds its value, from the words right before it (module docstring):
    "<~" a little under, "<" at most, ">" at least, "" none."""
    before = sentence[max(0, start - 30):start]
    return next((mark for mark, words in _BOUNDS if words.search(before)), "")


def dated(sentence: str, start: int, end: int) -> frozenset[str] | None:
    """The units of a year written from `start` to `end` after a word of time (module docstring, "Years"): "⌛" + its
    role + each of the two content words before that word in its clause, singular ("keeps every ticket office open
    until 2028" gives {"⌛<open", "⌛<office"}); None when the figure is no year so placed, or nothing before tells
    what it dates."""
    if not _YEAR.fullmatch(sentence, start, end):
        return None
    time = _DATING.search(sentence, max(0, start - 40), start)
    if time is None:
        return None
    role = "<" if time.group("end") else ">" if time.group("start") else "="
    clause = sentence[:time.start()]
    opening = _CLAUSE_START.match(clause)
    words = [w.lower() for w in _DATED_WORD.findall(clause, opening.end() if opening else 0)]
    content = [singular(w) for w in reversed(words) if w not in _FUNCTION and w not in _QUANTIFIERS][:2]
    return frozenset(DATED + role + w for w in content) or None


def role_units(sentence: str, start: int, end: int, units: frozenset[str]) -> frozenset[str]:
    """`units` of a plain count marked as its holder's ("Marlow's 2,300 residents": "@marlow:resident"), a margin's
    ("±vote") or a part's ("⊂vote") when the words around it say so (module docstring), a year's as what it dates
    (`dated`), else as they are."""
    if (years := dated(sentence, start, end)) is not None:
        return years
    if not units:
        return units
    owner = _OWNER.search(sentence, max(0, start - 40), start)
    if owner is not None:
        return frozenset(f"{HELD}{owner.group(1).lower()}:{unit}" for unit in units)
    if _MARGIN_BEFORE.search(sentence, max(0, start - 80), start) or _MARGIN_AFTER.match(sentence, end):
        return frozenset(MARGIN + unit for unit in units)
    if _PART_AFTER.match(sentence, end):
        return frozenset(PART + unit for unit in units)
    return units


def alike(unit: str, mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether two figures sharing `unit` count it told alike: when one `phrase` opens with the unit's word, the words
    before it in the other (its modifiers) are in that phrase too (module docstring). "2 crew aboard" and "20 people
    aboard" are told alike (neither counts "aboard" first); a unit that is no word of a phrase (a percentage's, a
    duration's) always is."""
    word = unit.lstrip(MARGIN + PART + "+#")
    word = word[4:] if word.startswith("\u00a4") else word
    for one, other in ((mine, theirs), (theirs, mine)):
        if word in one and other[:1] == (word,) and not set(one[:one.index(word)]) <= set(other):
            return False
    return True


def base(unit: str) -> str:
    """A unit without its role's or holder's mark ("±vote", "⊂vote", "@marlow:vote" → "vote"; a year's "⌛<office" →
    "⌛office"), for figures.apart."""
    if unit.startswith(DATED):
        return DATED + unit[2:]
    unit = unit.lstrip(MARGIN + PART)
    return unit[unit.index(":") + 1:] if unit.startswith(HELD) else unit


def differenced(value: float, digits: int, counts: Sequence[tuple[float, int]]) -> bool:
    """Whether `value` is the difference of two of `counts` ((value, digits) of the other sentence's plain counts),
    within its rounding (page_quantities.summed's rule): "nine votes" and "148,409 votes to … 148,400"."""
    if len(counts) < 2 or len(counts) > 8:
        return False
    for i, (a, _) in enumerate(counts):
        for b, _ in counts[i + 1:]:
            gap = abs(a - b)
            if gap and (gap == value or (rounded(gap, digits) == value if digits >= 2
                                         else abs(gap - value) <= 0.05 * max(gap, abs(value)))):
                return True
    return False


def within_bound(a: tuple[float, int, str], b: tuple[float, int, str]) -> bool:
    """Whether two figures (value, significant digits, `bound`), one a round figure bounded, can tell one value
    (module docstring): "nearly 300,000" and "296,383", "more than 100" and "150"."""
    if not (a[2] and a[1] == 1 or b[2] and b[1] == 1):
        return False
    low_a, high_a = _interval(a[0], a[2] if a[1] == 1 else "")
    low_b, high_b = _interval(b[0], b[2] if b[1] == 1 else "")
    return max(low_a, low_b) <= min(high_a, high_b)


def _interval(value: float, mark: str) -> tuple[float, float]:
    """The sizes a figure written `value` with `mark` may stand for (signs are compared elsewhere)."""
    size = abs(value)
    if mark == "<~":
        return 0.85 * size, size
    if mark == "<":
        return 0.0, size
    if mark == ">":
        return size, float("inf")
    return size, size


def lossy(sentence: str, start: int, end: int) -> bool:
    """Whether words right before a figure tell a loss ("a deficit of £3m", "lost £2m") or a fall ("fell 3%", "down
    3%"), or a word right after it a fall ("3% down", "3% lower"): its sign is theirs, so "-3%" and "3% down" agree."""
    before = sentence[max(0, start - 40):start]
    return bool(_LOSS.search(before) or _FALL_BEFORE.search(before) or _FALL_AFTER.match(sentence, end))
