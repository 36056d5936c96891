"""A whole and a part of it: no difference, for compare.py (T29 F12, 2026-12-07).

A tester's election story page showed, under "Where the reports differ", AFP's "counting 'continues in all 24
provinces'" against AP's "a review of transmissions from three provinces was under way": both count provinces, so
figures.contradict read 24 and 3 as one quantity told two ways. A count written after "all" ("all 24 provinces", "all
of the 24 provinces", "each of the 24 provinces", "every one of the 24") is a whole, the size of the set; a count of the
same things in the other sentence that is smaller is some of them (a sample, a part: "three provinces"), which the whole
does not deny, when its own sentence frames it as a part or sample ("a review of transmissions from three provinces",
"a sample of 40", "in three of the provinces", "20 of the miners"; FX107, breaker BR64: "All 33 miners … were rescued"
and "20 miners … were rescued" differ). So two sentences whose figures contradict only through such a whole and such a
framed part are no difference (`part_of_whole`).
A whole still differs from a whole ("all 24 provinces" and "all 23 provinces") and from a larger count ("25
provinces"), and the sentences' other figures are compared as before. Lost: a plain count that is another report's
whole told without "all" ("counting continues in all 24 provinces" and "in 23 provinces"), a missed difference, the
lesser harm. Rule source: this trial; the subjects of the two figures (a count's scope, a review's sample) cannot be
read from the words around them with a rule that keeps real differences, but "all" marks a whole.
"""
from __future__ import annotations

import re

from briefgen.analyse.figures import Figure, contradict, figures
from briefgen.analyse.withdrawnfigures import withdrawn

_WHOLE = re.compile(r"\b(?:all|each|every\s+one)(?:\s+of)?(?:\s+(?:the|its|their|our|his|her))?\s+(?=[\d(]|[a-z]+\b)",
                    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.)\u2014]|$")
_NUMBER_FIRST = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|ninety|hundred)\b", re.IGNORECASE)


# A sentence that frames its count as a part or sample (BR64, FX107): "a review of transmissions from three
# provinces", "a sample of 40", "in three of the provinces", "20 of the miners"
_PART = re.compile(r"\b(?:sample|review|survey|audit|check|subset|selection|handful)[\u201d\u2019\"']?\s+of\b"
                   r"|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|a\s+few|"
                   r"many|most|part|parts|half))\s+of\s+(?:the|its|their|these|those|our)\b", re.IGNORECASE)

def _wholes(sentence: str) -> set[float]:
    """The values of the counts `sentence` writes as wholes (module docstring): the first figure after "all" …
    when it is the first word there."""
    values = set()
    for cue in _WHOLE.finditer(sentence) if re.search(r"\b(?:all|each|every)\b", sentence, re.IGNORECASE) else ():
        found = figures(sentence[cue.end():_CLAUSE_END.search(sentence, cue.end()).start()])
        if found and found[0].upto is None and _NUMBER_FIRST.match(sentence, cue.end()):
            values.add(found[0].value)
    return values


def _less_wholes(found: tuple[Figure, ...], wholes: set[float], other: tuple[Figure, ...], others: set[float]
                 ) -> tuple[Figure, ...]:
    """`found` less its wholes that hold the other sentence's counts of the same things: each such count smaller than
    the whole, and none a whole itself."""
    def holds(whole: Figure) -> bool:
        counts = [f for f in other if f.units & whole.units]
        return bool(counts) and all(f.upto is None and f.value not in others and abs(f.value) < abs(whole.value)
                                    for f in counts)
    return tuple(f for f in found if not (f.value in wholes and f.upto is None and holds(f)))


def part_of_whole(first: str, second: str) -> bool:
    """Whether two sentences whose figures contradict (figures.contradict, less what each withdraws:
    withdrawnfigures.py) do so only through a whole of one and a smaller count of the same things in the other
    ("in all 24 provinces", "from three provinces": module docstring). False when neither writes a whole."""
    wholes_a, wholes_b = _wholes(first), _wholes(second)
    if not wholes_a and not wholes_b:
        return False
    a = withdrawn(first, figures(first))[0]
    b = withdrawn(second, figures(second))[0]
    # a whole holds the other sentence's smaller count only when that sentence frames it as a part (_PART): "All 33
    # miners were rescued" and "20 miners were rescued" differ (BR64)
    wholes_a, wholes_b = (wholes_a if _PART.search(second) else set()), (wholes_b if _PART.search(first) else set())
    if not wholes_a and not wholes_b:
        return False
    return not contradict(_less_wholes(a, wholes_a, b, wholes_b), _less_wholes(b, wholes_b, a, wholes_a))
