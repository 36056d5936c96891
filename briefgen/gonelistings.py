"""The listing pages the last build published that this one does not: a topic's (with its feed), an outlet's, an
edition's; each warned about with what took it and how to keep its address (gone.py calls this; SPEC.md: "URLs are
promises, so nothing is renamed silently").

A hostile trial (2026-12-04) found them going without a word: a topic removed from `topics:` took `topics/<id>/` and
the feed readers had subscribed to, `topics/<id>/feed.xml`; an article's `source:` renamed took `sources/<slug>/`
(only "unknown source" was said); the only article of a week re-dated took `editions/<week>/`, which the digest feed
had linked. Takes the output folder (the last build's pages are still there: read for what they listed) and this
build's site model; gives the sentence that says what left and the fix. Reading an old page is a best effort (a
project's own templates may write it otherwise): what cannot be read is not named, and the fix is still given.
"""
from __future__ import annotations

import html
import os
import re
import stat
from pathlib import Path
from typing import Any, Collection

LISTING_FOLDERS = ("topics/", "sources/", "editions/")  # listings with an address of their own (SPEC.md's layout)
_ARTICLE_LINK = re.compile(r"""href=["'][^"']*?\barticles/([a-z0-9][a-z0-9-]*)/(?:index\.html)?["'#]""")
_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_READ = 4 << 20  # bytes of an old page read for its links (an edition page of 1,000 cards is ~1 MiB)
SHOWN_ARTICLES = 3  # articles named in one warning; the rest are counted


def listed_articles(page: Path) -> list[str]:
    """The slugs of the articles whose pages `page` (a page of the last build, "output/sources/x/index.html")
    links to, in order, each once; [] when it cannot be read."""
    head = old_page(page, _READ)
    text = head.decode("utf-8", "replace") if head is not None else ""
    return list(dict.fromkeys(_ARTICLE_LINK.findall(text)))


def old_page(page: Path, size: int) -> bytes | None:
    """The first `size` bytes of a page of the last build as `output/` holds it now, or None when that is no regular
    file (a link, a folder or a named pipe put there by hand: never followed, never waited on) or cannot be read.
    The pages read are also those changed by hand since the last build (gone.py names every address it published,
    whatever was done to its file: a tester, 2026-12-05), so nothing here trusts what the file has become."""
    try:
        handle = os.open(page, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        with os.fdopen(handle, "rb", closefd=False) as reader:
            return reader.read(size)
    except OSError:
        return None
    finally:
        os.close(handle)


def page_heading(page: Path) -> str:
    """The text of `page`'s first <h1> (tags removed, entities decoded, spaces folded); "" when none is read."""
    head = old_page(page, 1 << 20)
    if head is None:
        return ""
    text = head.decode("utf-8", "replace")
    found = _HEADING.search(text)
    return " ".join(html.unescape(_TAG.sub("", found.group(1))).split()) if found else ""


def listing_message(output: Path, address: str, site: Any, published: Collection[str] | None = None) -> str:
    """The warning's text (after `gone.PHRASE`) for the listing page at site-relative `address` ("topics/x/",
    "sources/x/", "editions/2026-W43/") that the last build published and this build's site (`site`, a
    site.model.Site, or None) lacks: what took it and what keeps it. `published`: the paths the last build wrote
    (its output record), to tell whether a topic had a feed whatever was done to the file by hand since; None:
    whether `output/` holds the feed now."""
    folder, name = address.split("/")[:2]
    listed = _where_now(listed_articles(output / address / "index.html"), site)
    if folder == "topics":
        return _topic(name, site, output, published)
    if folder == "sources":
        return _outlet(page_heading(output / address / "index.html"), listed)
    return _edition(name, listed)


def _topic(topic_id: str, site: Any, output: Path, published: Collection[str] | None) -> str:
    feed = f"topics/{topic_id}/feed.xml"
    has_feed = feed in published if published is not None else (output / feed).is_file()
    what = f"a topic's, and its feed {feed}, which readers subscribe to," if has_feed else "a topic's,"
    ids = {topic.id for topic in site.config.topics} if site is not None else set()
    why = ("the topic is in config.yaml's `topics:` but has no page now" if topic_id in ids else
           f"config.yaml's `topics:` no longer has the topic \"{topic_id}\" (removed or given another id)")
    lost = "subscribers' feed stops without a word, and links and bookmarks break" if has_feed else \
        "links to it and readers' bookmarks now break"
    return (f"{what} and this one has no page at its address: {why}; {lost}; to keep the address, put the topic "
            f"back in config.yaml's `topics:` with `id: {topic_id}` (its title and keywords as before)")


def _named_now(listed: list[tuple[str, Any]], says: Any) -> str:
    """Where the old page's articles are now (`says(entry)` of each still published), SHOWN_ARTICLES of them and a
    count of the rest, joined by "; "; "" when none is published any more."""
    now = [entry for _, entry in listed if entry is not None]
    more = f", and {len(now) - SHOWN_ARTICLES} more" if len(now) > SHOWN_ARTICLES else ""
    return "; ".join(map(says, now[:SHOWN_ARTICLES])) + more if now else ""


def _outlet(name: str, listed: list[tuple[str, Any]]) -> str:
    who = f" (\"{name}\")" if name else ""
    named = _named_now(listed, lambda entry: f"{entry.article.path} now says `source: {entry.outlet.name}`")
    if named:
        why = f"its articles name another outlet ({named})"
    else:
        why = "no published article names that outlet any more (its articles renamed, made drafts or deleted)"
    keep = f"write `source: {name}`" if name else "write the outlet's former name as `source:`"
    return (f"an outlet's{who}, and this one has no outlet at its address: {why}; links to it and readers' "
            f"bookmarks now break; to keep the address, {keep} in the front matter of its articles (for an outlet "
            f"that renamed itself, the new name's page is a new address)")


def _edition(edition_id: str, listed: list[tuple[str, Any]]) -> str:
    named = _named_now(listed, lambda entry: f"{entry.article.path} is now in editions/{entry.edition}/")
    if named:
        why = f"no published article or note is dated in {edition_id} any more ({named})"
    else:
        why = (f"no published article or note is dated in {edition_id} any more (its articles re-dated, made "
               f"drafts or deleted)")
    return (f"an edition's, which the digest feed (feed.xml) and the edition archive linked, and this one has no "
            f"edition at its address: {why}; links to it and readers' bookmarks now break; to keep the address, "
            f"date an article or note in {edition_id} again (its `published:` or `date:`)")


def _where_now(slugs: list[str], site: Any) -> list[tuple[str, Any]]:
    """(slug, this build's site.model.Entry of that slug or None) for each of `slugs`."""
    entries = {entry.article.slug: entry for entry in site.entries} if site is not None else {}
    return [(slug, entries.get(slug)) for slug in slugs]
