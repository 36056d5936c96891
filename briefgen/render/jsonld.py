"""schema.org JSON-LD for pages, as text that is safe inside a <script> element."""
from __future__ import annotations

import json

from markupsafe import Markup

from briefgen.load.config import Config
from briefgen.load.documents import Article
from briefgen.render.dates import iso
from briefgen.site.model import Entry, StoryEntry
from briefgen.site.urls import ascii_url


def script_safe(data: dict) -> Markup:
    """JSON text that no "</" (nor "<!--") inside a value can end early: <, > and & are escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def published(article: Article) -> str:
    """ISO 8601: a date-and-time when the editor gave a time, else the date alone (schema.org
    accepts either: a date-only article must not gain an invented midnight)."""
    return iso(article.published) if article.has_time else article.published.date().isoformat()


def article_jsonld(entry: Entry, config: Config) -> Markup:
    """schema.org NewsArticle; safe to embed in <script> (no "</" can close the element).

    Called from the article template, so only pages being rendered pay for it.
    """
    article, base_url = entry.article, ascii_url(config.base_url)
    language = article.language or config.language  # an article in another language says so
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": published(article),
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
    return script_safe(data)


def story_jsonld(story: StoryEntry, config: Config) -> Markup:
    """schema.org CollectionPage of a story: its reports as an ItemList of NewsArticles, in order."""
    base = ascii_url(config.base_url)
    items = []
    for position, report in enumerate(sorted(story.reports, key=lambda r: r.entry.article.published), start=1):
        article = report.entry.article
        item: dict = {"@type": "NewsArticle", "headline": article.title,
                      "datePublished": published(article),
                      "publisher": {"@type": "Organization", "name": article.source}}
        if base:
            item["url"] = base + report.entry.url
        if article.url:
            item["sameAs"] = article.url
        original = article.via or (story.original if report.role == "re-report" else "")
        if original:
            item["isBasedOn"] = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": original}}
        items.append({"@type": "ListItem", "position": position, "item": item})
    data: dict = {"@context": "https://schema.org", "@type": "CollectionPage", "name": story.headline,
                  "inLanguage": config.language,
                  "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}}
    if base:
        data["url"] = base + story.url
    if story.topics:
        data["about"] = [t.title for t in story.topics]
    if story.original:
        data["creditText"] = f"First reported by {story.original}"
    return script_safe(data)
