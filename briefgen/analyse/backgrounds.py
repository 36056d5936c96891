"""Which of a story's credits are background: for each story, per member, the outlets it credits whose report is in an
earlier story (roles.background_credits), read among the reports the grouping scored with the story's members.

Takes the grouping's stories (their members, indices into the briefing's articles sorted by slug), the articles, their
`Report`s and the scored pairs' indices; gives, per story, the per-member outlet keys for `roles.assign_roles(…,
background=)`, or None for a story no member of which credits an outlet (most: nothing to read). Looking only among
scored partners keeps this linear in the candidate pairs (a wire's thousand reports are not each tried per credit).
Source: the ferry trial (2026-12-05), docs/stories.md "Story ids, lead, original, roles".
"""
from __future__ import annotations

from typing import Iterable, Sequence

from briefgen.analyse.roles import background_credits
from briefgen.analyse.similarity import Report
from briefgen.load.documents import Article


def story_backgrounds(stories: Sequence[Sequence[int]], articles: Sequence[Article], reports: Sequence[Report],
                      pairs: Iterable[tuple[int, int]]) -> list[tuple[frozenset[str], ...] | None]:
    """Per story of `stories`, `background_credits` of its members (None when no member credits an outlet), each
    credited report looked for among the reports paired with the member in `pairs` (the grouping's scored pairs)."""
    story_of = [0] * len(articles)
    for k, members in enumerate(stories):
        for i in members:
            story_of[i] = k
    partners: dict[int, set[int]] = {}
    for a, b in pairs:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    found: list[tuple[frozenset[str], ...] | None] = []
    for members in stories:
        if not any(reports[i].credited for i in members):
            found.append(None)
            continue
        near: dict[str, list[int]] = {}
        for j in sorted({j for i in members for j in partners.get(i, ())}):
            near.setdefault(reports[j].source, []).append(j)
        found.append(background_credits(members, articles, reports, story_of, near,
                                        lambda i, j: j in partners.get(i, ())))
    return found
