"""Assembly: loaded content plus analyses → the `Site` model.

Takes the config, the published articles and notes, topic matches and people mentions
by article slug; gives every article its place (URL, topics, outlet, edition) and
groups them into editions, topic sections, outlet listings and people. Pure: the same
inputs give an equal `Site`.
"""
from __future__ import annotations

from typing import Callable, Mapping

from briefgen.analyse.people import Mention
from briefgen.analyse.topics import TopicMatch
from briefgen.load.config import Config, Person, Topic
from briefgen.load.documents import Article, Note
from briefgen.site.editions import Period, edition_id, period
from briefgen.site.model import Edition, Entry, NoteEntry, Outlet, PersonMentions, Quote, Section, Site
from briefgen.site.urls import article_url, edition_url, person_anchor, slugify


def _newest_first(entry: Entry | NoteEntry) -> tuple:
    item = entry.article if isinstance(entry, Entry) else entry.note
    return (-item.published.timestamp() if isinstance(entry, Entry) else -item.date.timestamp(),
            item.slug)


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
             matches: Mapping[str, tuple[TopicMatch, ...]], mentions: Mapping[str, tuple[Mention, ...]],
             body_html: Callable[[str], str]) -> Site:
    """The site model; `matches` and `mentions` by article slug, `body_html(revision)` fetches a body."""
    topics = {t.id: t for t in config.topics}
    outlets = _outlets(config, articles)
    sources_used = {a.source for a in articles}  # outlets that get a page
    periods: dict[str, Period] = {}
    entries = []
    for a in articles:
        edition = edition_id(a.published, config.edition, config.tz)
        if edition not in periods:
            periods[edition] = period(edition, config.edition)
        via_page = outlets[a.via].page if a.via in outlets and a.via in sources_used else ""
        url, outlet = article_url(a.slug), outlets[a.source]
        entries.append(Entry(a, url, matches[a.slug],
                             tuple(topics[m.topic] for m in matches[a.slug]), outlet,
                             edition, periods[edition], via_page, mentions[a.slug]))
    entries.sort(key=_newest_first)
    by_slug = {e.article.slug: e for e in entries}
    note_entries = []
    for note in notes:
        edition = edition_id(note.date, config.edition, config.tz)
        cited = tuple(by_slug[s] for s in note.articles if s in by_slug)
        note_entries.append(NoteEntry(
            note, f"note-{note.slug}", f"{edition_url(edition)}#note-{note.slug}", edition, cited,
            tuple(topics[t] for t in note.topics)))
    note_entries.sort(key=_newest_first)
    return Site(config, tuple(entries), tuple(note_entries),
                _editions(config, entries, note_entries), _outlet_listing(outlets, entries),
                _people(config.people, entries), tuple(e for e in entries if not e.topics), body_html)


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
        editions.append(Edition(period(key, config.edition), edition_url(key),
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
    return tuple(PersonMentions(p, person_anchor(p.name), tuple(found[p.name][0]),
                                tuple(found[p.name][1]))
                 for p in sorted(people, key=lambda p: p.name.casefold()) if found[p.name][0])
