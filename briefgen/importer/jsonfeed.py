"""JSON Feed 1.0/1.1 bytes → a `RawFeed` (released feedparser cannot read JSON Feed).

From the spec (https://www.jsonfeed.org/version/1.1/): an item's `id` is required (items
without one are skipped and counted in the warning); its link is `url`, else
`external_url`; its body `content_html`, else `content_text` (escaped, paragraphs on blank
lines, a line break at each other line), else `summary`; its date `date_published`, else `date_modified` (RFC 3339; one without an offset is
given naive, and read.py reads it in the site's time zone);
`authors` (1.1) or `author` (1.0); `tags`. Relative URLs are read against the feed's
`home_page_url` (given as the entries' base).
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefgen.importer.entries import RawEntry, RawFeed
from briefgen.importer.syndication import NotAFeed

MEDIA_TYPES = ("application/feed+json", "application/json")


def looks_like_json(raw: bytes, content_type: str = "") -> bool:
    """JSON by its media type, or by its first character."""
    if content_type.split(";")[0].strip().lower() in MEDIA_TYPES:
        return True
    return raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_json_feed(raw: bytes) -> RawFeed:
    """Raises NotAFeed when the bytes are no JSON Feed."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NotAFeed("JSON Feed must be UTF-8") from None
    except (ValueError, RecursionError) as exc:
        raise NotAFeed(f"invalid JSON ({str(exc)[:120]})") from None
    if not isinstance(data, dict) or "jsonfeed.org/version/" not in str(data.get("version", "")):
        raise NotAFeed("JSON, but not a JSON Feed (no jsonfeed.org version)")
    home = _text(data.get("home_page_url"))
    items = data.get("items")
    if not isinstance(items, list):
        raise NotAFeed('JSON Feed without an "items" list')
    entries, skipped = [], 0
    for item in items:
        entry = _entry(item, home, _text(data.get("language"))) if isinstance(item, dict) else None
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    warning = f'{skipped} item{"s" if skipped != 1 else ""} without an "id" skipped' if skipped else ""
    return RawFeed(_text(data.get("title")), home, tuple(entries), warning)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else str(value) if isinstance(value, (int, float)) and \
        not isinstance(value, bool) else ""


def _entry(item: dict[str, Any], home: str, language: str = "") -> RawEntry | None:
    guid = _text(item.get("id"))
    if not guid:
        return None
    body, is_text = _text(item.get("content_html")), False
    if not body and _text(item.get("content_text")):
        body, is_text = _text(item.get("content_text")), True
    if not body and _text(item.get("summary")):
        body, is_text = _text(item.get("summary")), True
    published = _date(item.get("date_published"))
    updated = _date(item.get("date_modified"))
    authors = item.get("authors")
    if not isinstance(authors, list):
        authors = [item.get("author")] if isinstance(item.get("author"), dict) else []
    names = tuple(_text(a.get("name")) for a in authors if isinstance(a, dict) and _text(a.get("name")))
    tags = item.get("tags")
    return RawEntry(
        guid=guid, link=_text(item.get("url")) or _text(item.get("external_url")), orig_link="",
        title=_text(item.get("title")), body=body, body_is_text=is_text, base=home,
        published=published, updated=updated, authors=names,
        tags=tuple(_text(t) for t in tags if _text(t)) if isinstance(tags, list) else (),
        language=_text(item.get("language")) or language)  # (JSON Feed 1.1)


def _date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        moment = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    except ValueError:
        return None
    return moment.replace(microsecond=0)  # naive (no offset given): read.py reads it in the site's zone
