"""What a feed says, before briefgen cleans it: `RawFeed` and `RawEntry`, shared by the parsers.

RSS/Atom (`syndication.py`, via feedparser) and JSON Feed (`jsonfeed.py`) both give these
values; `items.py` turns them into clean `FeedItem`s. Text here is as the feed gave it
(titles may hold markup, links may be relative, bodies are unsanitised HTML).
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

HAS_TAG = re.compile(r"<[A-Za-z/!?]")  # where HTML has a tag, a comment or a declaration


@dataclass(frozen=True, slots=True)
class RawEntry:
    guid: str  # the entry's id ("" when it has none)
    link: str  # as given: may be relative, may be any scheme
    orig_link: str  # feedburner:origLink (the outlet's own link when FeedBurner rewrote `link`)
    title: str  # may hold markup or entities (unless `title_is_text`)
    body: str  # HTML ("" when none)
    body_is_text: bool  # the body is plain text (paragraphs split on blank lines)
    base: str  # an explicit xml:base for the body, else ""
    # Aware when the feed gave a zone; naive when it gave none (the publisher's wall clock,
    # which read.py reads in the site's time zone).
    published: dt.datetime | None
    updated: dt.datetime | None
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    # The guid as briefgen read it before it read guids as written: feedparser joined a guid that
    # is no address (`1234`) to the feed's address (`https://host/1234`), and made that the link of
    # an entry without one. An entry imported then is recognised by these readings (syndication.py).
    earlier_guids: tuple[str, ...] = ()
    link_from_guid: bool = False  # the entry has no link of its own: `link` is its (permalink) guid
    language: str = ""  # as the feed wrote it (Atom xml:lang, JSON Feed `language`), else the feed's, else ""
    # The title is text, not HTML: Atom `type="text"` (the default), or an RSS title in which feedparser
    # found no markup. Its `<` and `&` are characters ("Why <b> matters", "AT&T"), never tags or entities.
    title_is_text: bool = False


@dataclass(frozen=True, slots=True)
class RawFeed:
    title: str
    site_link: str  # the channel's <link> / Atom alternate / home_page_url, as given
    entries: tuple[RawEntry, ...]
    warning: str  # why the feed is malformed though readable, else ""
    title_is_text: bool = False  # as RawEntry.title_is_text, for the feed's own title


def paragraphs(text: str, escape: bool) -> str:
    """A body written as text — typed so (`escape`: a JSON Feed's content_text, a media:description),
    or an RSS description without a single tag (civil-protection alerts, wire services) — as HTML:
    a paragraph at each blank line, a line break at each other one. Read as HTML, its lines ran
    into one paragraph ("… Viotia. # Prohibited: * burning … 1. Call 112 …"), and the build warned of
    Markdown in the file fetch had written. Tagless HTML is not escaped again: its entities are HTML."""
    def line(text: str) -> str:
        return html.escape(text) if escape else text
    return "".join("<p>" + "<br>".join(line(row.strip()) for row in block.strip().splitlines() if row.strip())
                   + "</p>" for block in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
                   if block.strip())
