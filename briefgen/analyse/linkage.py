"""Average-linkage clustering on a sparse similarity graph, with groups fixed by the editor.

Takes n items, scored pairs (a, b, score in [0, 1]; pairs not given score 0), a
threshold, and starting groups (each with an optional label; a `locked` group never
merges). Groups with one label are united at the end, however alike: the label is the
editor's `story:` id, and an unlabelled group that joins any part of it joins the story. Gives the final groups and the similarity of every pair
of groups that are linked at all, for suggestions and related stories.

Average linkage (UPGMA; Sokal & Michener 1958) merges, repeatedly, the two groups whose
mean pairwise score is highest, while it is at least the threshold. Unlike connected
components (single linkage) one strong pair cannot chain two stories: a third article
joins a pair only if it is close to both *on average* (issue 9: "one false link chained
two stories ... average linkage was safer"). Two groups with different labels (two
explicit `story:` ids) never merge; labelled items start apart, so that articles the
editor put in one story do not lower each other's averages. An item may have an *edition*, a (key, part) pair: no
merge puts a new part of a key into a group that holds another part of it (a cannot-link constraint; Wagstaff et al.
2001), however alike the groups are on average, while the labels' union at the end, the editor's, is kept whole.
Stories give one outlet's report of one date as an edition (ownreports.py: a trial's six days of one paper's diary
were one story). Ties are broken by the smallest item index in each group, so the result depends only on the scores
and the item order.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Callable, Hashable, Iterable, Mapping, Sequence


@dataclass(frozen=True, slots=True)
class Group:
    members: tuple[int, ...]  # item indices, ascending
    label: str = ""  # an explicit id: groups with different labels never merge
    locked: bool = False  # never merges with anything


@dataclass(frozen=True, slots=True)
class Linked:
    """Two final groups (indices into `Clustering.groups`) and their average-linkage score."""

    first: int
    second: int
    score: float


@dataclass(frozen=True, slots=True)
class Clustering:
    groups: tuple[Group, ...]  # ordered by their smallest member
    links: tuple[Linked, ...]  # every pair of final groups with a scored pair between them, best first


def _mergeable(x: Group, y: Group) -> bool:
    return not x.locked and not y.locked and (not x.label or not y.label or x.label == y.label)


Parts = Mapping[Hashable, frozenset]  # a group's editions: key → the parts of it its items have


Compatible = Callable[[Hashable, Hashable], bool]  # whether two parts of one key may stand in one group


def one_part_each(x: Parts, y: Parts, compatible: Compatible | None = None) -> bool:
    """Whether two groups' editions (`Parts`) let them merge: for every key both have, one side's parts are all the
    other's (two items of one part, or an item joining the parts the editor's labels put together), so a merge
    adds no new part of a key beside another — or, with `compatible`, every part of one side is compatible with
    every part of the other (ownreports.same_sitting: an outlet's report and its update an hour later, across
    midnight)."""
    if len(y) < len(x):
        x, y = y, x
    return all(key not in y or parts <= y[key] or y[key] <= parts
               or (compatible is not None and all(compatible(p, q) for p in parts for q in y[key]))
               for key, parts in x.items())


def editions_of(members: Iterable[int], editions: Sequence[tuple[Hashable, Hashable] | None]) -> dict:
    """The `Parts` of a group of `members` (item indices into `editions`, each a (key, part) pair or None)."""
    found: dict[Hashable, frozenset] = {}
    for item in members:
        if item < len(editions) and editions[item] is not None:
            key, part = editions[item]
            found[key] = found.get(key, frozenset()) | {part}
    return found


def average_linkage(n: int, pairs: Iterable[tuple[int, int, float]], threshold: float,
                    start: Sequence[Group] = (),
                    editions: Sequence[tuple[Hashable, Hashable] | None] = (),
                    compatible: Compatible | None = None) -> Clustering:
    """Groups of the `n` items (module docstring); items in no starting group start alone. `editions`, when given,
    holds each item's (key, part) or None (no constraint): no merge adds a part of a key to a group holding another
    part of it that is not `compatible` with it (`one_part_each`), but the labels' union at the end."""
    groups: dict[int, Group] = {}
    home: dict[int, int] = {}
    for group in start:
        gid = group.members[0]
        groups[gid] = group
        for item in group.members:
            home[item] = gid
    for item in range(n):
        if item not in home:
            groups[item] = Group((item,))
            home[item] = item
    parts = {gid: editions_of(group.members, editions) for gid, group in groups.items()}
    between: dict[int, dict[int, float]] = {gid: {} for gid in groups}
    for a, b, score in pairs:
        x, y = home[a], home[b]
        if x != y and score > 0:
            between[x][y] = between[x].get(y, 0.0) + score
            between[y][x] = between[y].get(x, 0.0) + score

    def mean(x: int, y: int) -> float:
        return between[x][y] / (len(groups[x].members) * len(groups[y].members))

    def merge(x: int, y: int) -> int:
        gx, gy = groups.pop(x), groups.pop(y)
        merged = Group(tuple(sorted(gx.members + gy.members)), gx.label or gy.label, False)
        gid = merged.members[0]
        sums: dict[int, float] = {}
        for old in (x, y):
            for other, total in between.pop(old).items():
                del between[other][old]
                if other not in (x, y):
                    sums[other] = sums.get(other, 0.0) + total
        groups[gid] = merged
        px, py = parts.pop(x), parts.pop(y)
        parts[gid] = {key: px.get(key, frozenset()) | py.get(key, frozenset()) for key in px.keys() | py.keys()}
        between[gid] = sums
        for other, total in sums.items():
            between[other][gid] = total
        return gid

    heap = [(-mean(x, y), x, y) for x in sorted(between) for y in sorted(between[x]) if x < y]
    heapq.heapify(heap)
    while heap:
        negative, x, y = heapq.heappop(heap)
        if x not in groups or y not in groups or between[x].get(y) is None or -negative != mean(x, y):
            continue  # stale: a group was merged since, or the score changed
        if -negative < threshold:
            break
        if not _mergeable(groups[x], groups[y]) or not one_part_each(parts[x], parts[y], compatible):
            continue
        gid = merge(x, y)
        for other in between[gid]:
            heapq.heappush(heap, (-mean(gid, other), min(gid, other), max(gid, other)))
    by_label: dict[str, list[int]] = {}
    for gid in sorted(groups):
        if groups[gid].label:
            by_label.setdefault(groups[gid].label, []).append(gid)
    for label in sorted(by_label):  # the editor's `story:` lines: one story per id, however alike
        gids = by_label[label]
        gid = gids[0]
        for other in gids[1:]:
            gid = merge(gid, other)
    ordered = sorted(groups)
    position = {gid: k for k, gid in enumerate(ordered)}
    links = [Linked(position[x], position[y], mean(x, y)) for x in ordered for y in sorted(between[x]) if x < y]
    links.sort(key=lambda link: (-link.score, link.first, link.second))
    return Clustering(tuple(groups[gid] for gid in ordered), tuple(links))
