"""Machine-readable files: feeds, sitemap.xml and robots.txt (the search index: `searchindex`).

Takes the `Site` and the base URL; gives bytes. Deterministic: nothing here depends on
the wall clock or on iteration order of unordered containers.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from briefgen.load.config import FALLBACK_BASE_URL, Config
from briefgen.render.feeds import RenderPart, Reuse, fresh, digest_feed, topic_feed, x
from briefgen.site.drafted import draft_only, is_draft_only
from briefgen.site.model import Site
from briefgen.site.urls import ascii_url

SITEMAP_URLS = 50_000  # per file: the sitemaps.org protocol's limit (and 50 MB; ~100 bytes a URL here)
SITEMAP_FOLDER = "sitemaps/"  # the parts of a sitemap too long for one file
SEARCH_FOLDERS = ("search/t/", "search/p/", "search/d/")  # claimed whole: their files depend on the content


def machine_paths(config: Config) -> list[str]:
    """Files that are not pages: feeds, sitemap, robots.txt and the search manifest (see SEARCH_FOLDERS)."""
    return ["feed.xml", "sitemap.xml", "robots.txt", "search/index.json",
            *(f"topics/{topic.id}/feed.xml" for topic in config.topics)]


# What a path keeps unescaped in a <loc> (RFC 3986 pchar and "/", not "%"): a static file named "i?j.html", "k#l.html",
# "o p.html" or "g%20h.html" was listed as a query, a fragment, a space or another file (a hostile trial, 2026-12-04).
_PATH_SAFE = "/-._~!$&'()*+,;=:@"
# A path of these characters alone is its own `quote(path, safe=_PATH_SAFE)` and its own `x(path)` (ASCII letters,
# digits, "_.-~" and `_PATH_SAFE` but "&", which `x` escapes): written as it is, without either call (two thirds of
# the sitemap's 0.18 s of CPU at 10,000 articles, a one-edit rebuild, 2026-12-07; tests/render/test_sitemap_rows_sp11.py).
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/\-._~!$'()*+,;=:@]*")


def sitemaps(site: Site, base: str, html_paths: list[str], limit: int = SITEMAP_URLS) -> dict[str, bytes]:
    """sitemap.xml (sitemaps.org 0.9): every page but 404.html, drafts' pages and the pages only drafts give the
    site (`site.drafted.draft_only`: an outlet, a person, a story, an edition of drafts alone), articles with their date (a corrected
    one's: its latest correction's, the day its page changed); each path
    percent-encoded in UTF-8 (the protocol's "URL-escaped" locations; `_PATH_SAFE`).

    Up to `limit` URLs it is one `<urlset>`; beyond, sitemap.xml is a `<sitemapindex>` of
    sitemaps/1.xml, sitemaps/2.xml, … with `limit` URLs each (a 100,000-article briefing
    has ~150,000 pages), as the protocol requires.
    """
    lastmod = {f"{e.url}index.html": e.article.published.date().isoformat() for e in site.entries}
    for shown in site.notes:  # a corrected article's page changed on the day of its (latest) correction
        if shown.note.kind == "correction" and not shown.note.draft:  # (a draft one changes nothing published)
            day = shown.note.date.date().isoformat()
            for entry in shown.articles:
                path = f"{entry.url}index.html"
                lastmod[path] = max(lastmod.get(path, day), day)
    # A draft's page (build --drafts) is left out, as its page says noindex: not one for search engines.
    drafts = {f"{e.url}index.html" for e in site.entries if e.article.draft}
    drafted = draft_only(site)
    rows = []
    shown_base = x(base)
    for path in sorted(html_paths):
        if path == "404.html" or path in drafts or drafted and is_draft_only(path, drafted):
            continue
        loc = sitemap_loc(base, shown_base, path[: -len("index.html")] if path.endswith("index.html") else path)
        mod = f"<lastmod>{lastmod[path]}</lastmod>" if path in lastmod else ""
        rows.append(f"<url><loc>{loc}</loc>{mod}</url>\n")
    if len(rows) <= limit:
        return {"sitemap.xml": _urlset(rows)}
    files = {f"{SITEMAP_FOLDER}{n}.xml": _urlset(rows[start:start + limit])
             for n, start in enumerate(range(0, len(rows), limit), 1)}
    index = "".join(f"<sitemap><loc>{x(base + path)}</loc></sitemap>\n" for path in files)
    files["sitemap.xml"] = ('<?xml version="1.0" encoding="utf-8"?>\n'
                            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                            + index + "</sitemapindex>\n").encode("utf-8")
    return files


def sitemap_loc(base: str, shown_base: str, path: str) -> str:
    """A `<loc>`'s text: `base` (an ASCII URL ending in "/"; `shown_base` is `x(base)`) and the site-relative `path`
    percent-encoded in UTF-8 (`_PATH_SAFE` kept), escaped for XML: `x(base + quote(path, safe=_PATH_SAFE))`, which a
    path of `_PLAIN_PATH`'s characters needs no call for (`x` works character by character: x(a + b) == x(a) + x(b))."""
    return shown_base + path if _PLAIN_PATH.fullmatch(path) else x(base + quote(path, safe=_PATH_SAFE))


def _urlset(rows: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(rows) + "</urlset>\n").encode("utf-8")


def robots(base: str) -> bytes:
    return f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n".encode()


def machine_files(site: Site, html_paths: list[str], render_part: RenderPart,
                  build_time: dt.datetime | None, reuse: Reuse = fresh) -> dict[str, bytes]:
    """Every file that is not a page, by output path (see `machine_paths`): `index_files` and
    `feed_files` together."""
    return {**feed_files(site, render_part, build_time, reuse), **index_files(site, html_paths)}


def index_files(site: Site, html_paths: list[str]) -> dict[str, bytes]:
    """robots.txt and the sitemap (sitemap.xml, and sitemaps/<n>.xml beyond `SITEMAP_URLS`): made
    from the site and its page paths alone, so that a build can make them while it waits for
    fingerprints (publish.py; ~0.09 s at 10,000 articles)."""
    base = ascii_url(site.config.base_url or FALLBACK_BASE_URL)
    return {"robots.txt": robots(base), **sitemaps(site, base, html_paths)}


def feed_files(site: Site, render_part: RenderPart, build_time: dt.datetime | None,
               reuse: Reuse = fresh) -> dict[str, bytes]:
    """feed.xml (the digest) and topics/<id>/feed.xml; `reuse` gives the feeds' items made by an
    earlier build from the same inputs (`feeds.item_inputs`)."""
    base = ascii_url(site.config.base_url or FALLBACK_BASE_URL)
    files = {"feed.xml": digest_feed(site, base, render_part, build_time, reuse)}
    for topic in site.config.topics:
        files[f"topics/{topic.id}/feed.xml"] = topic_feed(site, base, topic.id, render_part, build_time, reuse)
    return files
