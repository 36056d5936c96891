"""Machine-readable outputs: the RSS digest, per-topic RSS, sitemap, robots.txt and search index.

Takes the `Site`; gives `(path, bytes)` pairs. XML is written by hand with escaping
(no CDATA), XML-illegal characters are stripped, links are absolute from `base_url`,
dates are RFC 822, and nothing depends on the wall clock unless SOURCE_DATE_EPOCH says so.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from briefgen import __version__
from briefgen.load.config import FALLBACK_BASE_URL
from briefgen.site.model import Edition, Entry, Site

DIGEST_EDITIONS = 20
TOPIC_ITEMS = 50
SEARCH_TEXT = 300
_XML_ILLEGAL = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def x(text: str) -> str:
    """Text content for XML: illegal characters dropped, markup escaped."""
    return escape(clean(text))


def build_time(moments: list[dt.datetime]) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the newest content date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return max(moments, default=dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))


def _rss(base: str, path: str, title: str, description: str, language: str,
         items: list[str], updated: dt.datetime) -> bytes:
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{x(title)}</title>\n<link>{x(base)}</link>\n"
        f"<description>{x(description)}</description>\n<language>{x(language)}</language>\n"
        f"<lastBuildDate>{format_datetime(updated)}</lastBuildDate>\n"
        f"<generator>briefgen {__version__}</generator>\n"
        f'<atom:link href={quoteattr(clean(base + path))} rel="self" type="application/rss+xml"/>\n')
    return (head + "".join(items) + "</channel>\n</rss>\n").encode("utf-8")


def _item(title: str, link: str, published: dt.datetime, html: str, extra: str = "") -> str:
    return (f"<item>\n<title>{x(title)}</title>\n<link>{x(link)}</link>\n"
            f'<guid isPermaLink="true">{x(link)}</guid>\n'
            f"<pubDate>{format_datetime(published)}</pubDate>\n{extra}"
            f"<description>{x(html)}</description>\n</item>\n")


def _entry_line(entry: Entry, base: str) -> str:
    a = entry.article
    via = f", via {escape(a.via)}" if a.via else ""
    ai = " (AI-assisted)" if a.ai_assisted else ""
    original = f' · <a href={quoteattr(a.url)}>original</a>' if a.url else ""
    return (f'<li><a href={quoteattr(base + entry.url)}>{escape(a.title)}</a> — '
            f"{escape(a.source)}{via}{ai}, {a.published.date().isoformat()}{original}"
            f"<br>{escape(a.summary)}</li>")


def _edition_html(edition: Edition, base: str) -> str:
    parts = []
    for note in edition.notes:
        label = note.note.kind.replace("-", " ").capitalize()
        parts.append(f"<p><strong>{escape(label)}: {escape(note.note.title)}</strong></p>"
                     f"{note.note.body_html}")
    for section in edition.sections:
        title = section.topic.title if section.topic else "Other"
        link = f' (<a href={quoteattr(base + "topics/" + section.topic.id + "/")}>topic</a>)' \
            if section.topic else ""
        parts.append(f"<h2>{escape(title)}{link}</h2><ul>"
                     + "".join(_entry_line(e, base) for e in section.entries) + "</ul>")
    return "\n".join(parts)


def digest_feed(site: Site, base: str) -> bytes:
    editions = site.editions[:DIGEST_EDITIONS]
    items = []
    for edition in editions:
        moments = [e.article.published for s in edition.sections for e in s.entries]
        moments += [n.note.date for n in edition.notes]
        title = f"{site.config.title}: {edition.period.title} ({edition.period.span})"
        items.append(_item(title, base + edition.url, max(moments), _edition_html(edition, base)))
    updated = build_time([e.article.published for e in site.entries] + [n.note.date for n in site.notes])
    return _rss(base, "feed.xml", site.config.title, f"{site.config.title}: one item per edition",
                site.config.language, items, updated)


def topic_feed(site: Site, base: str, topic_id: str) -> bytes:
    topic = next(t for t in site.config.topics if t.id == topic_id)
    entries = [e for e in site.entries if topic in e.topics][:TOPIC_ITEMS]
    items = []
    for entry in entries:
        a = entry.article
        html = f"<p>{escape(a.summary)}</p>"
        if a.url:
            html += f'<p>Read the original at <a href={quoteattr(a.url)}>{escape(a.source)}</a>'
            html += f" (via {escape(a.via)})</p>" if a.via else "</p>"
        if a.ai_assisted:
            html += "<p>The outlet says this article was written with AI assistance.</p>"
        extra = "".join(f"<category>{x(t.title)}</category>\n" for t in entry.topics)
        extra += "".join(f"<dc:creator>{x(name)}</dc:creator>\n" for name in a.authors)
        items.append(_item(f"{a.title} ({a.source})", base + entry.url, a.published, html, extra))
    updated = build_time([e.article.published for e in entries])
    return _rss(base, f"topics/{topic.id}/feed.xml", f"{site.config.title}: {topic.title}",
                topic.description or topic.title, site.config.language, items, updated)


def sitemap(site: Site, base: str, html_paths: list[str]) -> bytes:
    lastmod = {f"{e.url}index.html": e.article.published.date().isoformat() for e in site.entries}
    rows = []
    for path in sorted(html_paths):
        if path == "404.html":
            continue
        loc = base + (path[: -len("index.html")] if path.endswith("index.html") else path)
        mod = f"<lastmod>{lastmod[path]}</lastmod>" if path in lastmod else ""
        rows.append(f"<url><loc>{x(loc)}</loc>{mod}</url>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(rows) + "</urlset>\n").encode("utf-8")


def robots(base: str) -> bytes:
    return f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n".encode()


def search_index(site: Site) -> bytes:
    records = [{"title": e.article.title, "url": e.url, "source": e.article.source,
                "date": e.article.published.date().isoformat(),
                "topics": [t.title for t in e.topics], "text": e.article.summary[:SEARCH_TEXT]}
               for e in site.entries]
    return json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def machine_files(site: Site, html_paths: list[str]) -> dict[str, bytes]:
    base = site.config.base_url or FALLBACK_BASE_URL
    files = {"feed.xml": digest_feed(site, base), "sitemap.xml": sitemap(site, base, html_paths),
             "robots.txt": robots(base), "search.json": search_index(site)}
    for topic in site.config.topics:
        files[f"topics/{topic.id}/feed.xml"] = topic_feed(site, base, topic.id)
    return files
