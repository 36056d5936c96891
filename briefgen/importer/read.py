"""Feed bytes → a `FeedRead` of clean, plain values (RSS, Atom, RSS 1.0 and JSON Feed).

Takes the bytes of one feed (downloaded by `download.py` or read from a local file), the
address they came from and the feed's `FeedSpec`; gives the feed's title and its items:
plain-text titles, absolute canonical links without trackers, sanitised bodies without
boilerplate, aware dates or None, and an identity per item (`identity.py`). A date the feed
gave without a time zone is read in the site's (`zones.in_zone`) and the item says so
(`FeedItem.zoneless`): RFC 822 and 3339 require a zone, so such a date is the publisher's
wall clock, and the site's zone is the best guess there is. Problems are
diagnostics: an error when the bytes are no feed, a warning when the feed is malformed
but still has entries. Nothing here writes files or touches the network.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from briefgen.diagnostics import Diagnostic, error, has_errors, warning
from briefgen.importer.boilerplate import clean_body, drop_continue_reading, regex_strip
from briefgen.importer.entries import HAS_TAG, RawEntry, RawFeed, paragraphs
from briefgen.importer.identity import choose_mode, content_digest, identities, identity_of
from briefgen.importer.jsonfeed import looks_like_json, parse_json_feed
from briefgen.importer.links import canonical, host_of, is_http, resolve, rewrite_links
from briefgen.importer.location import is_remote, plain_words_hint
from briefgen.importer.privatenet import private_address, without_private
from briefgen.importer.syndication import NotAFeed, parse_syndication
from briefgen.importer.zones import in_zone
from briefgen.load.codepoints import FORBIDDEN
from briefgen.load.config import FeedSpec
from briefgen.load.htmlattrs import language_tag
from briefgen.load.htmldepth import flatten_deep
from briefgen.importer.stripped import stripped_addresses
from briefgen.load.markup import plain_text, removed_with_content, sanitise
from briefgen.load.rawhtml import defuse, without_elements
from briefgen.load.text import nfc, shows_text
from briefgen.load.textcut import shorten

_BLOCK = re.compile(r"<(?:p|div|h[1-6]|ul|ol|dl|blockquote|pre|table|figure|details|hr)\b")
_SPACE = re.compile(r"\s+")
# Characters no page may hold (C0/C1 controls, DEL, noncharacters: load/codepoints.py) and
# form feeds: dropped from everything a feed says, so that an imported file always builds.
_CONTROL = re.compile("\x0c|" + FORBIDDEN.pattern)
# Elements the sanitiser removes with content that is no reader's words (`dropped_words`).
_CODE = frozenset({"script", "style"})
_NEVER_SHOWN = frozenset({"template", "iframe", "title"})


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry, already safe to write: no markup in the text fields, sanitised body."""

    title: str
    link: str  # absolute http(s) without tracking parameters, else ""
    guid: str  # identity (identity.py): the entry's id, else its link, else a digest
    published: dt.datetime | None  # aware; None when the feed gives no usable date
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    body_html: str
    aliases: tuple[str, ...] = ()  # the entry's identities under the other modes (identity.identities)
    zoneless: bool = False  # the feed's date had no time zone: `published` is read in the site's
    # A zoneless date's identities as briefgen knew them before it read such dates in the site's zone
    # (as UTC): an entry imported then is recognised by them, not imported a second time.
    earlier: tuple[str, ...] = ()
    language: str = ""  # a BCP 47 tag (load.htmlattrs.language_tag) the feed gave the entry, else ""
    # Its link and body addresses on a private host, which a feed on the public web may not lead to
    # (privatenet.py): left out of `link` and `body_html`, named in the feed's warning.
    removed: tuple[str, ...] = ()
    # Words of the body inside elements the sanitiser removes with their content (`dropped_words`):
    # '12 words inside <svg>, <math>: "Gas flows by month …"', else "".
    dropped: str = ""
    # The addresses the sanitiser removed from the body (stripped.py): '3 addresses (<video poster>, …)', else "".
    stripped: str = ""
    # Images the boilerplate pass removed (boilerplate.Cleaned), as absolute addresses: `unseen` ones showed
    # nothing or were furniture, or came from a tracking host (fetch -v names them); `beacons` were taken for
    # trackers by their path alone, so a reader may have seen them (the feed's warning names them).
    unseen: tuple[str, ...] = ()
    beacons: tuple[str, ...] = ()
    # The feed's date when it is no date an article may have (a placeholder such as 0001-01-01;
    # `_unusable`): `published` is then None, and the file is dated when first seen.
    unusable_date: str = ""
    # Its identities under the modes that trust it more than the feed's does (its guid when the feed is read by
    # link or link + date; its link under link + date): kept for its article (ingest._identities).
    stronger: tuple[str, ...] = ()
    # The entry's link when it is none an article's `url:` may be (`links.resolve` gave "": `javascript:`, `data:`,
    # `mailto:`, `ftp:`, a relative link with no http(s) base, spaces): the article has no `url:` (BR24, 2026-12-06:
    # not named, where the body's removed addresses were), else "".
    refused_link: str = ""


@dataclass(frozen=True, slots=True)
class FeedRead:
    spec: FeedSpec
    title: str  # the feed's own title, plain text ("" when it has none)
    items: tuple[FeedItem, ...]
    problems: tuple[Diagnostic, ...]  # an error means the feed was not read
    mode: str = "guid"  # how items are identified: guid, link or link+date

    @property
    def failed(self) -> bool:
        return has_errors(self.problems)


def parse_feed(raw: bytes, headers: dict[str, str], spec: FeedSpec, display: str,
               url: str = "", *, zone: dt.tzinfo) -> FeedRead:
    """Bytes of one feed → its items. `url` is where the bytes came from (after redirects),
    `spec.url` when not given; `headers` are the HTTP response's (lower-case names); `zone`
    is the site's time zone, in which dates without one are read."""
    url = url or spec.url
    where = f"feed {spec.shown}"
    try:
        if looks_like_json(raw, headers.get("content-type", "")):
            feed = parse_json_feed(raw)
        else:
            feed = parse_syndication(raw, url, headers)
    except NotAFeed as exc:
        detail = f" ({exc})" if str(exc) else ""
        return FeedRead(spec, "", (), (error(display, spec.line, f"{where}: not an RSS, Atom or JSON feed"
                                             f"{detail}; {plain_words_hint(raw)}"),))
    feed = _without_repeats(_composed(feed))
    problems: list[Diagnostic] = []
    if feed.warning:
        problems.append(warning(display, spec.line, f"{where}: the feed is malformed ({feed.warning}); "
                                                    "imported what could be read"))
    items = clean_items(feed, url if is_remote(url) else "", spec, zone)
    mode = choose_mode([e.guid.strip() for e in feed.entries], [i.link for i in items], spec.identity)
    items = [_identified(item, mode, _id(entry.guid)) for entry, item in zip(feed.entries, items)]
    if any(item.removed for item in items):
        problems.append(warning(display, spec.line, f"{where}: {_private_removed(items)}"))
    return FeedRead(spec, text(feed.title, feed.title_is_text), tuple(items), tuple(problems), mode)


def _private_removed(items: list[FeedItem]) -> str:
    """The warning's text for the addresses on private hosts left out of `items` (privatenet.py)."""
    named = [f'{address} (in "{shorten(item.title, 60)}")' for item in items for address in item.removed]
    shown = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    return (f"{len(named)} address{'es' if len(named) > 1 else ''} on this machine or a private network "
            f"left out of the imported articles: {shown}. A feed on the public web may not lead readers' "
            "browsers (or this fetch) there; an image of one is left out, a link keeps its text. If you "
            "mean to publish such an address, write it into the article yourself")


def _composed(feed: RawFeed) -> RawFeed:
    """`feed` with every text in Unicode NFC (load/text.py): the build reads the files written from
    it in NFC, so identities, titles and outlet names are compared in that form, here as there (a
    guid imported decomposed would not be recognised in the file and be imported again)."""
    entries = tuple(replace(e, guid=nfc(e.guid), link=nfc(e.link), orig_link=nfc(e.orig_link), title=nfc(e.title),
                            body=nfc(e.body), base=nfc(e.base), authors=tuple(nfc(a) for a in e.authors),
                            tags=tuple(nfc(t) for t in e.tags)) for e in feed.entries)
    return replace(feed, title=nfc(feed.title), site_link=nfc(feed.site_link), entries=entries)


def _without_repeats(feed: RawFeed) -> RawFeed:
    """`feed` with an entry it sends twice (every field the same: guid, link, title, body, dates …) kept once, in
    its first place. Counted twice, the repeat made its guid a repeated one, which on a small feed tipped the share of
    repeated guids over 5 % and moved the whole feed to link + date identities, and the first fetch said "1 already
    imported" (a trial, 2026-12-04: one repeat among four entries). Entries that differ in anything stay two."""
    kept = tuple(dict.fromkeys(feed.entries))
    return feed if len(kept) == len(feed.entries) else replace(feed, entries=kept)


def _identified(item: FeedItem, mode: str, guid: str) -> FeedItem:
    """`item` known by its identity in `mode`, and by its identities in the other modes."""
    every = identities(guid, item.link, item.published, item.guid) + item.earlier
    primary = identity_of(mode, guid, item.link, item.published, item.guid)
    modes = ("guid", "link", "link+date")
    stronger = (identity_of(m, guid, item.link, item.published, item.guid) for m in modes[:modes.index(mode)])
    return replace(item, guid=primary, aliases=tuple(i for i in dict.fromkeys(every) if i != primary),
                   stronger=tuple(i for i in dict.fromkeys(stronger) if i != primary))


def text(value: str, is_text: bool = False) -> str:
    """Plain text of a feed field, whitespace collapsed, in NFC. HTML (the default): tags (and whatever
    is inside script/style) removed, entities decoded. `is_text`: the feed typed it text (Atom
    `type="text"`, an RSS title without markup: `RawEntry.title_is_text`), so `<b>` and `&amp;` in it
    are those characters, kept as written (the page escapes them)."""
    if not value:
        return ""
    if is_text:
        return nfc(" ".join(_CONTROL.sub("", value).split()))
    return plain_text(sanitise(_CONTROL.sub("", value)))


def _id(guid: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub("", guid)).strip()


def clean_items(feed: RawFeed, feed_url: str, spec: FeedSpec, zone: dt.tzinfo) -> list[FeedItem]:
    """Every entry cleaned; `guid` holds the entry's own id, or a content digest when it has none."""
    site = resolve(feed.site_link, (feed_url,))
    own_hosts = frozenset(h for h in (host_of(feed_url), host_of(site)) if h)
    items = [_item(entry, feed_url, site, own_hosts, spec, zone) for entry in feed.entries]
    # A feed the editor chose on a private host may lead there (privatenet.py); spec.url is the
    # address in config.yaml, not where redirects or the feed's own links lead.
    return items if private_address(spec.url) else [_public(item) for item in items]


def _public(item: FeedItem) -> FeedItem:
    """`item` without its link and body addresses on private hosts (`FeedItem.removed`)."""
    body, removed = without_private(item.body_html)
    link = "" if private_address(item.link) else item.link
    if link == item.link and not removed:
        return item
    return replace(item, link=link, body_html=body, removed=((item.link,) if link != item.link else ()) + removed)


def _item(entry: RawEntry, feed_url: str, site: str, own_hosts: frozenset[str], spec: FeedSpec,
          zone: dt.tzinfo) -> FeedItem:
    entry = _without_controls(entry)
    bases = tuple(b for b in (entry.base, site, feed_url) if b)
    link = entry.orig_link.strip() if is_http(entry.orig_link.strip()) else resolve(entry.link, bases)
    link = canonical(link, own_hosts) if link else ""
    body, dropped, stripped, cleaned = _body(entry, link, tuple(b for b in (entry.base, link, site, feed_url) if b),
                                             own_hosts, spec)
    title = text(entry.title, entry.title_is_text)
    title = title if shows_text(title) else _fallback_title(body, link)  # (a title of U+200B alone shows nothing)
    published = entry.published or entry.updated
    zoneless = published is not None and published.tzinfo is None
    why = _unusable(in_zone(published, zone) if zoneless and published is not None else published)
    unusable = f"{published.isoformat()}: {why}" if published is not None and why else ""
    if unusable:
        published, zoneless = None, False
    earlier: tuple[str, ...] = ()
    dates = (published,)  # the dates its identities had
    if zoneless:
        as_utc = published.replace(tzinfo=dt.timezone.utc)  # (how feedparser read it: the identities it gave)
        earlier = identities(_id(entry.guid), link, as_utc,
                             _id(entry.guid) or link or content_digest(spec.url, title, as_utc, body))
        published = in_zone(published, zone)
        dates = (published, as_utc)
    earlier += _earlier_guids(entry, link, own_hosts, dates)
    guid = _id(entry.guid) or link or content_digest(spec.url, title, published, body)
    authors = _unique([text(a) for a in entry.authors])
    tags = _unique([text(t) for t in entry.tags])
    given = entry.link.strip() or entry.orig_link.strip()
    return FeedItem(title, link, guid, published, authors, tags, body, zoneless=zoneless, earlier=earlier,
                    language=language_tag(entry.language) or "", dropped=dropped, unusable_date=unusable,
                    stripped=stripped, unseen=cleaned[0], beacons=cleaned[1],
                    refused_link="" if link or not given else given)


EARLIEST = dt.datetime(1970, 1, 2, tzinfo=dt.timezone.utc)  # before it: a placeholder, not a publication date


def _unusable(moment: dt.datetime | None) -> str:
    """"" for a date an article may have; else why it is none ("before 1970", …). Dates before 1970-01-02 UTC are the placeholders of feeds without one — .NET's
    `DateTime.MinValue` (0001-01-01), a Unix time of 0 in any zone (1970-01-01, 1969-12-31 in
    the Americas) — and not when the item was published (a 1970 edition of the briefing).
    Nor is a date whose UTC reading is past the year 9999 (9999-12-31 23:59 in New York):
    year 1 in New York, or that, stopped the import of the whole feed with "OverflowError: date
    value out of range"."""
    if moment is None:
        return ""
    try:
        utc = moment.astimezone(dt.timezone.utc) if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    except OverflowError:
        return "before 1970-01-02, a placeholder" if moment.year < 1970 else "past the year 9999 in UTC"
    return "before 1970-01-02, a placeholder" if utc < EARLIEST else ""


def _earlier_guids(entry: RawEntry, link: str, own_hosts: frozenset[str],
                   dates: tuple[dt.datetime | None, ...]) -> tuple[str, ...]:
    """The identities the entry had when its guid was read joined to the feed's address
    (`RawEntry.earlier_guids`): then that was its link too, when it had none of its own."""
    found: list[str] = []
    for old in entry.earlier_guids:
        guid = _id(old)
        old_link = canonical(old, own_hosts) if entry.link_from_guid and is_http(old) else link
        for moment in dates:
            found += identities(guid, old_link, moment, guid or old_link)
    return tuple(dict.fromkeys(found))


def _without_controls(entry: RawEntry) -> RawEntry:
    """`entry` with the characters `_CONTROL` matches dropped from every text it holds."""
    changed = {name: _CONTROL.sub("", value) for name in ("guid", "link", "orig_link", "title", "body", "base")
               if _CONTROL.search(value := getattr(entry, name))}
    authors = tuple(_CONTROL.sub("", a) for a in entry.authors)
    tags = tuple(_CONTROL.sub("", t) for t in entry.tags)
    if not changed and authors == entry.authors and tags == entry.tags:
        return entry
    return replace(entry, **changed, authors=authors, tags=tags)


def _body(entry: RawEntry, link: str, bases: tuple[str, ...], own_hosts: frozenset[str], spec: FeedSpec
          ) -> tuple[str, str, str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The entry's HTML without boilerplate, sanitised, links absolute and without trackers; what the sanitiser
    left out of it with its elements (`dropped_words`); the addresses it removed (`stripped_addresses`); and the
    images the boilerplate pass removed (`FeedItem.unseen`, `FeedItem.beacons`), absolute."""
    value = _CONTROL.sub("", entry.body)
    if not value.strip():
        return "", "", "", ((), ())
    if entry.body_is_text or not HAS_TAG.search(value):
        value = paragraphs(value, escape=entry.body_is_text)
    # Defused first: the boilerplate pass re-serialises through an HTML5 parser, which
    # would close an unclosed <svg> or <script> around the text after it (load/rawhtml.py).
    cleaned = clean_body(flatten_deep(defuse(value))[0], link, spec.strip)  # flattened: load/htmldepth.py
    value = cleaned.html
    images = (tuple(resolve(src, bases) or src for src in cleaned.unseen + cleaned.trackers),
              tuple(resolve(src, bases) or src for src in cleaned.guessed))
    sanitised = sanitise(value)
    clean = drop_continue_reading(regex_strip(sanitised.strip(), spec.strip), link).strip()
    if clean and not _BLOCK.search(clean):  # bare text: a paragraph (mixed content is fine in the <div>)
        clean = f"<p>{clean}</p>"
    return rewrite_links(clean, bases, own_hosts), dropped_words(value), stripped_addresses(value, sanitised), images


def dropped_words(value: str) -> str:
    """The words of `value` (defused HTML) that readers of the original saw and the sanitiser removes
    with the elements whose content it never publishes (`markup.removed_with_content`): '12 words
    inside <svg>, <math>: "Gas flows by month …"' (the elements that held them, the first 80
    characters), or "" when none is lost.

    Per element, as readers of the original (in a browser or a feed reader, which runs no script) see
    it: the words of an svg (its labels, `<title>` and `<desc>`), a formula (`<math>`), a form, a
    select's options, a textarea, an `<object>`'s fallback and a `<noscript>` are the author's and are
    named. None is kept as text: a formula's text loses its layout (x² reads "x 2"), an svg's labels
    their drawing, a form's words their controls. Not words, and never named: script and style (code,
    also inside an svg), and what no reader is shown, the content of template, iframe (HTML5 shows
    none) and a title in the body. A trial: `briefgen fetch` left out an entry's formula and chart
    labels without a word."""
    lost = {name: found for name, found in removed_with_content(without_elements(value, _CODE)).items()
            if name not in _NEVER_SHOWN}
    if not lost:
        return ""
    every = [word for found in lost.values() for word in found]
    return (f"{len(every)} word{'s' if len(every) != 1 else ''} inside {', '.join(f'<{n}>' for n in lost)}: "
            f'"{shorten(" ".join(every), 80)}"')


def _unique(values: list[str]) -> tuple[str, ...]:
    """Distinct values that show something (`shows_text`: a feed's author "\u200b" is no author)."""
    return tuple(dict.fromkeys(v for v in values if shows_text(v)))


def _fallback_title(body: str, link: str) -> str:
    words = shorten(plain_text(body), 80)
    return words if shows_text(words) else link or "Untitled"
