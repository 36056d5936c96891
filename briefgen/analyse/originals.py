"""Which pairs of reports share an original: the rule behind similarity.py's ORIGINAL_BONUS.

Takes the reports (`similarity.Report`: outlet and credited outlets, as `credits.outlet_key`s), the
candidate pairs and their cosines; gives, per pair, whether the two re-tell one outlet's report. Two do
when both credit the same outlet (`via:` or a credit in the text) — alone no more than a credit (`credit_alone`,
CREDIT: similarity.py asks for a key name besides) unless both re-tell one report of it — or when one is from an outlet the other
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


def credit_alone(x: Report, y: Report) -> bool:
    """Whether x and y both credit one outlet (`via:` or the text) and neither is from an outlet the other credits:
    such a pair shares an original only when both re-tell the same report of that outlet (`shared_originals`), or
    with a key name besides (similarity.py). An outlet that reports many stories — a wire above all — is credited by
    re-tellings of many reports in a day, and "according to a Reuters report" names the outlet, not which report
    (BR27, FX27: four same-day reports, a mine collapse x2, a lithium cut, a lithium forecast, each crediting Reuters,
    were one story; the pair sharing nothing but the credit 0.45 -> 0.65 at x1.5, with no cap). So does `via:`: it
    says the copy is the wire's, not which of its reports (FX29: a Codelco tunnel collapse and a strike at another
    mine, both `via: Reuters`, sharing copper words and no name, 0.93, one story; FX27 had kept both `via:` one
    outlet as the editor's word for one original)."""
    return bool(x.credited & y.credited) and x.source not in y.credited and y.source not in x.credited


REPORT, CREDIT = "report", "credit"  # (`shared_originals`' kinds: one report re-told; one outlet credited, no more)


def shared_originals(reports: Sequence[Report], pairs: Sequence[tuple[int, int]],
                     similarities: Sequence[float]) -> list[str]:
    """Per pair of `pairs` (indices into `reports`, with its cosine × time decay in `similarities`), whether the two
    share an original (module docstring): REPORT when one re-tells the other's report or both re-tell one report of
    an outlet both credit (its report each is paired with most like it: the heatwave trial's three re-tellings of the
    Ledger's scoop share no key name but that report), CREDIT when they only credit one outlet (`credit_alone`), ""
    when neither."""
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (crediting report, credited outlet) -> (cosine, -index)
    for (a, b), similar in zip(pairs, similarities):
        for crediting, credited in ((a, b), (b, a)):
            outlet = reports[credited].source
            if outlet in reports[crediting].credited and reports[credited].day <= reports[crediting].day:
                found = best.get((crediting, outlet))
                if found is None or (similar, -credited) > found:
                    best[(crediting, outlet)] = (similar, -credited)
    kinds = []
    for a, b in pairs:
        x, y = reports[a], reports[b]
        if best.get((b, x.source), (0.0, 1))[1] == -a or best.get((a, y.source), (0.0, 1))[1] == -b:
            kinds.append(REPORT)
        elif not x.credited & y.credited:
            kinds.append("")
        else:
            kinds.append(CREDIT if credit_alone(x, y) and not any(
                (a, o) in best and best[(a, o)][1] == best.get((b, o), (0.0, 1))[1] for o in x.credited & y.credited)
                else REPORT)
    return kinds
