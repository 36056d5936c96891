"""Plain values for unit tests: one factory per domain type, every field with a harmless default.

Tests name only the fields they are about (`article("a", topics=("china-role",))`), so a
field added to `Article` later is added here once, not in every test file.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note

UTC = dt.timezone.utc
MAY_10 = dt.datetime(2023, 5, 10, 9, 0, tzinfo=UTC)
CHINA = Topic("china-role", "China's role", "", ("China",))
TALKS = Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",))


def config(**changes: Any) -> Config:
    values: dict[str, Any] = dict(
        title="Briefing", base_url="https://example.org/briefing/", language="en", timezone="UTC",
        edition="weekly", topics=(CHINA, TALKS), sources=(), people=(), story_threshold=0.5, feeds=())
    values.update(changes)
    return Config(**values)


def article(slug: str = "a", when: dt.datetime = MAY_10, source: str = "Example Times", **changes: Any) -> Article:
    values: dict[str, Any] = dict(
        slug=slug, path=f"content/articles/{slug}.md", title=f"Title {slug}",
        source=source, published=when, has_time=True, url="", via="", authors=(), topics=None, tags=(),
        ai_assisted=False, draft=False, story="", guid="", date_inferred=False, summary="b",
        revision=f"rev-{slug}")
    values.update(changes)
    return Article(**values)


def report(slug: str = "a", when: dt.datetime = MAY_10, **changes: Any) -> Article:
    """An article of its own outlet, `Outlet <slug>` unless `source` is given: what a story test means by reports
    of different outlets. One outlet's reports of two dates are never one story (analyse/ownreports.py), so story
    tests that mean several outlets say so; `article` keeps one outlet, "Example Times", for the site's pages."""
    return article(slug, when, **{"source": f"Outlet {slug}", **changes})


def note(slug: str = "n", when: dt.datetime = MAY_10, **changes: Any) -> Note:
    values: dict[str, Any] = dict(
        slug=slug, path=f"content/notes/{slug}.md", title=f"Note {slug}", date=when,
        has_time=False, topics=(), articles=(), articles_line=1, kind="context", authors=(), pinned=False,
        draft=False, body_html="<p>n</p>")
    values.update(changes)
    return Note(**values)


def site(articles: tuple[Article, ...], notes: tuple[Note, ...] = (),
         topics: dict[str, tuple[str, ...]] | None = None, texts: dict[str, str] | None = None,
         config_value: Config | None = None, body_of: Any = None, **config_changes: Any) -> Any:
    """A `Site` made by the real stages from hand-made articles: explicit topics by slug (else none),
    each article's plain text for people and stories (`texts`; an article without one is its own
    story: factory titles all share the word "Title")."""
    from briefgen.analyse.people import find_people, people_of
    from briefgen.analyse.stories import group_stories, story_features
    from briefgen.analyse.topics import TopicMatch
    from briefgen.site.assemble import assemble

    conf = config_value or config(**config_changes)
    texts = texts or {}
    text_of = {a.slug: texts.get(a.slug, "") for a in articles}
    declared = tuple(sorted({n for p in conf.people for n in (p.name, *p.aliases)}))
    people = people_of(articles, {a.slug: find_people(a.title, text_of[a.slug], declared) for a in articles},
                       conf.people, {a.source for a in articles})
    grouping = group_stories(articles, {a.slug: story_features(a.title if a.slug in texts else "", text_of[a.slug])
                                        for a in articles}, conf)
    matches = {a.slug: tuple(TopicMatch(t, True) for t in (topics or {}).get(a.slug, ())) for a in articles}
    return assemble(conf, articles, notes, matches, people, grouping,
                    body_of or (lambda revision: f"<p>Body of {revision}</p>"), lambda key: None)
