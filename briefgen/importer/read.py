"""Reading feeds: each `feeds:` entry of config.yaml → a `FeedRead` of clean, plain values.

Takes `FeedSpec`s (http(s) URL, `file:` URL or a path relative to the project root);
gives for each one the feed's title and its items (plain-text titles, sanitised HTML
bodies, aware dates or None) plus diagnostics: an error when the feed could not be
fetched or is not a feed at all, a warning when it is malformed but still has entries.
Nothing here writes files; `fetch` decides what to import.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import io
import os
import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from briefgen import __version__
from briefgen.load.config import FeedSpec
from briefgen.diagnostics import Diagnostic, error, warning
from briefgen.load.markup import plain_text, sanitise
from briefgen.speed.parallel import share_work

TIMEOUT_SECONDS = 20
MAX_BYTES = 10 * 1024 * 1024
MAX_DOWNLOADS = 8  # feeds fetched at once over the network
USER_AGENT = f"briefgen/{__version__} (feed import; +https://pypi.org/project/briefgen/)"
ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, " \
         "text/xml;q=0.9, */*;q=0.5"
_BLOCK = re.compile(r"<(?:p|div|h[1-6]|ul|ol|dl|blockquote|pre|table|figure|details|hr)\b")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_START_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_LINK_ATTRIBUTE = re.compile(r'(\s(?:href|src|cite))="([^"]*)"')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
PARALLEL_MIN_FEEDS = 8  # below this, a forked worker costs more than it saves


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry, already safe to write: no markup in the text fields, sanitised body."""

    title: str
    link: str  # http(s) only, else ""
    guid: str  # the entry's id, else its link, else a digest of its content
    published: dt.datetime | None  # aware; None when the feed gives no usable date
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    body_html: str


@dataclass(frozen=True, slots=True)
class FeedRead:
    spec: FeedSpec
    title: str  # the feed's own title, plain text ("" when it has none)
    items: tuple[FeedItem, ...]
    problems: tuple[Diagnostic, ...]  # an error means the feed was not read

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


class FeedError(Exception):
    """Why a feed's bytes could not be had; the message says what to do."""


def read_feeds(specs: tuple[FeedSpec, ...], root: Path, display: str,
               jobs: int | None = None) -> list[FeedRead]:
    """Every feed read, in config order.

    Downloads run in threads first (they wait on the network); then parsing, which is
    CPU-bound (feedparser: ~15 ms per 50-entry feed), is shared with forked workers when
    there are enough feeds to pay for them (jobs: None = one per core).
    """
    downloads: dict[int, tuple[bytes, dict[str, str]] | FeedError] = {}
    remote = [i for i, s in enumerate(specs) if _is_remote(s.url)]
    if remote:
        with ThreadPoolExecutor(min(MAX_DOWNLOADS, len(remote))) as pool:
            done = pool.map(_download_or_error, [specs[i].url for i in remote])
            downloads = dict(zip(remote, done, strict=True))
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if len(specs) < PARALLEL_MIN_FEEDS:
        jobs = 1
    task = _Task(specs, root, display, downloads)
    return share_work(len(specs), jobs, task.read)


@dataclass(frozen=True, slots=True)
class _Task:
    specs: tuple[FeedSpec, ...]
    root: Path
    display: str
    downloads: dict[int, tuple[bytes, dict[str, str]] | FeedError]

    def read(self, index: int) -> FeedRead:
        spec = self.specs[index]
        try:
            got = self.downloads[index] if index in self.downloads else _read_local(spec.url, self.root)
            if isinstance(got, FeedError):
                raise got
        except FeedError as exc:
            return FeedRead(spec, "", (), (error(self.display, spec.line, f"feed {spec.url}: {exc}"),))
        try:
            return parse_feed(got[0], got[1], spec, self.display)
        except Exception as exc:  # a parser crash on one hostile feed must not stop the others
            return FeedRead(spec, "", (), (error(self.display, spec.line, f"feed {spec.url}: could not be read "
                                                 f"({type(exc).__name__}: {exc}); please report this feed"),))


def _is_remote(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")


def _download_or_error(url: str) -> tuple[bytes, dict[str, str]] | FeedError:
    try:
        return _download(url)
    except FeedError as exc:
        return exc


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow one to ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FeedError(f"redirected to {newurl}, which is not an http(s) URL")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpRedirectsOnly)


def _download(url: str) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with _OPENER.open(request, timeout=TIMEOUT_SECONDS) as response:
            raw = response.read(MAX_BYTES + 1)
            headers = {k.lower(): v for k, v in response.headers.items()}
            # Where the feed really is (after redirects): the base of its relative links.
            headers["content-location"] = response.geturl()
    except urllib.error.HTTPError as exc:
        hint = "check the URL" if exc.code in (401, 403, 404, 410) else "try again later or check the URL"
        raise FeedError(f"the server answered HTTP {exc.code} {exc.reason}; {hint}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FeedError(f"no answer within {TIMEOUT_SECONDS} s; try again later") from None
        raise FeedError(f"cannot connect ({getattr(reason, 'strerror', None) or reason}); check the URL "
                        "and the network connection") from None
    except TimeoutError:
        raise FeedError(f"no answer within {TIMEOUT_SECONDS} s; try again later") from None
    except (OSError, ValueError) as exc:  # connection reset, invalid URL, broken HTTP (http.client)
        raise FeedError(f"download failed ({type(exc).__name__}: {exc}); check the URL and try again") from None
    if len(raw) > MAX_BYTES:
        raise FeedError(f"larger than {MAX_BYTES // 2**20} MB, which is not a plausible feed; check the URL")
    return raw, headers


def local_path(url: str, root: Path) -> Path | None:
    """The file a non-http feed URL names (relative paths are read from the project root)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            return None
        path = Path(urllib.request.url2pathname(parts.path))
    elif scheme and len(scheme) > 1:  # one letter: a Windows drive, i.e. a path
        return None
    else:
        path = Path(url).expanduser()
    return path if path.is_absolute() else root / path


def _read_local(url: str, root: Path) -> tuple[bytes, dict[str, str]]:
    path = local_path(url, root)
    if path is None:
        raise FeedError("not an http(s) URL, a file: URL or a file path; use one of those")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FeedError(f"no file at {path}; fix the path (relative paths start at the project folder) "
                        "or remove the feed") from None
    except IsADirectoryError:
        raise FeedError(f"{path} is a folder; give the path of the feed file") from None
    except OSError as exc:
        raise FeedError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise FeedError(f"{path} is larger than {MAX_BYTES // 2**20} MB, which is not a plausible feed")
    return raw, {}


def parse_feed(raw: bytes, headers: dict[str, str], spec: FeedSpec, display: str) -> FeedRead:
    """Bytes of one feed → its items; RSS 0.9x/1.0/2.0 and Atom, whatever the encoding."""
    # feedparser's own sanitiser and link resolution are off: they cost half its time, and
    # every fragment goes through nh3 (`markup.sanitise`) and `_absolute_links` here.
    # A stream, never the bytes themselves: given bytes, feedparser first tries them as a
    # file name, so a server answering "/home/you/notes.xml" would import a local file.
    parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers, sanitize_html=False,
                              resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    where = f"feed {spec.url}"
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        detail = f" ({_describe(reason)})" if reason else ""
        return FeedRead(spec, "", (), (error(display, spec.line, f"{where}: not an RSS or Atom feed{detail}; "
                                             "check that the URL points to the feed itself, not a web page"),))
    problems: list[Diagnostic] = []
    if parsed.get("bozo"):
        problems.append(warning(display, spec.line, f"{where}: the feed is malformed "
                                f"({_describe(parsed.get('bozo_exception'))}); imported what could be read"))
    title = _text(parsed.feed.get("title", ""))
    items = tuple(_item(entry, spec.url) for entry in entries)
    return FeedRead(spec, title, items, tuple(problems))


def _describe(exc: Any) -> str:
    if hasattr(exc, "getMessage") and hasattr(exc, "getLineNumber"):  # the XML parser's error
        text = f"XML error on line {exc.getLineNumber()}: {exc.getMessage()}"
    else:
        text = str(exc)
    return _SPACE.sub(" ", text).strip()[:200] or type(exc).__name__


def _text(value: Any) -> str:
    """Plain text of a feed field: tags (and whatever is inside script/style) removed,
    entities decoded, whitespace collapsed. Titles often carry escaped markup even when
    the feed calls them text."""
    if not isinstance(value, str) or not value:
        return ""
    return plain_text(sanitise(_CONTROL.sub("", value)))


def _item(entry: Any, feed_url: str) -> FeedItem:
    body = _body(entry)
    link = _http_link(entry)
    title = _text(entry.get("title", "")) or _fallback_title(body, link)
    published = _date(entry, "published") or _date(entry, "updated")
    guid = _SPACE.sub(" ", _CONTROL.sub("", str(entry.get("id") or ""))).strip() or link
    if not guid:  # no id and no link: an identity from the content, so a re-fetch recognises it
        seed = "\0".join((feed_url, title, published.isoformat() if published else "", body))
        guid = "briefgen:" + hashlib.sha256(seed.encode()).hexdigest()[:32]
    authors = [_text(a.get("name", "")) for a in entry.get("authors") or () if isinstance(a, dict)]
    if not any(authors):
        authors = [_text(entry.get("author", ""))]
    tags = [_text(t.get("label") or t.get("term") or "") for t in entry.get("tags") or ()
            if isinstance(t, dict)]
    return FeedItem(title, link, guid, published, _unique(authors), _unique(tags), body)


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _http_link(entry: Any) -> str:
    link = str(entry.get("link") or "").strip()
    return link if re.match(r"^https?://[^\s/]+", link, re.I) and not re.search(r"\s", link) else ""


def _body(entry: Any) -> str:
    """The fullest HTML the entry has (content, else summary), sanitised."""
    candidates = [c for c in entry.get("content") or () if isinstance(c, dict) and c.get("value")]
    candidates.sort(key=lambda c: "html" not in str(c.get("type", "")))  # HTML first, stable
    detail = candidates[0] if candidates else entry.get("summary_detail") or {}
    value = _CONTROL.sub("", str(detail.get("value") or entry.get("summary") or ""))
    if not value.strip():
        return ""
    if detail.get("type") == "text/plain":
        value = "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", value) if p.strip())
    clean = sanitise(value).strip()
    if clean and not _BLOCK.search(clean):  # bare text: a paragraph (mixed content is fine in the <div>)
        clean = f"<p>{clean}</p>"
    base = str(detail.get("base") or "")
    return _absolute_links(clean, base) if _is_remote(base) else clean


def _absolute_links(fragment: str, base: str) -> str:
    """Relative href/src/cite made absolute against the feed's (xml:)base.

    Regexes are exact on nh3's output: it escapes <, > and " inside attribute values and
    quotes every value with ", so `<...>` is always a whole tag and `href="..."` a whole
    attribute (text that merely reads `href="x"` lies outside tags and is left alone).
    """
    def resolve(match: re.Match[str]) -> str:
        value = html.unescape(match.group(2))
        if _SCHEME.match(value):
            return match.group()
        absolute = urljoin(base, value)
        return f'{match.group(1)}="{html.escape(absolute)}"' if _is_remote(absolute) else match.group()

    return _START_TAG.sub(lambda tag: _LINK_ATTRIBUTE.sub(resolve, tag.group()), fragment)


def _fallback_title(body: str, link: str) -> str:
    text = plain_text(body)
    if len(text) > 80:
        text = text[:80].rsplit(" ", 1)[0] + "\u2026"
    return text or link or "Untitled"


def _date(entry: Any, key: str) -> dt.datetime | None:
    """The entry's date with the offset the feed gave; feedparser's own parse (UTC) decides
    whether the text was a date at all."""
    parsed = entry.get(f"{key}_parsed")
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        utc = dt.datetime(year, month, day, hour, minute, min(second, 59), tzinfo=dt.timezone.utc)
    except (TypeError, ValueError):
        return None
    text = str(entry.get(key) or "").strip()
    for read in (_rfc822, _iso):
        moment = read(text)
        if moment is not None and moment.tzinfo is not None and moment == utc:
            return moment
    return utc


def _rfc822(text: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _iso(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
