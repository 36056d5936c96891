"""schema.org JSON-LD for pages, as text that is safe inside a <script> element.

Whose work is whose: an article's page (and a story's) is the briefing's — its editors'
summary of another outlet's article, published by the briefing (config.yaml's title and
base_url) at the briefing's address. The outlet's article is described as what the page
`isBasedOn`: a NewsArticle with the outlet as publisher, its own address, headline, authors and
date. (Until 2026-12, the page called itself the outlet's NewsArticle, published by the outlet
at the briefing's address, with the outlet's address as `sameAs`: a reader/standards trial.)
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from markupsafe import Markup

from briefgen.load.config import Config
from briefgen.load.documents import Article
from briefgen.render.dates import iso
from briefgen.render.links import map_urls
from briefgen.site.model import Entry, NoteEntry, StoryEntry
from briefgen.site.urls import ascii_url, join_url


def script_safe(data: dict) -> Markup:
    """JSON text that no "</" (nor "<!--") inside a value can end early: <, > and & are escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def published(article: Article) -> str:
    """ISO 8601: a date-and-time when the editor gave a time, else the date alone (schema.org
    accepts either: a date-only article must not gain an invented midnight)."""
    return iso(article.published) if article.has_time else article.published.date().isoformat()


def _noted(note: Any) -> str:
    """A note's date as `published` writes an article's."""
    return iso(note.date) if note.has_time else note.date.date().isoformat()


def briefing(config: Config) -> dict:
    """The briefing as an Organization: the publisher of its own pages."""
    data: dict = {"@type": "Organization", "name": config.title}
    if config.base_url:
        data["url"] = ascii_url(config.base_url)
    return data


def original_article(entry: Entry, config: Config) -> dict:
    """The outlet's article an entry's page is based on: a NewsArticle published by the outlet (with
    its website, from config.yaml), at its own address when recorded, itself based on the `via:`
    outlet's reporting."""
    article = entry.article
    outlet: dict = {"@type": "Organization", "name": article.source}
    if entry.outlet.url:
        outlet["url"] = entry.outlet.url
    data: dict = {"@type": "NewsArticle", "headline": article.title, "datePublished": published(article),
                  "inLanguage": article.language or config.language, "publisher": outlet}
    if article.url:
        data["url"] = article.url
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.via:
        data["isBasedOn"] = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": article.via}}
    if article.ai_assisted:
        # No schema.org property for AI disclosure yet; a plain-language credit is the
        # convention news publishers use.
        data["creditText"] = "Written with AI assistance, according to the outlet"
    return data


def first_image(body: Any, page: str) -> str:
    """The address of the body's first image, resolved against `page` (absolute), or ""."""
    found: list[str] = []

    def keep(value: str) -> str:
        found.append(value)
        return value

    html = str(body.__html__() if hasattr(body, "__html__") else body or "")
    start = html.find("<img")
    if start < 0:
        return ""
    map_urls(html[start:html.find(">", start) + 1], keep, lambda v: v)
    return join_url(page, found[0]) if found and page else ""


def article_jsonld(entry: Entry, config: Config, notes: Iterable[NoteEntry] = (), body: Any = "") -> Markup:
    """schema.org WebPage of an article's page: the briefing's, based on the outlet's NewsArticle
    (`original_article`); `dateModified` and a `correction` for each editor's correction note among
    `notes` (the notes attached to it), `image` the body's first image. Safe to embed in <script>.

    Called from the article template, so only pages being rendered pay for it.
    """
    article, base_url = entry.article, ascii_url(config.base_url)
    page = base_url + entry.url if base_url else ""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": article.title,
        "inLanguage": article.language or config.language,
        "publisher": briefing(config),
        "isBasedOn": original_article(entry, config),
    }
    if article.summary:
        data["description"] = article.summary
    if page:
        data["url"] = page
    corrections = sorted((n for n in notes if n.note.kind == "correction" and not n.note.draft), key=lambda n: (n.note.date, n.url))
    if corrections:
        data["dateModified"] = _noted(corrections[-1].note)
        data["correction"] = [_correction(n, base_url) for n in corrections]
    image = first_image(body, page)
    if image:
        data["image"] = image
    if entry.topics:
        data["about"] = [t.title for t in entry.topics]
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    return script_safe(data)


def _correction(shown: NoteEntry, base_url: str) -> dict:
    """A CorrectionComment (schema.org `correction`): the note's title, date and address."""
    data: dict = {"@type": "CorrectionComment", "text": shown.note.title, "datePublished": _noted(shown.note)}
    if base_url:
        data["url"] = base_url + shown.url
    return data


def story_jsonld(story: StoryEntry, config: Config) -> Markup:
    """schema.org CollectionPage of a story, published by the briefing: its reports as an ItemList,
    in order, each the briefing's page of a report (WebPage) based on the outlet's NewsArticle."""
    base = ascii_url(config.base_url)
    items = []
    for position, report in enumerate(sorted(story.reports, key=lambda r: r.entry.article.published), start=1):
        article = report.entry.article
        based_on = original_article(report.entry, config)
        original = story.original if report.role == "re-report" and not article.via else ""
        if original:
            based_on["isBasedOn"] = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": original}}
        item: dict = {"@type": "WebPage", "name": article.title, "isBasedOn": based_on}
        if base:
            item["url"] = base + report.entry.url
        items.append({"@type": "ListItem", "position": position, "item": item})
    data: dict = {"@context": "https://schema.org", "@type": "CollectionPage", "name": story.headline,
                  "inLanguage": config.language, "publisher": briefing(config),
                  "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}}
    if base:
        data["url"] = base + story.url
    if story.topics:
        data["about"] = [t.title for t in story.topics]
    if story.original:
        data["creditText"] = f"First reported by {story.original}"
    return script_safe(data)
