"""People placed in the site: the people found (analyse.people) with their pages, entries and stories."""
from __future__ import annotations

from typing import Mapping

from briefgen.analyse.people import PeopleFound, sort_name
from briefgen.site.model import Entry, PersonEntry, Quote, StoryEntry
from briefgen.site.urls import person_anchor, slugify


def person_urls(people: PeopleFound) -> dict[str, str]:
    """canonical name → "people/<slug>/", slugs made unique ("li-hui", "li-hui-2") in sort order."""
    urls: dict[str, str] = {}
    taken: set[str] = set()
    for person in people.people:
        base = slugify(person.name, fallback="person")
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        urls[person.name] = f"people/{slug}/"
    return urls


def _newest(entry: Entry) -> tuple[float, str]:
    return (-entry.article.published.timestamp(), entry.article.slug)


def people_entries(people: PeopleFound, by_slug: Mapping[str, Entry], stories: Mapping[str, StoryEntry],
                   urls: Mapping[str, str]) -> tuple[tuple[PersonEntry, ...], dict[str, tuple[StoryEntry, ...]],
                                                     dict[str, tuple[Quote, ...]]]:
    """The people of the site, and each one's stories and quotes (newest first)."""
    found, person_stories, person_quotes = [], {}, {}
    for person in people.people:
        entries = tuple(sorted((by_slug[s] for s in person.articles if s in by_slug), key=_newest))
        seen: dict[str, StoryEntry] = {}
        for entry in entries:
            seen.setdefault(entry.story, stories[entry.story])
        ordered = tuple(sorted(seen.values(), key=lambda s: (-s.first.timestamp(), s.id)))
        quotes = tuple(sorted((Quote(q.text, by_slug[slug]) for slug, q in person.quotes if slug in by_slug),
                              key=lambda q: _newest(q.entry)))
        others = tuple(s for s in person.spellings if s != person.name and not _part_of(s, person.name))
        found.append(PersonEntry(person.name, index_name(person.name, person.kind), person.kind,
                                 urls[person.name], person_anchor(person.name), person.declared, others,
                                 len(entries), len(ordered), len(quotes)))
        person_stories[person.name], person_quotes[person.name] = ordered, quotes
    return tuple(found), person_stories, person_quotes


def _part_of(surface: str, name: str) -> bool:
    """"Haines" or "Avril" of "Avril Haines": a short form, not another spelling."""
    words, full = surface.split(), name.split()
    return any(full[i:i + len(words)] == words for i in range(len(full) - len(words) + 1))


def index_name(name: str, kind: str) -> str:
    """The name as the people index shows it, surname first: "Haines, Avril" (as `sort_name` orders it)."""
    ordered = sort_name(name, kind)[0]
    if ordered == name.casefold():
        return name
    words = name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}"
