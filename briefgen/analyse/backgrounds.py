"""Which of a story's credits are background: for each story, per member, the outlets it credits whose report is in an
earlier story (roles.background_credits), read among the reports the grouping scored with the story's members, and
those whose credits' days or words place them on the outlet's earlier report of another story rather than on its
reports in this one (credit_days.placed_elsewhere, T15 2026-12-06).

Takes the grouping's stories (their members, indices into the briefing's articles sorted by slug), the articles, their
`Report`s and the scored pairs' indices; gives, per story, the per-member outlet keys for `roles.assign_roles(…,
background=)`, or None for a story no member of which credits an outlet (most: nothing to read). Looking only among
scored partners keeps this linear in the candidate pairs (a wire's thousand reports are not each tried per credit).
Source: the ferry trial (2026-12-05), docs/log/stories.md "Story ids, lead, original, roles".
"""
from __future__ import annotations

from typing import Iterable, Sequence

from briefgen.analyse.credit_days import placed_elsewhere
from briefgen.analyse.roles import background_credits
from briefgen.analyse.similarity import Report
from briefgen.load.documents import Article


def story_backgrounds(stories: Sequence[Sequence[int]], articles: Sequence[Article], reports: Sequence[Report],
                      pairs: Iterable[tuple[int, int]]) -> list[tuple[frozenset[str], ...] | None]:
    """Per story of `stories`, `background_credits` of its members (None when no member credits an outlet), each
    credited report looked for among the reports paired with the member in `pairs` (the grouping's scored pairs),
    with the outlets `placed_elsewhere` finds for it (looked for among the outlet's reports of the fortnight)."""
    story_of = [0] * len(articles)
    for k, members in enumerate(stories):
        for i in members:
            story_of[i] = k
    partners: dict[int, set[int]] = {}
    for a, b in pairs:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    found: list[tuple[frozenset[str], ...] | None] = []
    by_outlet: dict[str, list[int]] = {}  # outlet_key → its reports by day (credit_days.placed_elsewhere)
    days: dict[str, list[int]] = {}  # their ordinal days, in that order
    for members in stories:
        if not any(reports[i].credited for i in members):
            found.append(None)
            continue
        near: dict[str, list[int]] = {}
        for j in sorted({j for i in members for j in partners.get(i, ())}):
            near.setdefault(reports[j].source, []).append(j)
        credited = background_credits(members, articles, reports, story_of, near, lambda i, j: j in partners.get(i, ()))
        if any(reports[i].placed for i in members):
            if not by_outlet:  # (made once, for the first story that needs it)
                for j in sorted(range(len(reports)), key=lambda j: (reports[j].day, reports[j].time, j)):
                    by_outlet.setdefault(reports[j].source, []).append(j)
                    days.setdefault(reports[j].source, []).append(reports[j].day)
            credited = tuple(keys | placed_elsewhere(i, members, reports, story_of, by_outlet, days)
                             for i, keys in zip(members, credited))
        found.append(credited)
    return found
