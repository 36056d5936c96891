"""The rows of a story's comparison: sentences of several reports that tell one fact, at most one per report.

Takes, per report, each sentence's counterparts (compare.py: word overlap, less a quotation only one report has
and less a pair whose figures contradict) and a score per pair; gives the rows (`rows`). A row holds only sentences
that are *mutual* counterparts of each other, every pair of them: a trial's four-report story (2026-12-04) showed
the Gazette's "£4.2m", the Municipal Review's "£4.2m" and a re-telling's "£42m" in one row of "What all 4 reports
say", though the page paired the £42m with the £4.2m under "Where the reports differ" — each was a counterpart of
the lead's sentence, not of each other (a chain through a third report). The same row held the Standard's "The
council has not disputed that the draft exists." beside the Gazette's opening. A row's sentences are therefore a
clique of the counterpart relation, so no row holds two sentences whose figures contradict; last, a sentence still
in no row joins the row of a counterpart (`rows`, since 2026-12-05), never one holding a sentence it differs from.

Method: greedy complete linkage. The pairs are taken best first by a symmetric score (`balance`: shared weight over
the two sentences' mean weight, where the counterparts' overlap coefficient divides by the smaller one); a pair
starts a row, or adds its sentence to the row of the other when that sentence is a mutual counterpart of every
sentence there and its report has none there yet, or joins two rows on the same terms. Each sentence stands in one
row at most. The overlap coefficient lets a short sentence of common words ("A spokesperson for Calderbridge City
Council said … the right to protest …") score as high as a long one telling the fact ("… marched … to Calderbridge
City Hall on Saturday") — 0.284 and 0.276 on a trial's march story, where the short one took the row; the
symmetric score ranks the long one first (0.26 and 0.24).
"""
from __future__ import annotations

import re
from typing import Collection, Mapping, Sequence

# The `balance` a left-out sentence needs with a sentence of a row to join it: more than a pair needs (its overlap,
# compare.MATCH_MIN), since it widens a row its report has a sentence in. "Ethiopia has completed the fourth filling
# of the reservoir." shares two words with a long sentence on satellite images of the reservoir (0.13), and a
# trial's council statement on the right to protest shares four of the story's common words with the sentence on
# the march (0.24): each stays what its report adds. (On the labelled sentences 0.2 to 0.35 find the same number
# right, 151 of 225.)
EXTRA_MIN = 0.3
Label = tuple[int, int]  # (report number in the comparison, sentence index)


def rows(counterparts: Sequence[Sequence[frozenset[Label]]], scores: Mapping[tuple[Label, Label], float],
         apart: Collection[tuple[Label, Label]] = ()) -> list[dict[int, tuple[int, ...]]]:
    """The rows of a comparison, each as {report number: its sentences' indices, ascending}, two reports or more, in
    order of their first report's first sentence.

    `counterparts[r][i]`: the (report, index) labels the sentence i of report r counts as its counterparts;
    `scores[(a, b)]` (a < b): the rank of a pair, higher first (`balance`), for each pair that may stand in a row.
    Two sentences of two reports share a row only when each is among the other's counterparts, and so are all
    sentences of a row but those of one report. A report has one sentence in a row (the pass above), and more
    when a sentence of it stands in no row yet is a mutual counterpart of every other report's sentence of one
    row (taken best pair first, `EXTRA_MIN`): a report that tells in two sentences what another tells in one ("The rare
    high-level Chinese visit produced no breakthrough." beside the other's long sentence on the visit) would else
    show the second as what it adds (five labelled sentences, 2026-12-04). Last, a sentence in no row that counts a
    sentence of a row among its counterparts joins that row, best pair first, unless one of the row's sentences and
    it are `apart` (pairs (a, b), a < b, whose figures differ: compare.py): it is then a counterpart of one sentence of
    the row at least, not of each. So a sentence with a counterpart in a row is in a row. compare.py makes the
    counterparts mutual first (`mutual`): a one-way counterpart left a sentence in no row and among no additions.
    Deterministic: ties by labels.
    """
    def mutual(a: Label, b: Label) -> bool:
        return b in counterparts[a[0]][a[1]] and a in counterparts[b[0]][b[1]]

    def fits(label: Label, row: dict[int, list[int]]) -> bool:
        return all(mutual(label, (r, i)) for r, indices in row.items() if r != label[0] for i in indices)

    ranked_all = [pair for pair, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0]))
                  if pair[0][0] != pair[1][0]]
    ranked = [pair for pair in ranked_all if mutual(*pair)]
    row_of: dict[Label, int] = {}
    found: list[dict[int, list[int]]] = []
    for a, b in ranked:
        first, second = row_of.get(a), row_of.get(b)
        if first is None and second is None:
            row_of[a] = row_of[b] = len(found)
            found.append({a[0]: [a[1]], b[0]: [b[1]]})
        elif first is None or second is None:
            joined, alone = (first, b) if second is None else (second, a)
            assert joined is not None
            if alone[0] not in found[joined] and fits(alone, found[joined]):
                found[joined][alone[0]] = [alone[1]]
                row_of[alone] = joined
        elif first != second:
            one, other = found[first], found[second]
            if not one.keys() & other.keys() and all(fits((r, i), one) for r, indices in other.items()
                                                     for i in indices):
                one.update(other)
                for r, indices in other.items():
                    row_of.update(((r, i), first) for i in indices)
                other.clear()
    for a, b in ranked:  # (a sentence left out beside a row of its report)
        if scores[a, b] < EXTRA_MIN:
            break
        for alone, placed in ((a, b), (b, a)):
            if alone not in row_of and placed in row_of and fits(alone, found[row_of[placed]]):
                row_of[alone] = row_of[placed]
                found[row_of[placed]].setdefault(alone[0], []).append(alone[1])
    # A sentence still in no row whose counterpart stands in one joins that row (the best pair first), unless it is
    # `apart` from a sentence there: a sentence another report tells is never what its report alone adds (a trial,
    # 2026-12-05: with three reports or more, a sentence paired with one report's counterpart but not with the
    # other's, and the second half of a sentence one report split in two, were listed as "found in one report only")
    for a, b in ranked_all:
        for alone, placed in ((a, b), (b, a)):
            if (alone not in row_of and placed in row_of and placed in counterparts[alone[0]][alone[1]]
                    and not any((min(alone, other), max(alone, other)) in apart
                                for r, indices in found[row_of[placed]].items() for other in ((r, i) for i in indices))):
                row_of[alone] = row_of[placed]
                found[row_of[placed]].setdefault(alone[0], []).append(alone[1])
    return sorted(({r: tuple(sorted(indices)) for r, indices in row.items()} for row in found if row),
                  key=lambda row: min((r, indices[0]) for r, indices in row.items()))


def balance(shared: float, first: float, second: float) -> float:
    """A pair's rank for `rows`: the weight of the terms two sentences share over their mean weight (Dice's
    coefficient, weighted), 0 to 1."""
    return 2 * shared / ((first + second) or 1.0)


# A lead-in that ends with a colon and says nothing itself ("Key points:", "What this version adds or stresses:",
# "Why Kyiv engaged now:"): what follows it is the fact (a trial's page listed three as what reports add, 2026-12-05)
LEAD_IN = re.compile(r"[^.!?:\n]{1,60}:")


def question(sentence: str) -> bool:
    """Whether a sentence is a question (it ends with "?"): an interviewer's, in a Q&A, asserts no fact."""
    return sentence.rstrip().endswith("?")


def mutual(slugs: Sequence[str], counterparts: Sequence[Sequence[tuple[tuple[str, int], ...]]]
           ) -> list[tuple[tuple[tuple[str, int], ...], ...]]:
    """Each report's counterparts (`counterparts[r][i]`: the (slug, index) of report `slugs[r]`'s sentence i's) less
    those that do not count the sentence back. compare.py's rules read one sentence at a time (a quotation only its
    report has keeps its counterparts from it, not theirs from it; a question matches only questions), and a one-way
    counterpart put a sentence in no row and, having a counterpart, among no additions: shown nowhere on the page (a
    trial, 2026-12-05: the budget figure three reports gave of a leaked memo, and the department's reply). With the
    relation mutual, such a sentence is what its report adds. On the evaluation set's labelled sentences (adds.yaml)
    two tune sentences told by another report only so are now additions (89 → 87 of 131; they were shown nowhere,
    which the count took for right); the held-out part is unchanged (docs/stories.md)."""
    back = {((slug, i), c) for slug, found in zip(slugs, counterparts) for i, cs in enumerate(found) for c in cs}
    return [tuple(tuple(c for c in cs if (c, (slug, i)) in back) for i, cs in enumerate(found))
            for slug, found in zip(slugs, counterparts)]
