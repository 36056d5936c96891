"""The story grouping's result: `StoryGrouping`, its `Story`s, `Suggestion`s and `Related` links (plain data).

Made by analyse/stories.py (`group_stories`, which re-exports these names); read by the site model (site/assemble.py,
site/stories.py) and kept in the memo. Apart from the grouping's method so that a build that reuses a kept grouping
(an edit that leaves every story feature as it was) loads none of the grouping's modules (~0.03-0.05 s of CPU at
each such build's start, docs/log/performance.md, SP7).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Story:
    id: str  # URL slug (module docstring: the rule)
    members: tuple[str, ...]  # article slugs, lead first, then by time (ties by slug)
    lead: str  # the original reporting when it is in the briefing, else the earliest report
    original: str  # outlet credited as the original ("The Wall Street Journal"); "" if none
    roles: tuple[tuple[str, str], ...]  # (slug, "original" | "re-report" | "independent" | "statement" | "update")
    score: float  # cohesion in [0, 1]: mean pair score of the members (1.0 for one article)
    evidence: tuple[str, ...]  # shared names and terms, most telling first (empty for one article)
    by_editor: tuple[str, ...] = ()  # slugs placed in it by a `story:` line (theirs, or one naming them), slug order
    retells: tuple[tuple[str, str, str], ...] = ()  # (slug, outlet, slug of its report or "") per re-telling (roles.py)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A borderline merge for the editor: accept it by adding `story: <story>` to the articles of `join`."""

    story: str  # id of the story to join
    join: str  # id of the story whose articles would join it
    articles: tuple[str, ...]  # the slugs of `join`'s articles
    score: float  # their average-linkage score, just below the threshold
    evidence: tuple[str, ...]  # terms in both stories, most telling first (evidence.bridging_terms)
    held_apart: tuple[str, ...] = ()  # why pairs between them were capped (`HELD_APART`'s reasons, in its order)


@dataclass(frozen=True, slots=True)
class Related:
    """A later story that continues an earlier one: link them on the site, never merge."""

    first: str  # story ids, the earlier story (by lead time) first
    second: str
    score: float  # mean undecayed cosine of their candidate pairs
    evidence: tuple[str, ...]  # terms shared by their most similar pair of articles


@dataclass(frozen=True, slots=True)
class StoryGrouping:
    stories: tuple[Story, ...]  # by lead time, newest first (ties by id)
    suggestions: tuple[Suggestion, ...]  # best first
    related: tuple[Related, ...]  # best first
    cycles: tuple[tuple[str, ...], ...] = ()  # articles whose `story:` lines name each other (storylines.py)

    def story_of(self, slug: str) -> Story:
        for story in self.stories:
            if slug in story.members:
                return story
        raise KeyError(slug)
