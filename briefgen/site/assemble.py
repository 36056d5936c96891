"""Assembly: loaded content plus analyses → the `Site` model.

Takes the config, the published articles and notes, topic matches by article slug, the
people found (analyse.people.people_of) and the story grouping (analyse.stories); gives
every article its place (URL, topics with the primary first, outlet, edition, story) and
groups them into stories, editions (stories under their primary topic, each article once),
outlet listings and people. Pure: the same inputs give an equal `Site`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Mapping

from briefgen.analyse.people import PeopleFound
from briefgen.analyse.storygrouping import StoryGrouping
from briefgen.analyse.topics import TopicMatch, primary
from briefgen.analyse.scripts import fits
from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note
from briefgen.site.editions import Period, edition_id, period
from briefgen.site.listing import collation_key
from briefgen.site.model import (Edition, EditionStory, Entry, Mention, NoteEntry, Outlet, Report, Section, Site,
                                 StoryEntry)
from briefgen.site.people import people_entries, person_urls
from briefgen.site.stories import edition_story, groupings, place_stories
from briefgen.site.urls import article_url, edition_url, slugify


def _newest_first(entry: Entry | NoteEntry) -> tuple:
    item = entry.article if isinstance(entry, Entry) else entry.note
    return (-item.published.timestamp() if isinstance(entry, Entry) else -item.date.timestamp(),
            item.slug)


def _entry_order(entry: Entry) -> tuple[float, str]:
    """`_newest_first` of an `Entry` (the same key, without its two type tests: 10,000 calls a build)."""
    article = entry.article
    return (-article.published.timestamp(), article.slug)


def _outlets(config: Config, articles: tuple[Article, ...]) -> dict[str, Outlet]:
    """Outlets by name, each with the language all its articles declare: its name, "الرصيف اليومي", is in that
    language (a reader trial, 2026-12-04: outlet names had no `lang`, read by a screen reader in the site's voice,
    WCAG 3.1.2); "" when its articles declare none or several, or when the name's letters are in no script of that
    language ("Al-Marsa Daily", an English name of an Arabic daily, was `ar`: analyse/scripts.fits)."""
    known = {s.name: s for s in config.sources}
    languages: dict[str, set[str]] = {}
    for a in articles:
        languages.setdefault(a.source, set()).add(a.language)
    outlets = {}
    for name in sorted({a.source for a in articles} | set(known)):
        meta = known.get(name)
        spoken = languages.get(name, set())
        language = next(iter(spoken)) if len(spoken) == 1 and config.language != next(iter(spoken)) else ""
        language = language if fits(name, language) else ""  # (a name's language is not its articles')
        outlets[name] = Outlet(name, slugify(name), meta.url if meta else "", meta.note if meta else "", language)
    return outlets


def ordered_topics(matches: tuple[TopicMatch, ...], topics: Mapping[str, Topic]) -> tuple[Topic, ...]:
    """An article's topics, its primary topic first, then the others in config order."""
    if len(matches) == 1:  # (most articles)
        return (topics[matches[0].topic],)
    if not matches:
        return ()
    first = primary(matches)
    return tuple(topics[m.topic] for m in sorted(matches, key=lambda m: m.topic != first))


def assemble(config: Config, articles: tuple[Article, ...], notes: tuple[Note, ...],
             matches: Mapping[str, tuple[TopicMatch, ...]], people: PeopleFound, grouping: StoryGrouping,
             body_html: Callable[[str], str], compare: Callable[[tuple[tuple[str, str], ...]], Any]) -> Site:
    """The site model; `matches` by article slug, `body_html(revision)` fetches a body and
    `compare(((slug, revision), ...))` tells what each report of a story adds."""
    topics = {t.id: t for t in config.topics}
    outlets = _outlets(config, articles)
    sources_used = {a.source for a in articles}  # outlets that get a page
    urls = person_urls(people, articles)
    story_of = {slug: story for story in grouping.stories for slug in story.members}
    roles = {slug: role for story in grouping.stories for slug, role in story.roles}
    periods: dict[str, Period] = {}
    shared: dict[tuple[str, tuple[str, ...]], Mention] = {}  # equal mentions are one object: hashed once
    entries = []
    # (a draft correction, shown only by --drafts, marks nothing: a plain build never shows it, and a mark that
    # exists only in a preview would tell the editor the correction is published; docs/reference.md, "Editor notes in full")
    corrected = {slug for note in notes if note.kind == "correction" and not note.draft for slug in note.articles}
    tz = config.tz  # (a ZoneInfo made by each read)
    # a moment's edition is its instant's (`astimezone`), and equal aware datetimes are one instant: each distinct
    # moment's edition once (10,000 benchmark articles have 6,312)
    editions_of: dict[dt.datetime, str] = {}
    for a in articles:
        edition = editions_of.get(a.published)
        if edition is None:
            edition = editions_of[a.published] = edition_id(a.published, config.edition, tz)
        if edition not in periods:
            periods[edition] = period(edition, config.edition)
        via_page = outlets[a.via].page if a.via in outlets and a.via in sources_used else ""
        said: dict[str, list[str]] = {}
        for speaker, text in people.said_in[a.slug]:
            said.setdefault(speaker, []).append(text)
        named = []
        for name in people.named_in[a.slug]:  # ~100,000 mentions at 10,000 articles: each Mention made once
            key = (name, tuple(said[name]) if name in said else ())
            found = shared.get(key)
            if found is None:
                found = shared[key] = Mention(name, urls[name], key[1])
            named.append(found)
        mentions = tuple(named)
        story = story_of[a.slug]
        story_url = f"stories/{story.id}/" if len(story.members) > 1 else ""
        entries.append(Entry(a, article_url(a.slug), ordered_topics(matches[a.slug], topics),
                             outlets[a.source], edition, periods[edition], via_page, mentions, story.id, story_url,
                             roles[a.slug], a.slug in corrected))
    entries.sort(key=_entry_order)
    by_slug = {e.article.slug: e for e in entries}
    stories = place_stories(grouping, by_slug)
    note_entries = []
    for note in notes:
        edition = edition_id(note.date, config.edition, config.tz)
        cited = tuple(by_slug[s] for s in note.articles if s in by_slug)
        note_entries.append(NoteEntry(
            note, f"note-{note.slug}", f"{edition_url(edition)}#note-{note.slug}", edition, cited,
            tuple(topics[t] for t in note.topics) or _corrected_topics(note, cited)))
    note_entries.sort(key=_newest_first)
    by_id = {s.id: s for s in stories}
    persons, person_stories, person_quotes = people_entries(people, by_slug, by_id, urls)
    return Site(config, tuple(entries), tuple(note_entries), _editions(config, entries, note_entries, by_id),
                _outlet_listing(outlets, entries), persons, person_stories, person_quotes,
                tuple(e for e in entries if not e.topics), stories, groupings(grouping), body_html, compare)


def _corrected_topics(note: Note, cited: tuple[Entry, ...]) -> tuple[Topic, ...]:
    """A correction that names no topic is shown under the topics of the articles it corrects, in their order
    (docs/reference.md, "Editor notes in full"): readers of a topic page or feed read the error there, and were never told of its
    correction (a trial, 2026-12-04). Any other note without topics stays on its edition and its articles."""
    if note.kind != "correction":
        return ()
    return tuple({t.id: t for entry in cited for t in entry.topics}.values())


def _editions(config: Config, entries: list[Entry], notes: list[NoteEntry],
              stories: Mapping[str, StoryEntry]) -> tuple[Edition, ...]:
    grouped: dict[str, tuple[list[Entry], list[NoteEntry]]] = {}
    for entry in entries:
        grouped.setdefault(entry.edition, ([], []))[0].append(entry)
    for note in notes:
        grouped.setdefault(note.edition, ([], []))[1].append(note)
    editions = []
    for key in sorted(grouped, reverse=True):
        in_edition, in_notes = grouped[key]
        in_notes = sorted(in_notes, key=lambda n: (not n.note.pinned, _newest_first(n)))
        shown = _stories_of(in_edition, stories)
        editions.append(Edition(period(key, config.edition), edition_url(key), _sections(shown, config.topics),
                                tuple(in_notes), len(in_edition), len(shown),
                                len({e.outlet.name for e in in_edition})))
    return tuple(editions)


def _stories_of(entries: list[Entry], stories: Mapping[str, StoryEntry]) -> list[EditionStory]:
    """The stories of an edition's entries (newest first): each story once, with its reports in this edition."""
    members: dict[str, list[Report]] = {}
    for entry in entries:  # newest first
        reports = stories[entry.story].reports
        report = (reports[0] if reports[0].entry is entry  # the story's own Report, not a copy (most: its only one)
                  else next(r for r in reports if r.entry is entry))
        members.setdefault(entry.story, []).append(report)
    return [edition_story(stories[story], reports) for story, reports in members.items()]


def _sections(stories: list[EditionStory], topics: tuple[Topic, ...]) -> tuple[Section, ...]:
    """Each story once, under its primary topic (the lead's); stories with no topic under "Other"."""
    by_topic: dict[str, list[EditionStory]] = {t.id: [] for t in topics}
    other: list[EditionStory] = []
    for shown in stories:
        if shown.story.topics:
            by_topic[shown.story.topics[0].id].append(shown)
        else:
            other.append(shown)
    sections = [Section(t, tuple(by_topic[t.id])) for t in topics if by_topic[t.id]]
    if other:
        sections.append(Section(None, tuple(other)))
    return tuple(sections)


def _outlet_listing(outlets: dict[str, Outlet], entries: list[Entry]):  # type: ignore[no-untyped-def]
    by_outlet: dict[str, list[Entry]] = {name: [] for name in outlets}
    for entry in entries:
        by_outlet[entry.outlet.name].append(entry)
    return tuple((outlets[name], tuple(by_outlet[name])) for name in sorted(outlets, key=collation_key)
                 if by_outlet[name])
