"""RSS 0.9x/1.0/2.0 and Atom bytes → a `RawFeed`, with feedparser.

feedparser parses; briefgen fetches (issue 11 §1: feedparser's next major drops URL
fetching). It is told the final URL and the response headers (`response_headers` with
`content-location`), so that it knows the document's address and encoding.

feedparser's own sanitiser and relative-link resolution are off: they cost half its
time, and every fragment goes through nh3 and `links.rewrite_links` later. The bytes go
in as a stream, never as bytes: given bytes, feedparser first tries them as a file
name, so a server answering "/home/you/notes.xml" would import a local file.

A guid is read as the feed wrote it. feedparser joins a permalink guid (RSS 2.0: any `<guid>`
without `isPermaLink="false"`) to the document's address, even with relative-link resolution
off, and takes it for the link of an entry without one: `<guid>1234</guid>` became the identity
and the published `url:` `https://host/1234`, a page that does not exist, and the identity of
every such entry changed when the feed moved (a redirect to another host, a new URL in
config.yaml) — each was imported again. feedparser's `id` is therefore not among the fields it
resolves (`can_be_relative_uri`, set once at import); a guid is an entry's link only when it is an address
(an http(s) URL, or a path from the site's root: `/news/5`), and the readings feedparser gave
before are kept in `RawEntry.earlier_guids`, so an entry imported then is not imported again.
"""
from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import html
import io
import re
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
from feedparser.mixin import _FeedParserMixin
from feedparser.util import FeedParserDict

from briefgen.importer.entries import HAS_TAG, RawEntry, RawFeed, paragraphs
from briefgen.importer.zones import named_zone_date, zoneless_date
from briefgen.load.plaintext import plain_text
from briefgen.load.text import shows_text

_SPACE = re.compile(r"\s+")
_ADDRESS = re.compile(r"^(?:https?://|/)", re.I)  # a guid that can be a link: a URL, or a path from the root
# feedparser resolves these fields against the document's address: not the guid (see above).
_FeedParserMixin.can_be_relative_uri = set(_FeedParserMixin.can_be_relative_uri) - {"id"}

# feedparser reads an MRSS media:description (the text of one picture or video: an image's alt
# text) and an itunes:summary as the entry's description, and when the entry has a description
# already it makes the second one the entry's *content*, typed text/plain — which the body
# prefers to the description. A Mastodon post's text gave way to its picture's alt text ("Fire
# trucks on a road"), a podcast's HTML show notes to its plain-text itunes:summary, and a
# description that came after either was shown with its tags as text. Here both are kept apart,
# in the order they came, and are the body only of an entry with neither content nor description
# (a YouTube video's description is its media:description).
_ASIDE = "briefgen_aside"


def _start_aside(self: Any, attrs_d: dict[str, str]) -> None:
    attrs_d = dict(attrs_d)
    if attrs_d.get("type") == "plain":  # MRSS says type="plain" | "html"
        attrs_d["type"] = "text"
    self.push_content(_ASIDE, attrs_d, "text/plain", 1)


def _end_aside(self: Any) -> None:
    value = self.pop(_ASIDE)
    kind = str(self.contentparams.get("type") or "text/plain")
    self.incontent -= 1
    self.contentparams.clear()
    if value and self.inentry and not self.insource:
        self.entries[-1].setdefault(_ASIDE + "s", []).append({"value": value, "type": kind})


for _name in ("media_description", "itunes_summary"):
    setattr(_FeedParserMixin, "_start_" + _name, _start_aside)
    setattr(_FeedParserMixin, "_end_" + _name, _end_aside)


# An RSS byline is "email (Name)" or "Name <email>" (RSS 2.0's <author>, and many a dc:creator).
# feedparser finds the address with a pattern whose top-level domain has 2-4 letters, so
# `desk@windwire.example (Lotte Claes)` gave the name "ple (Lotte Claes" and `Lotte Claes
# <desk@wind.london>` "Lotte Claes <on>": every outlet under .news, .media, .london … was imported
# with a garbled `author:`. This is feedparser's own reading with any domain (RFC 1035: 63 letters).
_EMAIL = re.compile(r"[\w.+-]+@(?:\[[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]|(?:[a-z0-9-]+\.)+[a-z0-9-]{2,63})"
                    r"(?![\w-])(?:\?subject=\S+)?", re.I | re.A)


def _sync_author_detail(self: Any, key: str = "author") -> None:
    context = self._get_context()
    detail = context.get(key + "s", [FeedParserDict()])[-1]
    if detail:  # a structured byline (Atom's <name>, <email>): as feedparser does
        name, email = detail.get("name"), detail.get("email")
        if name or email:
            context[key] = f"{name} ({email})" if name and email else name or email
        return
    author = context.get(key)
    if not author:
        return
    found = _EMAIL.search(author)
    email = found.group(0) if found else None
    if email:
        author = author.replace(email, "", 1)
        for empty in ("()", "<>", "&lt;&gt;"):
            author = author.replace(empty, "")
        author = author.strip()
        author = author[1:] if author.startswith("(") else author
        author = (author[:-1] if author.endswith(")") else author).strip()
    if author or email:
        context.setdefault(key + "_detail", detail)
    if author:
        detail["name"] = author
    if email:
        detail["email"] = email


_FeedParserMixin._sync_author_detail = _sync_author_detail


class NotAFeed(Exception):
    """The bytes are no RSS or Atom feed; the message says what they seemed to be."""


def parse_syndication(raw: bytes, url: str, headers: dict[str, str]) -> RawFeed:
    """Raises NotAFeed when there are no entries and the document is not a feed at all."""
    given = {k.lower(): v for k, v in headers.items()}
    if url.lower().startswith(("http:", "https:")):
        given.setdefault("content-location", url)
    misdeclared = _misdeclared(raw, given)
    if misdeclared:
        media = given.get("content-type", "").split(";")[0].strip() or "application/xml"
        given["content-type"] = f"{media}; charset=utf-8"
    parsed = _parse(raw, given)
    entries = parsed.get("entries") or []
    location = given.get("content-location", "")
    site = str((parsed.get("feed") or {}).get("link") or "")
    if location and _origin(site) and _origin(site) != _origin(location) \
            and any(str(e.get("link") or "").startswith(_origin(location) + "/") for e in entries):
        # feedparser resolves relative <link>s against the document's address; a feed served
        # from a CDN would make them point at the CDN (issue 8 §7). Its own site comes first.
        given["content-location"] = location = site
        parsed = _parse(raw, given)
        entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        raise NotAFeed(describe(reason) if reason else "")
    warning = describe(parsed.get("bozo_exception")) if parsed.get("bozo") else ""
    if parsed.get("bozo") and entries and ends_inside_entry(raw):
        entries = entries[:-1]
        warning = "; ".join((warning, "the document ends inside its last entry (a download cut short?): that "
                                      "entry is left for a fetch that gets all of it"))
    if misdeclared:
        warning = "; ".join(w for w in (f"declared as {misdeclared}, but its bytes are UTF-8: read as UTF-8",
                                         warning) if w)
    feed = parsed.get("feed") or {}
    language = str(feed.get("language") or "")  # RSS <language>, dc:language, Atom's xml:lang
    atom = str(parsed.get("version") or "").startswith("atom")
    return RawFeed(str(feed.get("title") or ""), str(feed.get("link") or ""),
                   tuple(_entry(e, location, url, site, language, atom) for e in entries), warning,
                   _is_text(feed, "title", atom))


# An entry's start and end tags (any namespace prefix), in the bytes of an ASCII-compatible encoding.
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>])", re.I)
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>|<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\b[^<>]*/>",
                        re.I)


def ends_inside_entry(raw: bytes) -> bool:
    """True when the document's last `<item>` / `<entry>` is never closed: it was cut short
    (a server that stopped sending, a file read while it was written). feedparser's lenient
    parser still gives that entry, with what it had — a title without its link, guid, date or
    body — which was imported as a stub, dated now, and when the whole feed came the entry was
    imported a second time (its identity was a digest of the stub). Asked only of a document
    that is not well-formed; the bytes of a UTF-16 or UTF-32 document never match."""
    start = max((m.start() for m in _ENTRY_START.finditer(raw)), default=-1)
    end = max((m.start() for m in _ENTRY_END.finditer(raw)), default=-1)
    return start > end


def _parse(raw: bytes, headers: dict[str, str]) -> Any:
    return feedparser.parse(io.BytesIO(raw), response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def _misdeclared(raw: bytes, headers: dict[str, str]) -> str:
    """The encoding the feed declares (the HTTP charset, else its XML declaration) when that is
    not UTF-8 but the bytes are, with some beyond ASCII; else "". feedparser believes the
    declaration, so a UTF-8 feed served as `charset=windows-1251` (a common hosting default)
    became mojibake without a word. Text in a legacy encoding is practically never valid
    UTF-8 (a Cyrillic letter in windows-1251 or KOI8-R, followed by anything but a byte of
    0x80-0xBF, breaks it), so valid UTF-8 is taken to be what it is."""
    match = _CHARSET.search(headers.get("content-type", ""))
    declared = match.group(1) if match else ""
    if not declared:
        found = _DECLARED.match(raw[:512])
        declared = found.group(1).decode("ascii") if found else ""
    try:
        name = codecs.lookup(declared).name if declared else "utf-8"
    except LookupError:
        return ""
    if name.startswith(("utf-8", "utf-16", "utf-32")) or raw.isascii():
        return ""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return declared


def _origin(url: str) -> str:
    match = re.match(r"^(https?://[^/?#\s]+)", url, re.I)
    return match.group(1).lower() if match else ""


def describe(exc: Any) -> str:
    if hasattr(exc, "getMessage") and hasattr(exc, "getLineNumber"):  # the XML parser's error
        text = f"XML error on line {exc.getLineNumber()}: {exc.getMessage()}"
    else:
        text = str(exc)
    return _SPACE.sub(" ", text).strip()[:200] or type(exc).__name__


def _entry(entry: Any, location: str, url: str, site: str, language: str = "", atom: bool = False) -> RawEntry:
    candidates = [c for c in entry.get("content") or () if isinstance(c, dict) and c.get("value")]
    candidates.sort(key=lambda c: "html" not in str(c.get("type", "")))  # HTML first, stable
    detail = candidates[0] if candidates else entry.get("summary_detail") or {}
    if not (detail.get("value") or entry.get("summary")):
        asides = entry.get(_ASIDE + "s") or ()  # see _ASIDE: the entry has nothing else
        detail = asides[0] if asides else {}
    body = str(detail.get("value") or entry.get("summary") or "")
    summary = entry.get("summary_detail") or {}
    if candidates and not shows_text(plain_text(body)) and shows_text(str(summary.get("value") or "")):
        # Content without a word (a picture, a video embed the sanitiser removes) beside a summary
        # with words: the summary's words come first. Before, the summary was lost without a word,
        # and a video post's body was an empty <figure>.
        body, detail = _as_html(summary) + body, {**detail, "type": "text/html"}
    base = str(detail.get("base") or "")
    authors = [str(a.get("name") or "") for a in entry.get("authors") or () if isinstance(a, dict)]
    if not any(authors):
        authors = [str(entry.get("author") or "")]
    tags = [str(t.get("label") or t.get("term") or "") for t in entry.get("tags") or () if isinstance(t, dict)]
    guid, link = str(entry.get("id") or ""), str(entry.get("link") or "")
    from_guid = bool(entry.get("guidislink")) and link == guid and bool(guid)
    if from_guid and not _ADDRESS.match(guid.strip()):
        link = ""  # `1234`, `post-17`: an identity, not an address; the entry has no link
    media = [str(e["href"]) for e in entry.get("enclosures") or () if isinstance(e, dict) and e.get("href")
             and str(e.get("type") or "").startswith(("audio/", "video/"))]
    if media and not link:
        # A podcast episode without a <link>: its audio is its only address, which was lost (the
        # article linked to nothing). It is linked at the end of the body, by its file name.
        listen = (f'<p><a href="{html.escape(href)}">{html.escape(_file_name(href))}</a></p>' for href in media)
        body = _as_html({**detail, "value": body}) + "".join(listen)
        detail = {**detail, "type": "text/html"}
    earlier = tuple(dict.fromkeys(joined for base in (location, site) if base and guid
                                  for joined in (_joined(base, guid),) if joined and joined != guid))
    return RawEntry(
        guid=guid, link=link,
        orig_link=str(entry.get("feedburner_origlink") or ""), title=str(entry.get("title") or ""),
        body=body, body_is_text=detail.get("type") == "text/plain",
        base="" if base in (location, url) else base,  # feedparser's default base is the document's address
        published=_date(entry, "published"), updated=_date(entry, "updated"),
        authors=tuple(authors), tags=tuple(tags), earlier_guids=earlier, link_from_guid=from_guid,
        language=str(detail.get("language") or (entry.get("title_detail") or {}).get("language") or language),
        title_is_text=_is_text(entry, "title", atom))


_MARKUP = re.compile(r"</[A-Za-z][\w-]*\s*>|&#?\w+;")  # an end tag or a character reference: HTML


def _is_text(entry: dict[str, Any], key: str, atom: bool) -> bool:
    """Whether `key` (a title) is text, not HTML. Atom says so: `type="text"`, the default (RFC 4287), which
    feedparser gives as text/plain; `"html"` and `"xhtml"` are markup. RSS has no type, and titles often
    carry escaped HTML (`&lt;b&gt;x&lt;/b&gt;`): one is text when it has neither an end tag nor a character
    reference, feedparser's first test for markup. (Its second, that every tag is one it allows, made
    `<script>…</script>` text, to be written as it stands.) A text title's `<` and `&` are characters,
    which reading it as HTML again changed (`Why &lt;b&gt; matters` lost its `<b>`)."""
    detail = entry.get(key + "_detail") or {}
    if str(detail.get("type") or "") != "text/plain":
        return False
    return atom or not _MARKUP.search(str(detail.get("value") or ""))


def _as_html(detail: dict[str, Any]) -> str:
    """A body as HTML, to be joined with other HTML: text (or tagless HTML) as paragraphs."""
    value, is_text = str(detail.get("value") or ""), detail.get("type") == "text/plain"
    return paragraphs(value, escape=is_text) if is_text or not HAS_TAG.search(value) else value


def _file_name(href: str) -> str:
    """The last segment of an address's path, decoded ("ep42.mp3"), else the address."""
    return unquote(urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]) or href


def _joined(base: str, guid: str) -> str:
    """`guid` joined to `base` as feedparser did (urls._urljoin); "" when that fails."""
    try:
        return urljoin(base, guid)
    except ValueError:
        return ""


def _date(entry: Any, key: str) -> dt.datetime | None:
    """The entry's date with the offset the feed gave; feedparser's own parse (UTC) decides
    whether the text was a date at all — except for a zone abbreviation it does not know,
    which it reads wrongly, and a date without a zone, which it reads as UTC (or not at all):
    that one is given naive, the publisher's wall clock (zones.py; read.py puts it in the
    site's time zone)."""
    if not dict.__contains__(entry, f"{key}_parsed"):  # (feedparser maps a missing `updated` to `published`)
        return None
    named = named_zone_date(str(entry.get(key) or ""))
    if named is not None:
        return named
    zoneless = zoneless_date(str(entry.get(key) or ""))
    if zoneless is not None:
        return zoneless
    parsed = entry.get(f"{key}_parsed")
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        utc = dt.datetime(year, month, day, hour, minute, min(second, 59), tzinfo=dt.timezone.utc)
    except (TypeError, ValueError, OverflowError):
        return None
    text = str(entry.get(key) or "").strip()
    for read in (_rfc822, _iso):
        moment = read(text)
        if moment is not None and moment.tzinfo is not None:
            moment = moment.replace(microsecond=0)  # feedparser drops a fraction of a second; so do we
            if moment == utc:
                return moment
    return utc


def _rfc822(text: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _iso(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
