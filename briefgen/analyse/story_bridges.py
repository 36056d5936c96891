"""Two reports of one day that each re-tell a third with its names: a pair the words alone cannot join.

Independent reports of one event tell the same facts in their own words, and two of them may share almost none: a
storks trial (tests/stories/storks/, 2026-12-05) had the County Herald's "two storks are assembling a platform of twigs
high on the cathedral" and Radio Brackenford's "a pair of storks is nesting on one of the towers", the same
morning, at a cosine of 0.03 (the facts in other words: "release scheme" / "breeding programme", "the Dean of
Brackenford" / "a spokeswoman for St Aldwyn's Cathedral"; their shared words, the subject's, weigh nothing in a
briefing on the subject). Both re-tell the Brackenford Observer's report of that morning, the Herald with "Tom
Hale", the radio with "Alun Prosser" (0.68 and 0.74), so the Observer and the radio were one story and the Herald,
averaging 0.37 with them (average linkage: linkage.py), a story of its own.

`bridged(reports, scored, threshold, keys)` gives the pairs of reports (a, c) of one date that are each a strong
re-telling of a third report b of that date — a pair score at least BRIDGE_MARGIN over `threshold`, not capped, and
at least BRIDGE_NAMES key terms both write as proper names — and whose own pair is scored (a candidate: they share key
terms), under the threshold, and marked by no rule as two events (a follow-up, a reaction, a guide, a scoop, an
announcement, other days, an opinion piece, two events with one background, an announcement and another act, a
thin credit). stories.py counts such a pair at the threshold when groups merge: nothing says the two differ, and
each tells the third's event with its names. The day is each report's own date (its `published` offset).

Measured (2026-12-05) on the twelve labelled sets: the bridged pairs are the storks set's Herald and radio and one
of the wildfire set (already one story); with one name, two pairs of different stories as well (so two names). In
400 random subsets of 6-16 articles of each set, grouped alone, a margin of 0 joined 70 true pairs more in the
storks set but 5 false ones in the wildfire set: in a subset's small archive, a line's re-energising and the
victims' names, one day, scored 0.53-0.54 (a wrong strong pair, which the bridge carried to the line's other
report); with the margin, 70 and 5 true pairs more, no false one (one fewer).
"""
from __future__ import annotations

from itertools import combinations
from typing import Sequence

from briefgen.analyse.similarity import PairScore, Report

BRIDGE_NAMES = 2  # key proper-name terms a strong pair shares to bridge (module docstring: one let wrong pairs in)
BRIDGE_MARGIN = 0.1  # a strong pair scores this much over the threshold (module docstring: 0.53-0.54 were wrong)


def bridged(reports: Sequence[Report], scored: Sequence[PairScore], threshold: float,
            keys: frozenset[str]) -> frozenset[tuple[int, int]]:
    """The pairs (a, c), a < c, of `reports` (indices) that a third report of their date bridges (module docstring),
    from the `scored` pairs and the archive's key terms `keys`."""
    strong: dict[int, set[int]] = {}
    for p in scored:
        if p.score >= threshold + BRIDGE_MARGIN and not p.capped and not p.thin and reports[p.a].day == reports[p.b].day and \
                _names_shared(reports[p.a], reports[p.b], keys) >= BRIDGE_NAMES:
            strong.setdefault(p.a, set()).add(p.b)
            strong.setdefault(p.b, set()).add(p.a)
    if not strong:  # (most archives' pairs are below the threshold or merged anyway)
        return frozenset()
    wanted = {pair for ends in strong.values() for pair in combinations(sorted(ends), 2)}
    return frozenset((p.a, p.b) for p in scored if (p.a, p.b) in wanted and p.score < threshold and not _apart(p))


def _names_shared(x: Report, y: Report, keys: frozenset[str]) -> int:
    """How many key terms both reports write as proper names (StoryFeatures.proper)."""
    if not x.proper or not y.proper:
        return 0
    return len(set(x.proper.split("\n")).intersection(y.proper.split("\n")).intersection(keys))


def _apart(p: PairScore) -> bool:
    """Whether a rule of similarity.py marked the pair as two events (or a thin credit), whatever its score."""
    return (p.capped or p.thin or p.follow_up or p.reaction or p.guide or p.scoop or p.announcement or p.other_day
            or p.opinion or p.background or p.another_act or p.filed_apart)


def via_explainers(reports: Sequence[Report], scored: Sequence[PairScore], threshold: float) -> frozenset[tuple[int, int]]:
    """The pairs (a, b), a < b, of a guide or explainer whose `via:` names the outlet of a report r it scores with
    at or over `threshold` (not capped: similarity.py lifts the guide rule for that pair), and a report r scores so
    with too, capped by the guide rule alone: the explainer re-tells r's event, as r's story's other reports tell it.

    A tester's lunar-lander briefing (T12, 2026-12-06): Skimline's "What we know: Tern-1 lost in its final descent",
    `via: Continental Wire`, scored with the wire's report over the threshold, but with its six other reports at the
    guide cap, and the average (linkage.py) held it apart: a story of its own, shown to readers as related to the
    story it summed up. stories.py counts such a pair at the threshold when groups merge, as a bridge; without the
    `via:`, or with one naming an outlet whose report it does not score with, the guide stays apart (guides.py)."""
    strong: dict[int, set[int]] = {}  # report → the reports it scores with at or over the threshold, not capped
    for p in scored:
        if p.score >= threshold and not p.capped and not p.thin:
            strong.setdefault(p.a, set()).add(p.b)
            strong.setdefault(p.b, set()).add(p.a)
    found = set()
    for p in scored:
        if not (p.guide and p.capped and p.shared_name and p.event_word) or _apart_but_guide(p):
            continue
        for g, y in ((p.a, p.b), (p.b, p.a)):
            via = reports[g].via
            if via and reports[g].guide and any(via in (reports[r].source, reports[r].via) and y in strong.get(r, ())
                                                for r in strong.get(g, ())):
                found.add((p.a, p.b))
    return frozenset(found)


def _apart_but_guide(p: PairScore) -> bool:
    """Whether a rule of similarity.py other than the guide rule marked the pair as two events (or a thin credit)."""
    return (p.thin or p.follow_up or p.reaction or p.scoop or p.announcement or p.other_day or p.opinion
            or p.where_only or p.background or p.another_act or p.filed_apart)

