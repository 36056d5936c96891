"""The site model: every value a page can show, as plain frozen data.

`assemble` makes a `Site` from the loaded content and the analyses; page families
(`pages.py`) turn it into `Page`s. URLs here are site-relative ("articles/x/"); templates
prefix them with the page's relative root so the output works under any sub-path.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from briefgen.analyse.people import Mention
from briefgen.analyse.topics import TopicMatch
from briefgen.load.config import Config, Person, Topic
from briefgen.load.documents import Article, Note
from briefgen.site.editions import Period
from briefgen.site.urls import outlet_url


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    slug: str
    url: str  # the outlet's own website, from config (may be "")
    note: str

    @property
    def page(self) -> str:
        return outlet_url(self.slug)


@dataclass(frozen=True, slots=True)
class Entry:
    """An article as placed in the site: its URL, topics, outlet, edition, people named.

    It does not carry the article's body (pages that print it get a `Body`), so an edit
    to a body re-renders only the pages that print it, not every listing it appears in.
    """

    article: Article
    url: str
    matches: tuple[TopicMatch, ...]
    topics: tuple[Topic, ...]
    outlet: Outlet
    edition: str
    period: Period
    via_page: str  # the "via" outlet's page when it has articles here, else ""
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class NoteEntry:
    note: Note
    anchor: str  # id on the edition page
    url: str
    edition: str
    articles: tuple[Entry, ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """The entries of one topic in a listing; topic None is "Other" (matched no topic)."""

    topic: Topic | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Edition:
    period: Period
    url: str
    sections: tuple[Section, ...]
    notes: tuple[NoteEntry, ...]
    count: int  # articles


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    entry: Entry


@dataclass(frozen=True, slots=True)
class PersonMentions:
    person: Person
    anchor: str
    entries: tuple[Entry, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class Site:
    """The whole briefing as plain values; templates see it as `briefing`."""

    config: Config
    entries: tuple[Entry, ...]  # newest first
    notes: tuple[NoteEntry, ...]  # newest first
    editions: tuple[Edition, ...]  # newest first
    outlets: tuple[tuple[Outlet, tuple[Entry, ...]], ...]
    people: tuple[PersonMentions, ...]
    other: tuple[Entry, ...]  # entries that matched no topic
    body_html: Callable[[str], str]  # an article's sanitised body HTML by its revision


@dataclass(frozen=True, slots=True)
class Page:
    """One output file to render: `template` with `context` (plain values) at `path`."""

    path: str  # output path, e.g. "articles/x/index.html"
    template: str
    context: dict[str, Any]
    origin: str  # what produced it, named when two things claim one path


@dataclass(frozen=True, slots=True)
class Body:
    """An article's body, fetched only when a template prints it (most pages are not re-rendered)."""

    revision: str  # the source file's content hash: the body is a function of it alone
    fetch: Callable[[str], str] = field(compare=False, repr=False)

    def __html__(self) -> str:
        return self.fetch(self.revision)
