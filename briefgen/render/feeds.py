"""RSS 2.0 feeds: the digest (one item per edition) and one feed per topic.

Takes the `Site`, the absolute base URL, the build time and `render_part(template,
context) → str` for the items' HTML (templates under `feeds/`, so a site can override
them); gives the feeds' bytes. The XML envelope is written here with escaping (no
CDATA), XML-illegal characters stripped, dates in RFC 822, links absolute — those in the
items' HTML too (`absolute_links`), since a feed reader has no page to resolve them against.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from typing import Any, Callable, Iterable

from markupsafe import Markup

from briefgen import __version__
from briefgen.load.notekinds import note_label
from briefgen.render.bidi import direct_blocks
from briefgen.render.counts import counted
from briefgen.render.dates import rfc822
from briefgen.render.links import map_urls
from briefgen.site.model import Section, Site
from briefgen.site.parts import edition_parts, section_anchor
from briefgen.site.urls import join_url

# What XML 1.0 does not allow (its `Char` production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
# [#x10000-#x10FFFF]), written as the few it leaves out: the same class, compiled in microseconds instead
# of ~7 ms (sre visits every code point of a range; tests/analyse/test_charset_forms.py compares them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ITEM_TEMPLATES = ("feeds/article.html", "feeds/note.html", "feeds/section.html")
RenderPart = Callable[[str, dict[str, Any]], str]
# `reuse(key, make) → item XML`: the item `key` names (`item_inputs`), made by `make()` unless an
# earlier build made it from the same inputs (publish: speed/feeditems.py).
Reuse = Callable[[str, Callable[[], str]], str]


def fresh(key: str, make: Callable[[], str]) -> str:
    """The `Reuse` that reuses nothing: every item made anew."""
    return make()


def item_inputs(site: Site) -> dict[str, Any]:
    """The value each feed item is made from, by item key ("edition <url>", "entry <url>"), beyond
    the config, the templates, the plugins and briefgen's code, which every item depends on.

    A digest item is made from its edition, a topic feed's item from its entry or note (the same
    in every topic feed that shows it). Their feeds' templates are given the whole site model too
    (`briefing`); a caller that reuses items must know that the templates do not read it.
    """
    listings = site.config.listings
    found: dict[str, Any] = {f"edition {e.url}": e for e in site.editions[:listings.digest_editions]}
    for topic in site.config.topics:
        found.update((f"entry {e.url}", e) for e in _topic_entries(site, topic.id))
        found.update((f"note {n.url}", n) for n in _topic_notes(site, topic.id))
    return found


def _topic_notes(site: Site, topic_id: str) -> list[Any]:
    """The newest `listings.feed_items` editor notes on the topic (a topic feed keeps that many items)."""
    wanted = (n for n in site.notes if any(t.id == topic_id for t in n.topics))
    return list(itertools.islice(wanted, site.config.listings.feed_items))


def _topic_entries(site: Site, topic_id: str) -> list[Any]:
    """The topic's newest `listings.feed_items` entries: the scan stops there (topic ids are unique in
    config.yaml; comparing whole topics over every entry took 0.05 s of each rebuild at 10,000 articles)."""
    wanted = (e for e in site.entries if any(t.id == topic_id for t in e.topics))
    return list(itertools.islice(wanted, site.config.listings.feed_items))


def escape(text: str) -> str:
    """&, < and > escaped: `xml.sax.saxutils.escape` without its import, which brings urllib.request,
    http.client and ssl (12 ms of every one-edit build, `python -X importtime`; equal for any
    text: tests/render/test_feeds_escape.py)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    """An attribute value escaped and quoted, as `xml.sax.saxutils.quoteattr` (without its import)."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def clean(text: str) -> str:
    """Text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F)."""
    return _XML_ILLEGAL.sub("", text)


def x(text: str) -> str:
    """Text content for XML: illegal characters dropped, markup escaped."""
    return escape(clean(text))


# Bidirectional classes that make a piece of text reorder what stands beside it (UAX #9): right-to-left
# letters, Arabic digits, and the explicit embeddings, overrides and isolates.
_REORDERING = frozenset({"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})


def _reorders(text: str) -> bool:
    """Whether `text` holds a right-to-left letter, an Arabic digit or a bidi control."""
    return not text.isascii() and any(unicodedata.bidirectional(c) in _REORDERING for c in text)


def isolated(text: str) -> str:
    """`text` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE when it holds a
    right-to-left letter, an Arabic digit or a bidi control; else as it is.

    Feed titles are plain text and readers strip `<bdi>` from item HTML (feedparser's sanitiser
    does), so the pages' isolation (render/bidi.py) is written with the Unicode characters that mean
    the same: an Arabic outlet no longer takes the date after it ("الجزيرة, 2024-03-05" showed as
    "05-03-2024" in a left-to-right reader), nor an unclosed U+202E in a title the outlet name after
    it. Text without such characters (most text) gets nothing, so it reads and searches as written.
    """
    return f"\u2068{text}\u2069" if _reorders(text) else text


def isolated_filter(value: Any) -> str:
    """Jinja filter `isolated` (feed templates): `isolated` of the value's text; escape it after (`|xml`)."""
    return isolated(str(value))


def direction_filter(value: Any) -> Markup:
    """Jinja filter `dir_auto` (feed templates): ` dir="auto"` for an element that holds only the
    value's text (a summary), when the text holds right-to-left characters (`isolated`'s test); else "".

    The pages give such elements `dir="auto"` (render/bidi.py); the feeds gave none, so a reader
    set an Arabic summary in its left-to-right view: "نص عربي عن الهدنة ceasefire." left-aligned, its
    last word read first. feedparser keeps `dir` (it drops `<bdi>`); text without such characters
    gets nothing, as in `isolated`."""
    return Markup(' dir="auto"') if _reorders(str(value)) else Markup("")


def directed_blocks(value: Any) -> Markup:
    """Jinja filter `blocks_dir_auto` (feed templates): a note body's HTML with `dir="auto"` on each
    outermost block (render/bidi.direct_blocks, as on its page) when it holds right-to-left
    characters; else as it is (`direction_filter`)."""
    html = str(value)
    return Markup(direct_blocks(html) if _reorders(html) else html)


def xml_filter(value: Any) -> Markup:
    """Jinja filter for feed HTML: escapes &, < and > only (the feeds' historic form)."""
    return Markup(escape(str(value)))


def xmlattr_filter(value: Any) -> Markup:
    """Jinja filter: a quoted attribute value, quotes included (`xml.sax.saxutils.quoteattr`)."""
    return Markup(quoteattr(str(value)))


def absolute_links(fragment: str, base: str, page: str) -> str:
    """Item HTML with every href, src and cite absolute: a path resolved against the site's base
    URL (the sub-path included: "articles/x/" → base + "articles/x/"), a lone "#fragment" against
    `page`, the item's own page. Readers resolve relative URLs against the feed's URL, or not at all."""
    return map_urls(fragment, lambda value: join_url(page if value.startswith("#") else base, value), quoteattr)


def updated(build_time: dt.datetime | None, moments: Iterable[dt.datetime]) -> dt.datetime | None:
    """The feeds' lastBuildDate: the build time when given (SOURCE_DATE_EPOCH), else the newest content
    date; None for a feed with no content (an empty topic): RSS 2.0 makes the element optional, and
    "the last time the content of the channel changed" is no time at all, not 1 January 1970."""
    return build_time if build_time is not None else max(moments, default=None)


def _rss(base: str, path: str, page: str, title: str, description: str, language: str,
         items: list[str], when: dt.datetime | None) -> bytes:
    """The channel around `items`; `page` is the site-relative page the feed follows (RSS 2.0's
    channel <link>: "the HTML website corresponding to the channel"), `path` the feed's own."""
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{x(title)}</title>\n<link>{x(base + page)}</link>\n"
        f"<description>{x(description)}</description>\n<language>{x(language)}</language>\n"
        + (f"<lastBuildDate>{rfc822(when)}</lastBuildDate>\n" if when is not None else "") +
        f"<generator>briefgen {__version__}</generator>\n"
        f'<atom:link href={quoteattr(clean(base + path))} rel="self" type="application/rss+xml"/>\n')
    return (head + "".join(items) + "</channel>\n</rss>\n").encode("utf-8")


def note_guid(base: str, slug: str) -> str:
    """A topic feed's guid for the editor note `slug`: "<base>notes/<slug>", written isPermaLink="false".

    A note has no page of its own: its item links to it on its edition's page, and that address
    moves with the note's date (or the site's `edition:` and `timezone:`). As the guid, it made a
    corrected date a new item in every reader (which keep the old one: they dedupe by guid), so
    the guid names the note by its slug alone, as an article's names its page by its slug."""
    return f"{base}notes/{slug}"


def edition_guid(link: str, edition: Any) -> str:
    """The digest's guid for `edition` (at `link`): "<link>#contents-<12 hex>", written isPermaLink="false",
    the hex a digest of the slugs of the articles and notes the edition holds.

    Readers dedupe by guid and many never show a changed item again: with the edition's address as its
    guid, the current edition's item changed in place as articles were added during the week, and its
    subscribers never saw the later stories (a trial). So the guid changes with what the edition holds —
    an article or note added or removed, never an edit of one (a slug is its page's address: an edit
    keeps it) — and the item's title counts its stories and notes, so a reader tells the versions apart."""
    slugs = sorted(f"a {e.article.slug}" for s in edition.sections for e in s.entries)
    slugs += sorted(f"n {n.note.slug}" for n in edition.notes)
    digest = hashlib.blake2b("\n".join(slugs).encode("utf-8"), digest_size=6).hexdigest()
    return f"{link}#contents-{digest}"


def _item(title: str, link: str, published: dt.datetime, html: str, extra: str = "", guid: str = "") -> str:
    """An <item>; its guid is `link` as a permalink, or `guid` (not a link) when given."""
    marked = f'<guid isPermaLink="false">{x(guid)}</guid>' if guid else f'<guid isPermaLink="true">{x(link)}</guid>'
    return (f"<item>\n<title>{x(title)}</title>\n<link>{x(link)}</link>\n{marked}\n"
            f"<pubDate>{rfc822(published)}</pubDate>\n{extra}"
            f"<description>{x(html)}</description>\n</item>\n")


def _part(render_part: RenderPart, template: str, context: dict[str, Any]) -> str:
    return render_part(template, context).removesuffix("\n")  # template files may end with a newline


def digest_item_title(edition: Any) -> str:
    """The title of `edition`'s digest item: "Week 46, 2026 (9–15 November 2026): 7 stories, 3 notes".

    It leads with the edition, not the site's title: a reader's list shows the feed's name beside each item
    and cuts a long title off, and a trial's list showed "Thyra Volcano Watch — a weekly briefing on …" for
    every edition alike. In a build with drafts the counts say how many are drafts' ("7 stories (1 a draft)"):
    a story whose every report in the edition is a draft, a draft note (README: drafts are marked everywhere)."""
    stories = [shown for section in edition.sections for shown in section.stories]
    draft_stories = sum(1 for shown in stories if all(r.entry.article.draft for r in shown.reports))
    draft_notes = sum(1 for n in edition.notes if n.note.draft)

    def some(n: int, one: str, many: str, drafts: int) -> str:
        if not n:
            return ""
        marked = "" if not drafts else (" (all drafts)" if drafts == n > 1 else " (a draft)" if n == 1 else
                                        f" ({drafts} a draft)" if drafts == 1 else f" ({drafts} drafts)")
        return counted(n, one, many) + marked

    count = ", ".join(filter(None, (some(edition.stories, "story", "stories", draft_stories),
                                    some(len(edition.notes), "note", "notes", draft_notes))))
    span = f" ({edition.period.span})" if edition.period.span != edition.period.title else ""
    return f"{edition.period.title}{span}: {count}" if count else f"{edition.period.title}{span}"


def digest_feed(site: Site, base: str, render_part: RenderPart, build_time: dt.datetime | None,
                reuse: Reuse = fresh) -> bytes:
    """feed.xml: the newest `listings.digest_editions` editions (config.yaml, default 20), each one
    item with its notes and topic sections.

    An item holds the stories the edition's own page shows (its first part: `listings.edition_size`
    stories, site/parts.py), and each section says how many more it has, linking where they
    continue. A week of a briefing that imports hundreds of articles a day holds thousands of
    stories: with every one in its item, feed.xml was 2.4 MB at 10,000 articles and 21.8 MB at
    100,000 (`benchmarks/make_corpus.py`), which every subscriber downloads at each poll.
    """
    def item(edition: Any) -> str:
        moments = [e.article.published for s in edition.sections for e in s.entries]
        moments += [n.note.date for n in edition.notes]
        parts = [_part(render_part, "feeds/note.html", {"n": n, "base": base}) for n in edition.notes]
        first = edition_parts(edition, site.config.listings.edition_size)[0]
        shown = {id(share.whole): share.section for share in first.sections}
        for section, start in zip(edition.sections, first.toc):
            part = shown.get(id(section), Section(section.topic, ()))
            rest = ("" if len(part.stories) == len(section.stories) else base + (
                start.href if not part.stories else f"{first.following.url}#{section_anchor(section)}"))
            parts.append(_part(render_part, "feeds/section.html",
                               {"section": part, "whole": section, "more": rest, "base": base}))
        title = digest_item_title(edition)
        link = base + edition.url
        return _item(title, link, max(moments), absolute_links("\n".join(parts), base, link), "",
                     edition_guid(link, edition))

    items = [reuse(f"edition {edition.url}", lambda edition=edition: item(edition))
             for edition in site.editions[:site.config.listings.digest_editions]]
    when = updated(build_time, [e.article.published for e in site.entries] + [n.note.date for n in site.notes])
    return _rss(base, "feed.xml", "", site.config.title, f"{site.config.title}: one item per edition",
                site.config.language, items, when)


def topic_feed(site: Site, base: str, topic_id: str, render_part: RenderPart,
               build_time: dt.datetime | None, reuse: Reuse = fresh) -> bytes:
    """topics/<id>/feed.xml: the topic's newest `listings.feed_items` items (config.yaml, default 50),
    newest first: its articles, and the editor notes on it (as its page shows them), one item each.
    A note's item links to the note on its edition's page; its guid is `note_guid`."""
    topic = next(t for t in site.config.topics if t.id == topic_id)
    entries = _topic_entries(site, topic_id)
    notes = _topic_notes(site, topic_id)

    def item(entry: Any) -> str:
        a = entry.article
        link = base + entry.url
        html = absolute_links(_part(render_part, "feeds/article.html", {"entry": entry, "base": base}), base, link)
        extra = "".join(f"<category>{x(t.title)}</category>\n" for t in entry.topics)
        extra += "".join(f"<dc:creator>{x(name)}</dc:creator>\n" for name in a.authors)
        # A corrected article says so in its title, as listings badge it (a trial read no mark in the feeds)
        mark = ", corrected" if entry.corrected else ""
        draft = "Draft: " if a.draft else ""  # (build --drafts: marked wherever it appears)
        return _item(f"{draft}{isolated(a.title)} ({isolated(a.source)}{mark})", link, a.published, html, extra)

    def note_item(shown: Any) -> str:
        n = shown.note
        link = base + shown.url
        html = absolute_links(_part(render_part, "feeds/note.html", {"n": shown, "base": base, "alone": True}), base, link)
        extra = "".join(f"<category>{x(t.title)}</category>\n" for t in shown.topics)
        extra += "".join(f"<dc:creator>{x(name)}</dc:creator>\n" for name in n.authors)
        label = note_label(n.kind, n.title)
        # A title that is the note's title alone needs no isolates (nothing beside it to reorder: docs/feeds.md)
        title = f"{label}: {isolated(n.title)}" if label else isolated(n.title) if n.draft else n.title
        return _item(f"Draft: {title}" if n.draft else title, link, n.date, html, extra,
                     note_guid(base, n.slug))

    dated = [(e.article.published, 0, e.url, lambda e=e: reuse(f"entry {e.url}", lambda: item(e))) for e in entries]
    dated += [(n.note.date, 1, n.url, lambda n=n: reuse(f"note {n.url}", lambda: note_item(n))) for n in notes]
    dated.sort(key=lambda d: (-d[0].timestamp(), d[1], d[2]))  # newest first; at one moment articles first
    kept = dated[:site.config.listings.feed_items]
    items = [make() for _, _, _, make in kept]
    when = updated(build_time, [moment for moment, _, _, _ in kept])
    page = f"topics/{topic.id}/"
    return _rss(base, page + "feed.xml", page, f"{isolated(site.config.title)}: {isolated(topic.title)}",
                topic.description or topic.title, site.config.language, items, when)
