"""Which pairs of reports share an original: the rule behind similarity.py's ORIGINAL_BONUS.

Takes the reports (`similarity.Report`: outlet and credited outlets, as `credits.outlet_key`s), the
candidate pairs and their cosines; gives, per pair, whether the two re-tell one outlet's report. Two do
when both credit the same outlet (`via:` or a credit in the text), or when one is from an outlet the other
credits and is, among that outlet's reports it is paired with, the one most like it and nearest in time
(the highest cosine × time decay; ties: the earlier index) — the report it re-tells; never one dated after it (an
original cannot post-date its re-telling: a tester's essay crediting "When The Harbour Ledger revealed …  memo on 10
November" took the Ledger's report of another event a day later for its original, 2026-12-05, late night). Before 2026-12-03 every report of the credited outlet in the window shared
the original with the re-telling: in a trial (tests/stories/aftermath/) Sky's re-telling of WalesOnline's
flood-gate report had the bonus with WalesOnline's report of an inquiry three days before (0.83), and on
the synthetic corpus, where an outlet reports many events a fortnight, each "via" re-telling had it with
all of them (1,000 articles: precision 0.916 -> 0.932, recall 0.469 -> 0.464; benchmarks/stories_synthetic.py).
Pure functions of their arguments.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from briefgen.analyse.similarity import Report


def shares_original(x: Report, y: Report) -> bool:
    """Whether x and y credit one outlet or one is from an outlet the other credits (any of its reports)."""
    return bool(x.credited & y.credited) or x.source in y.credited or y.source in x.credited


def shared_originals(reports: Sequence[Report], pairs: Sequence[tuple[int, int]],
                     similarities: Sequence[float]) -> list[bool]:
    """Per pair of `pairs` (indices into `reports`, with its cosine × time decay in `similarities`), whether
    the two share an original (module docstring)."""
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (crediting report, credited outlet) -> (cosine, -index)
    for (a, b), similar in zip(pairs, similarities):
        for crediting, credited in ((a, b), (b, a)):
            outlet = reports[credited].source
            if outlet in reports[crediting].credited and reports[credited].day <= reports[crediting].day:
                found = best.get((crediting, outlet))
                if found is None or (similar, -credited) > found:
                    best[(crediting, outlet)] = (similar, -credited)
    return [bool(reports[a].credited & reports[b].credited)
            or best.get((b, reports[a].source), (0.0, 1))[1] == -a
            or best.get((a, reports[b].source), (0.0, 1))[1] == -b for a, b in pairs]
