"""Figures a re-telling gets wrong in other words: a slip of the digits between two reports of one story.

Takes each report's sentences with their figures (figures.py) and content terms; gives the pairs of sentences of two
reports whose figures are one figure miswritten (`slips`). compare.py shows them under "Where the reports differ"
and keeps them out of one row of the shared passages.

Why a rule of its own (a trial, 2026-12-05): figures were compared only between sentences that word overlap had
already matched, and a figure's kind was read from the words right after it. A re-telling that told the fact in
other words and got its figure wrong was shown as agreement or not at all: the Standard's "cut its annual grant from
£4.2m to £2.5m" and the Echo's "its yearly support for the museum, currently £42m"; "£1.5m for the land" and "a bid
of about £15m"; "Of those, 340 were sleeping in the Fira Nova gymnasium" and "said 430 of them were sleeping in the
Fira Nova gymnasium" (what 340 counts was "sleeping", what 430 counts "<said": nothing in common).

Rule. Two figures are a *slip* of each other when they are of one kind (the same currency, or both percentages, both
temperatures, both plain numbers), each has two significant digits or more, and their significant digits are the
same written at another power of ten (£4.2m and £42m, £1.5m and £15m) or the same digits with two neighbours swapped
(340 and 430); a number's trailing zeros count as digits where the two are compared at one power of ten (350 and 305).
A figure in words is its digits ("thirty-one" is 31: figures.py). Two sentences of different reports hold a slip
when (a) they share MIN_CONTEXT content terms besides numbers and number words (what the figure is about: "Fira
Nova", "gymnasium"; "Stanbury", "Roman"; "museum", "Arts"), or the same one or more and no other ("Work starts in
2072." and "Work starts in 2027.": the same sentence but for its figure; a hostile re-test, 2026-12-05, found a
year so miswritten listed as what each report adds), (b) one figure
of each is a slip of the other, and (c) neither report writes the other's figure anywhere (`figures.same_figure`):
a report that gives both 340 and 430 counts two things. A modifier one report adds does not hide a slip ("45
protesters" and "54 peaceful protesters", "340 homes" and "430 family homes"): figures.apart reads such figures as
two things for a *difference* (T11's "161 disputed ballot papers" and "Forty ballot papers"), but digits swapped or
tenfold between two counts of one event are shown as a possible miswriting (a breaker, 2026-12-06, found e7db88e3's
apart-check hid these; it was reverted). One significant digit is never a slip ("3 villages" and
"30 homes"); a range's ends are compared one by one ("from £4.2m to £2.5m" is read as a range). On the seven labelled sets and the sample the rule finds no pair (2026-12-05: every
story's "Where the reports differ" before and after, the same pairs; tests/analyse/test_figure_slips.py).

Headlines (`headline_slips`, 2026-12-05): given the reports' headlines, compare.py compares them too, by the rule
above and by figures.contradict ("three men" and "four men"), a report's body figures counting as written by it.
"""
from __future__ import annotations

import math
from typing import Sequence

from briefgen.analyse.figureroles import DATED
from briefgen.analyse.figures import Figure, contradict, same_figure
from briefgen.analyse.figuresubjects import one_subject
from briefgen.analyse.numberwords import NUMBER_WORDS

MIN_CONTEXT = 2  # content terms (no numbers) two sentences share for their figures to be about one thing
Label = tuple[int, int]  # (report number, sentence index)


def kind(figure: Figure) -> str:
    """What sort of quantity a figure is, from its units: a currency's code ("GBP"), "%", "°", "÷" (a fraction in
    words) or "" (a plain number)."""
    for unit in sorted(figure.units):
        if unit.startswith("\u00a4"):
            return unit[1:4]
        if unit[:1] in ("%", "\u00b0", "\u00f7"):
            return unit[0]
    return ""


def _digits(figure: Figure) -> tuple[str, int]:
    """A figure's significant digits as written and its power of ten: £4.2m is ("42", 6), 430 ("43", 2)."""
    mantissa, exponent = f"{abs(figure.value):.{figure.digits - 1}e}".split("e")
    return mantissa.replace(".", ""), int(exponent)


def slipped(a: Figure, b: Figure) -> bool:
    """Whether two figures are one figure miswritten (module docstring, "Rule"): one kind, two significant digits or
    more each, and the same digits at another power of ten, or two neighbouring digits swapped; never two years that
    date different things or in different roles (figureroles.dated: T13, 2026-12-06), nor two percentages that
    tell moves of different subjects (figuresubjects.py: T28, 2026-12-07)."""
    if a.upto is not None or b.upto is not None or a.digits < 2 or b.digits < 2 or kind(a) != kind(b):
        return False
    dated = [frozenset(u for u in f.units if u[:1] == DATED) for f in (a, b)]
    if all(dated) and not dated[0] & dated[1]:
        return False  # (two years of different things: "ticket offices open until 2028", "guards … until 2082")
    if (a.value < 0) != (b.value < 0) or not math.isfinite(a.value) or not math.isfinite(b.value):
        return False
    if (a.subject or b.subject) and not one_subject(a.subject, b.subject):
        return False  # (moves of two things: "Shares in Daiwa fell 12%", "Shares in Kurose fell 21%"; T28)
    (first, power), (second, other) = _digits(a), _digits(b)
    if first == second:
        return power != other
    if power != other:
        return False
    first, second = first.ljust(len(second), "0"), second.ljust(len(first), "0")  # (350 is 3-5-0 beside 305)
    swapped = [k for k in range(len(first)) if first[k] != second[k]]
    return (len(swapped) == 2 and swapped[1] == swapped[0] + 1
            and first[swapped[0]] == second[swapped[1]] and first[swapped[1]] == second[swapped[0]])


def _about_one_thing(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sentences' content words (`_words` of their terms) say their figures count one thing (module
    docstring, "Rule" (a)): MIN_CONTEXT words in common, or the same words, one or more."""
    context = mine & theirs
    return len(context) >= MIN_CONTEXT or (bool(context) and mine == theirs)


def _words(terms: frozenset[str]) -> frozenset[str]:
    """Terms less numbers and number words."""
    return frozenset(t for t in terms if not t[:1].isdigit() and t not in NUMBER_WORDS)


def _ends(figure: Figure) -> tuple[Figure, ...]:
    """A figure, or a range's two ends as figures of its kind ("from £4.2m to £2.5m" is read as a range: each end
    may be miswritten)."""
    if figure.upto is None:
        return (figure,)
    return (figure._replace(upto=None), Figure(figure.upto[0], figure.upto[1], figure.units, None, figure.signless))


def slips(figures: Sequence[Sequence[tuple[Figure, ...]]], terms: Sequence[Sequence[frozenset[str]]],
          candidates: Sequence[Sequence[int]] | None = None) -> list[tuple[Label, Label]]:
    """The pairs of sentences of two reports whose figures hold a slip (module docstring), each pair once, the
    earlier report first, in report and sentence order.

    `figures[r][i]`: the figures of sentence i of report r (figures.figures); `terms[r][i]`: its content terms
    (compare.sentence_terms). Costs a comparison per pair of figures of two reports: only sentences with figures.
    `candidates[r]`: the indices (ascending) of report r's sentences that may hold a figure of two significant digits
    or more (figurereads.may_slip); only these are read, and the others only when a slip asks for every figure of
    their report (`figures` may read lazily: figurereads.ReadFigures). None: every sentence."""
    return _slip_pairs(figures, terms, candidates)


def _slip_pairs(figures: Sequence[Sequence[tuple[Figure, ...]]], terms: Sequence[Sequence[frozenset[str]]],
                chosen: Sequence[Sequence[int]] | None) -> list[tuple[Label, Label]]:
    """`slips(figures, terms)` of only the sentences numbered `chosen[r]` of each report r when `chosen` is given
    (`headline_slips` asks its headlines' pairs; `slips` its candidates); every sentence's figures still count as
    written by its report, read only when a pair is a slip (`every`: figurereads.py, SP13).
    Each sentence's words less numbers (`_words`) are taken once, not once a pair (2026-12-07, SP10: a story page's
    comparison read them ~S² times, and `headline_slips` compared every pair of body sentences to keep none)."""
    # Only figures of two significant digits or more can slip (`slipped`): sentences with none are passed over (a
    # count in words under ten, "two men", is a figure of one: figures.py, 2026-12-05)
    given = [[(i, ends) for i in (range(len(report)) if chosen is None else chosen[r])
              if (ends := tuple(end for f in report[i] for end in _ends(f))) and any(end.digits >= 2 for end in ends)]
             for r, report in enumerate(figures)]
    words = [[_words(terms[r][i]) for i, _ in report] for r, report in enumerate(given)]
    read: dict[int, tuple[Figure, ...]] = {}

    def every(r: int) -> tuple[Figure, ...]:  # all figures of report r, ranges as their ends
        if r not in read:
            read[r] = tuple(end for found in figures[r] for f in found for end in _ends(f))
        return read[r]
    found: list[tuple[Label, Label]] = []
    for r in range(len(given)):
        for q in range(r + 1, len(given)):
            for (i, mine), context_mine in zip(given[r], words[r]):
                for (j, theirs), context_theirs in zip(given[q], words[q]):
                    if not _about_one_thing(context_mine, context_theirs):
                        continue
                    if any(slipped(a, b) and not any(same_figure(a, other) for other in every(q))
                           and not any(same_figure(b, other) for other in every(r)) for a in mine for b in theirs):
                        found.append(((r, i), (q, j)))
    return found


def headline_slips(figures: Sequence[Sequence[tuple[Figure, ...]]], terms: Sequence[Sequence[frozenset[str]]],
                   headlines: Sequence[tuple[Figure, ...]], headline_terms: Sequence[frozenset[str]]
                   ) -> list[tuple[int, int]]:
    """The pairs of reports (r, q), r < q, whose headlines' figures differ: they contradict (figures.contradict:
    "three men" and "four men") or one is a slip of the other (`slips`: "£1.7m" and "£17m funding cut", about one
    thing), a report's body figures (`figures`, `terms`: as for `slips`) counting as written by it: a report that also
    writes the other's figure counts two things. `headlines[r]`, `headline_terms[r]`: report r's headline's figures
    and content terms. A trial (2026-12-05): the Standard's "… cut Harcastle museum grant by £1.7m" and the Echo's
    "Harcastle museum faces £17m funding cut" were nowhere on the story page, whose bodies do not give the cut."""
    last = [[len(report)] for report in figures]
    slipped = {(r, q) for (r, _), (q, _) in _slip_pairs([_Appended(report, headline) for report, headline in zip(figures, headlines)],
                                                         [[*report, found] for report, found in zip(terms, headline_terms)],
                                                         last)}
    return [(r, q) for r in range(len(headlines)) for q in range(r + 1, len(headlines))
            if headlines[r] and headlines[q] and ((r, q) in slipped or contradict(headlines[r], headlines[q]))]


class _Appended(Sequence[tuple[Figure, ...]]):
    """A report's sentences' figures (read when asked, as `figures` may: figurereads.ReadFigures) with its headline's
    after them, as `headline_slips` pairs them."""

    __slots__ = ("_body", "_headline")

    def __init__(self, body: Sequence[tuple[Figure, ...]], headline: tuple[Figure, ...]) -> None:
        self._body, self._headline = body, headline

    def __len__(self) -> int:
        return len(self._body) + 1

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]  (an int from 0; a slice gives a list)
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._headline if index == len(self._body) else self._body[index]
