"""Page planning: a `Site` → the list of `Page`s (output path, template, context).

Each context holds exactly what its template needs, as plain values, so a page's
fingerprint (template + context) tells whether it must be rendered again.
"""
from __future__ import annotations

import json

from markupsafe import Markup
from dataclasses import dataclass
from typing import Callable

from briefgen.load.config import Config
from briefgen.site.model import Edition, Entry, NoteEntry, Page, Site

_SEARCH_PATH = "search/index.html"


@dataclass(frozen=True, slots=True)
class Body:
    """An article body fetched only when a template prints it (most pages are not re-rendered)."""

    digest: str  # the source file's content key: the body is a function of it alone
    html_of: Callable[[str], str]

    def __html__(self) -> str:
        return self.html_of(self.digest)


def plan_pages(site: Site, html_of: Callable[[str], str]) -> list[Page]:
    pages = [_index(site), Page("editions/index.html", "editions.html",
                                {"editions": site.editions}, "edition archive")]
    for n, edition in enumerate(site.editions):
        newer = site.editions[n - 1] if n else None
        older = site.editions[n + 1] if n + 1 < len(site.editions) else None
        pages.append(Page(f"{edition.url}index.html", "edition.html",
                          {"edition": edition, "newer": newer, "older": older},
                          f"edition {edition.period.id}"))
    notes_by_topic: dict[str, list[NoteEntry]] = {}
    notes_by_article: dict[str, list[NoteEntry]] = {}
    for note in site.notes:
        for topic in note.topics:
            notes_by_topic.setdefault(topic.id, []).append(note)
        for entry in note.articles:
            notes_by_article.setdefault(entry.article.slug, []).append(note)
    for topic in site.config.topics:
        entries = tuple(e for e in site.entries if topic in e.topics)
        pages.append(Page(f"topics/{topic.id}/index.html", "topic.html",
                          {"topic": topic, "entries": entries,
                           "notes": tuple(notes_by_topic.get(topic.id, ()))},
                          f'topic "{topic.id}" in config.yaml'))
    for entry in site.entries:
        pages.append(Page(f"{entry.url}index.html", "article.html",
                          {"entry": entry, "body": Body(entry.article.source_key, html_of),
                           "notes": tuple(notes_by_article.get(entry.article.slug, ()))},
                          entry.article.path))
    for outlet, entries in site.outlets:
        pages.append(Page(f"{outlet.page}index.html", "source.html",
                          {"outlet": outlet, "entries": entries},
                          f'source "{outlet.name}" ({entries[0].article.path})'))
    pages.append(Page("sources/index.html", "sources.html", {"outlets": site.outlets}, "source index"))
    pages.append(Page("people/index.html", "people.html", {"people": site.people}, "people index"))
    pages.append(Page(_SEARCH_PATH, "search.html", {}, "search page"))
    pages.append(Page("404.html", "404.html", {}, "404 page"))
    return pages


def _index(site: Site) -> Page:
    latest: Edition | None = site.editions[0] if site.editions else None
    pinned = tuple(n for n in site.notes if n.note.pinned)
    return Page("index.html", "index.html",
                {"edition": latest, "pinned": pinned, "earlier": site.editions[1:6]}, "front page")


def article_jsonld(entry: Entry, site: Config) -> Markup:
    """schema.org NewsArticle; safe to embed in <script> (no "</" can close the element).

    Called from the article template, so only pages being rendered pay for it.
    """
    article, base_url, language = entry.article, site.base_url, site.language
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published.isoformat(),
        "inLanguage": language,
        "publisher": {"@type": "Organization", "name": article.source},
        "description": article.summary,
    }
    if base_url:
        data["url"] = base_url + entry.url
    if article.url:
        data["sameAs"] = article.url
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.via:
        based_on: dict = {"@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                 "name": article.via}}
        data["isBasedOn"] = based_on
    if entry.topics:
        data["about"] = [t.title for t in entry.topics]
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    if article.ai_assisted:
        # No schema.org property for AI disclosure yet; a plain-language credit is the
        # convention news publishers use.
        data["creditText"] = "Written with AI assistance, according to the outlet"
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
