"""Blocking: which pairs of reports story grouping scores, without comparing all pairs (similarity.py's rules).

Takes the reports (`similarity.Report`: time, outlet, credited outlets, terms) and the archive's key terms (idf ≥
KEY_IDF: `similarity.weigh`); gives the candidate pairs. Two reports are a candidate when they are inside the time
window and share MIN_SHARED_KEYS key terms: one shared rare word is coincidence, not a re-telling ("Weather in
Geneva. Sunny." shares only "Geneva" with a report of talks there, yet the short one's cosine is 0.8);
re-tellings in the evaluation set share at least 8 (docs/log/stories.md, Method 4). The postings of each key term
are walked in time order, so the work grows with articles × neighbours, not articles².

A pair that shares one key term is a candidate too when one report is from an outlet the other credits (`via:` or
a credit in the text) and the crediting one pairs with no other report of that outlet — the nearest in time of
them: a *thin* pair, which similarity.py caps and stories.py leaves out of merging and related links (a
suggestion at most). A short re-telling of one aspect ("Kestrel's upper stage burned for 6 minutes …", via BBC
Scotland) shared only "orbit" with the BBC's report in a trial and was not even suggested; merged on the credit
alone, the benchmark corpus's re-tellings joined other reports of their credited outlet (precision 0.931 -> 0.920
at 1,000 articles, 2026-12-03).
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from briefgen.analyse.similarity import Report

MIN_SHARED_KEYS = 2
DAY = 86400.0  # seconds


def candidate_pairs(reports: Sequence[Report], keys: frozenset[str],
                    window_days: float) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Pairs (a < b, by index) inside the time window that share MIN_SHARED_KEYS key terms, or one when one
    report is from an outlet the other credits and pairs with no other report of it (the one nearest in time),
    in index order; and the set of the latter (thin: module docstring)."""
    order = sorted(range(len(reports)), key=lambda i: (reports[i].time, reports[i].slug))
    postings: dict[str, list[int]] = {}
    for i in order:
        for term in keys.intersection(reports[i].terms):
            postings.setdefault(term, []).append(i)
    window = window_days * DAY
    found: Counter[tuple[int, int]] = Counter()
    for posting in postings.values():
        if len(posting) < 2:
            continue
        times = [reports[i].time for i in posting]
        for k, i in enumerate(posting):
            end = bisect.bisect_right(times, times[k] + window, k + 1)
            for j in posting[k + 1:end]:
                found[(i, j) if i < j else (j, i)] += 1
    pairs = [pair for pair, shared in found.items() if shared >= MIN_SHARED_KEYS]
    if not any(r.credited for r in reports):
        return sorted(pairs), set()
    paired: set[tuple[int, str]] = set()  # (report, outlet of a report it pairs with)
    for a, b in pairs:
        paired.update(((a, reports[b].source), (b, reports[a].source)))
    # Thin: a report and the report nearest in time of an outlet it credits, when it pairs with no report of
    # that outlet otherwise (one a credit: a re-telling re-tells one report)
    nearest: dict[tuple[int, str], tuple[float, int, int]] = {}
    for (a, b), shared in found.items():
        if shared < MIN_SHARED_KEYS:
            for crediting, credited in ((a, b), (b, a)):
                outlet = reports[credited].source
                if outlet in reports[crediting].credited and (crediting, outlet) not in paired:
                    gap = (abs(reports[a].time - reports[b].time), a, b)
                    if gap < nearest.get((crediting, outlet), (math.inf, 0, 0)):
                        nearest[(crediting, outlet)] = gap
    thin = {(a, b) for _, a, b in nearest.values()}
    return sorted(pairs + list(thin)), thin  # (a thin pair shares fewer keys: never in `pairs`)
