"""The site model: content plus assignments → every page of the site as plain values.

Takes articles, notes, topic matches and mentions; gives a `Site` (entries with their
URLs, outlets, editions, topic sections, people) and, via `plan_pages`, the list of
`Page`s to render. URLs here are site-relative ("articles/x/"); templates prefix them
with the page's relative root so the output works under any sub-path.
"""
from __future__ import annotations

import dataclasses
import operator
import pickle
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from briefgen.speed.memo import digest
from briefgen.load.config import Config, Person, Topic
from briefgen.load.documents import Article, Note
from briefgen.site.editions import Period, edition_id, period
from briefgen.analyse.people import Mention
from briefgen.analyse.topics import TopicMatch


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    slug: str
    url: str  # the outlet's own website, from config (may be "")
    note: str

    @property
    def page(self) -> str:
        return f"sources/{self.slug}/"


@dataclass(frozen=True, slots=True)
class Entry:
    """An article as placed in the site.

    `digest` identifies everything a template can read from the entry — every field
    but the article's body, which pages get separately (pages.Body) — so that page
    fingerprints need not hash entries again, and an edit to a body re-renders only
    the pages that print it, not every listing the article appears in.
    """

    digest: str
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
    digest: str  # of the note, the config and the entries it cites
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
    config: Config
    entries: tuple[Entry, ...]  # newest first
    notes: tuple[NoteEntry, ...]  # newest first
    editions: tuple[Edition, ...]  # newest first
    outlets: tuple[tuple[Outlet, tuple[Entry, ...]], ...]
    people: tuple[PersonMentions, ...]
    other: tuple[Entry, ...]  # entries that matched no topic


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # output path, e.g. "articles/x/index.html"
    template: str
    context: dict[str, Any]
    origin: str  # what produced it, named when two things claim one path


def slugify(name: str, fallback: str = "source") -> str:
    """URL-safe ASCII; names with no Latin letters get `<fallback>-<hash>` so they stay distinct."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or f"{fallback}-{digest(name)[:8]}"


def _newest_first(entry: Entry | NoteEntry) -> tuple:
    item = entry.article if isinstance(entry, Entry) else entry.note
    return (-item.published.timestamp() if isinstance(entry, Entry) else -item.date.timestamp(),
            item.slug)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name not in ("digest", "source_key"))
_visible = operator.attrgetter(*_ARTICLE_FIELDS)  # an article minus what only identifies its file


def _outlets(config: Config, articles: tuple[Article, ...]) -> dict[str, Outlet]:
    known = {s.name: s for s in config.sources}
    outlets = {}
    for name in sorted({a.source for a in articles} | set(known)):
        meta = known.get(name)
        outlets[name] = Outlet(name, slugify(name), meta.url if meta else "", meta.note if meta else "")
    return outlets


def _sections(entries: tuple[Entry, ...], topics: tuple[Topic, ...]) -> tuple[Section, ...]:
    by_topic: dict[str, list[Entry]] = {t.id: [] for t in topics}
    other: list[Entry] = []
    for entry in entries:
        for topic in entry.topics:
            by_topic[topic.id].append(entry)
        if not entry.topics:
            other.append(entry)
    sections = [Section(t, tuple(by_topic[t.id])) for t in topics if by_topic[t.id]]
    if other:
        sections.append(Section(None, tuple(other)))
    return tuple(sections)


def assemble(config: Config, articles: tuple[Article, ...], notes: tuple[Note, ...],
             matches: dict[str, tuple[TopicMatch, ...]], mentions: dict[str, tuple[Mention, ...]]) -> Site:
    topics = {t.id: t for t in config.topics}
    outlets = _outlets(config, articles)
    sources_used = {a.source for a in articles}  # outlets that get a page
    config_digest = digest(repr(config))
    periods: dict[str, Period] = {}
    entries = []
    for a in articles:
        edition = edition_id(a.published, config.edition, config.tz)
        if edition not in periods:
            periods[edition] = period(edition, config.edition)
        via_page = outlets[a.via].page if a.via in outlets and a.via in sources_used else ""
        url, outlet = f"articles/{a.slug}/", outlets[a.source]
        identity = pickle.dumps((_visible(a), url, matches[a.slug], outlet, edition, via_page, mentions[a.slug]),
                                protocol=pickle.HIGHEST_PROTOCOL)
        entries.append(Entry(digest(identity, config_digest), a, url, matches[a.slug],
                             tuple(topics[m.topic] for m in matches[a.slug]), outlet,
                             edition, periods[edition], via_page, mentions[a.slug]))
    entries.sort(key=_newest_first)
    by_slug = {e.article.slug: e for e in entries}
    note_entries = []
    for note in notes:
        edition = edition_id(note.date, config.edition, config.tz)
        cited = tuple(by_slug[s] for s in note.articles if s in by_slug)
        note_entries.append(NoteEntry(
            digest(note.digest, config_digest, *(e.digest for e in cited)), note,
            f"note-{note.slug}", f"editions/{edition}/#note-{note.slug}", edition, cited,
            tuple(topics[t] for t in note.topics)))
    note_entries.sort(key=_newest_first)
    return Site(config, tuple(entries), tuple(note_entries),
                _editions(config, entries, note_entries), _outlet_listing(outlets, entries),
                _people(config.people, entries), tuple(e for e in entries if not e.topics))


def _editions(config: Config, entries: list[Entry], notes: list[NoteEntry]) -> tuple[Edition, ...]:
    grouped: dict[str, tuple[list[Entry], list[NoteEntry]]] = {}
    for entry in entries:
        grouped.setdefault(entry.edition, ([], []))[0].append(entry)
    for note in notes:
        grouped.setdefault(note.edition, ([], []))[1].append(note)
    editions = []
    for key in sorted(grouped, reverse=True):
        in_edition, in_notes = grouped[key]
        in_notes = sorted(in_notes, key=lambda n: (not n.note.pinned, _newest_first(n)))
        editions.append(Edition(period(key, config.edition), f"editions/{key}/",
                                _sections(tuple(in_edition), config.topics), tuple(in_notes),
                                len(in_edition)))
    return tuple(editions)


def _outlet_listing(outlets: dict[str, Outlet], entries: list[Entry]):
    by_outlet: dict[str, list[Entry]] = {name: [] for name in outlets}
    for entry in entries:
        by_outlet[entry.outlet.name].append(entry)
    return tuple((outlets[name], tuple(by_outlet[name])) for name in sorted(outlets, key=str.casefold)
                 if by_outlet[name])


def _people(people: tuple[Person, ...], entries: list[Entry]) -> tuple[PersonMentions, ...]:
    found: dict[str, tuple[list[Entry], list[Quote]]] = {p.name: ([], []) for p in people}
    for entry in entries:
        for mention in entry.mentions:
            found[mention.person][0].append(entry)
            found[mention.person][1].extend(Quote(q, entry) for q in mention.quotes)
    return tuple(PersonMentions(p, f"person-{slugify(p.name)}", tuple(found[p.name][0]),
                                tuple(found[p.name][1]))
                 for p in sorted(people, key=lambda p: p.name.casefold()) if found[p.name][0])
