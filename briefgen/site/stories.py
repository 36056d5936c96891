"""Stories placed in the site: the grouping's stories (analyse.stories) as `StoryEntry`s.

A story's page is "stories/<id>/" when it has several reports; a story of one article is
that article (its URL is the article's). Its topics are its lead's, primary first, then
those only other reports have; its order in listings is by its first report, which does
not change when later reports join (listings number their pages from the oldest).
"""
from __future__ import annotations

from typing import Mapping

from briefgen.analyse.compare import Comparison
from briefgen.analyse.stories import StoryGrouping
from briefgen.load.config import Topic
from briefgen.site.model import EditionStory, Entry, Grouping, Report, StoryComparison, StoryEntry, StoryLink


def place_stories(grouping: StoryGrouping, by_slug: Mapping[str, Entry]) -> tuple[StoryEntry, ...]:
    """Every story of the grouping, by first report, newest first (ties by id)."""
    placed: dict[str, StoryEntry] = {}
    for story in grouping.stories:
        lead = by_slug[story.lead]
        if len(story.roles) == 1:  # a story of one article (most stories): the same, made shorter
            (slug, role), = story.roles
            only = by_slug[slug]
            placed[story.id] = StoryEntry(story.id, lead.url, lead.article.title, lead, (Report(only, role),),
                                          lead.topics, story.original, only if role == "original" else None,
                                          only.article.published, only.article.published, ())
            continue
        reports = tuple(Report(by_slug[slug], role) for slug, role in story.roles)
        times = [r.entry.article.published for r in reports]
        topics: list[Topic] = list(lead.topics)
        for report in reports:
            topics += [t for t in report.entry.topics if t not in topics]
        original = next((r.entry for r in reports if r.role == "original"), None)
        url = f"stories/{story.id}/" if len(reports) > 1 else lead.url
        placed[story.id] = StoryEntry(story.id, url, lead.article.title, lead, reports, tuple(topics), story.original,
                                      original, min(times), max(times), ())
    related: dict[str, list[StoryLink]] = {}
    for link in grouping.related:
        first, second = placed.get(link.first), placed.get(link.second)
        if first is None or second is None:
            continue
        related.setdefault(first.id, []).append(StoryLink(second.id, second.url, second.headline, second.first))
        related.setdefault(second.id, []).append(StoryLink(first.id, first.url, first.headline, first.first))
    stories = [_with_related(story, related.get(story.id, [])) for story in placed.values()]
    stories.sort(key=lambda s: (-s.first.timestamp(), s.id))
    return tuple(stories)


def _with_related(story: StoryEntry, links: list[StoryLink]) -> StoryEntry:
    if not links:
        return story
    from dataclasses import replace

    return replace(story, related=tuple(sorted(links, key=lambda link: (link.first, link.id))))


def edition_story(story: StoryEntry, reports: list[Report]) -> EditionStory:
    """A story in one edition: its reports there, the story's lead first if it is among them, then by time."""
    ordered = sorted(reports, key=lambda r: (r.entry.article.slug != story.lead.article.slug,
                                             r.entry.article.published, r.entry.article.slug))
    return EditionStory(story, tuple(ordered))


def groupings(grouping: StoryGrouping) -> dict[str, Grouping]:
    return {story.id: Grouping(story.score, story.evidence) for story in grouping.stories}


def comparison_view(comparison: Comparison) -> StoryComparison:
    """A comparison (analyse.compare) as sentences a template prints directly."""
    sentences = {report.slug: report.sentences for report in comparison.reports}
    adds = tuple((report.slug, tuple(report.sentences[i] for i in report.adds)) for report in comparison.reports)
    shared = tuple(tuple(sentences[slug][index] for slug, index in passage) for passage in comparison.shared)
    return StoryComparison(adds, shared)
