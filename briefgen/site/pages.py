"""Page families: the `Site` → the `Page`s to render (output path, template, context).

A page family is a function `Site → Iterable[Page]`; the built-in families are listed
in `BUILT_IN`, in the order their pages are planned, and plugins add more (see
docs/extending.md). Each context holds exactly what its template needs, as plain
values, so a page's fingerprint tells whether it must be rendered again. Long listings
are paginated from the oldest item (site/listing.py), so a new article re-renders a
listing's landing page and last page, not every page of it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from briefgen.diagnostics import Diagnostic, Failure, from_exception
from briefgen.site.drafted import draft_only, is_draft_only
from briefgen.site.listing import ListingPage, paginate, paginate_by_name, share_by_period
from briefgen.site.model import Body, Deferred, MovedTo, NoteEntry, Page, Site, StoryEntry, StoryLink
from briefgen.site.parts import edition_parts
from briefgen.site.people import former_person_urls
from briefgen.site.stories import former_ids
from briefgen.site.urls import page_file, story_url, topic_url

PageFamily = Callable[[Site], Iterable[Page]]
QUOTES_SHOWN = 50  # newest quotations on a person's page (the rest: on the articles they come from)


def _listing_path(page: ListingPage) -> str:  # type: ignore[type-arg]
    return page_file(page.url)


def front_page(site: Site) -> Iterable[Page]:
    """index.html: the latest edition (its first part), pinned notes, links to five earlier editions."""
    latest = site.editions[0] if site.editions else None
    part = edition_parts(latest, site.config.listings.edition_size)[0] if latest else None
    pinned = tuple(n for n in site.notes if n.note.pinned)
    yield Page("index.html", "index.html", {"edition": latest, "part": part, "pinned": pinned,
                                            "earlier": site.editions[1:6]}, "front page")


def edition_pages(site: Site) -> Iterable[Page]:
    """The edition archive (paginated) and each edition's pages (site/parts.py), linked to its neighbours."""
    size = site.config.listings.page_size
    per_page = site.config.listings.edition_size
    for page in paginate("editions/", site.editions, size, lambda e: e.period.start):
        toc = {e.period.id: edition_parts(e, per_page)[0].toc for e in page.items}  # where each section is
        yield Page(_listing_path(page), "editions.html", {"listing": page, "toc": toc}, "edition archive")
    for n, edition in enumerate(site.editions):
        newer = site.editions[n - 1] if n else None
        older = site.editions[n + 1] if n + 1 < len(site.editions) else None
        for part in edition_parts(edition, per_page):
            yield Page(page_file(part.url), "edition.html",
                       {"edition": edition, "part": part, "newer": newer, "older": older},
                       f"edition {edition.period.id}")


def topic_pages(site: Site) -> Iterable[Page]:
    """topics/<id>/: the topic's stories, newest first, paginated; each page with the notes on the topic of its
    period (listing.share_by_period), the landing page with the newest."""
    notes_by_topic: dict[str, list[NoteEntry]] = {}
    for note in site.notes:
        for topic in note.topics:
            notes_by_topic.setdefault(topic.id, []).append(note)
    size = site.config.listings.page_size
    # Each topic's stories and article count, in one pass (topic ids are unique in config.yaml;
    # a scan per topic compared ~110,000 topics at 10,000 articles, 0.04 s of every rebuild):
    stories_of: dict[str, list[StoryEntry]] = {topic.id: [] for topic in site.config.topics}
    for story in site.stories:
        for topic_id in {topic.id for topic in story.topics}:
            stories_of.setdefault(topic_id, []).append(story)
    counts = Counter(topic_id for entry in site.entries for topic_id in {topic.id for topic in entry.topics})
    for topic in site.config.topics:
        stories, articles = tuple(stories_of[topic.id]), counts[topic.id]
        listing = paginate(topic_url(topic.id), stories, size, lambda s: s.first)
        notes_of = share_by_period(listing, notes_by_topic.get(topic.id, ()), lambda s: s.first, lambda n: n.note.date)
        for page in listing:
            notes = notes_of[page.number]
            yield Page(_listing_path(page), "topic.html",
                       {"topic": topic, "listing": page, "articles": articles, "notes": notes},
                       f'topic "{topic.id}" in config.yaml')


def story_pages(site: Site) -> Iterable[Page]:
    """stories/<id>/: a story told by several reports — timeline, credit, evidence, what each adds, and the
    editor notes on any of its reports (a correction of one report is read where its words are compared)."""
    notes = _notes_by_article(site)
    rank = {n.note.slug: k for k, n in enumerate(site.notes)}
    for story in site.stories:
        if story.has_page:
            key = tuple((r.entry.article.slug, r.entry.article.revision) for r in story.reports)
            attached = tuple({n.note.slug: n for r in story.reports for n in notes.get(r.entry.article.slug, ())}.values())
            yield Page(page_file(story.url), "story.html",
                       {"story": story, "grouping": site.grouping[story.id], "comparison": Deferred(key, site.compare),
                        "notes": tuple(sorted(attached, key=lambda n: rank[n.note.slug]))},
                       f"story {story.id} ({story.lead.article.path})")


def _notes_by_article(site: Site) -> dict[str, list[NoteEntry]]:
    """Article slug → the editor notes that name it (`articles:`), newest first."""
    found: dict[str, list[NoteEntry]] = {}
    for note in site.notes:
        for entry in note.articles:
            found.setdefault(entry.article.slug, []).append(note)
    return found


def moved_pages(site: Site) -> Iterable[Page]:
    """Redirects (moved.html) left where a page may have been in an earlier build, so that links to it
    keep working: stories/<former id>/ to its story, at every address its id may have given it before an
    earlier report joined (stories.former_ids); people/<slug of another spelling>/ to the person's page,
    at every address a spelling seen may have given it before the canonical name changed
    (people.former_person_urls). Not in the sitemap, and never where another page or file is
    (output.guards.give_way)."""
    for slug, story in former_ids(site.stories):
        yield Page(page_file(story_url(slug)), "moved.html",
                   {"story": StoryLink(story.id, story.url, story.headline, story.first),
                    "moved": MovedTo(story.url, story.headline, "story")},
                   f"story {story.id}, formerly {story_url(slug)} ({story.lead.article.path})", redirect=True)
    for url, person in former_person_urls(site.people):
        yield Page(page_file(url), "moved.html", {"moved": MovedTo(person.url, person.name, "person")},
                   f"person {person.name}, formerly {url}", redirect=True)


def article_pages(site: Site) -> Iterable[Page]:
    """articles/<slug>/index.html: one article with its body, its story and the notes attached to it."""
    notes_by_article = _notes_by_article(site)
    stories = {s.id: s for s in site.stories}
    for entry in site.entries:
        story = stories[entry.story]
        report = next((r for r in story.reports if r.entry is entry), None)
        # the report it re-tells, not the story's one original (T18: Agence Orient Presse's copy said Reuters)
        told = report is not None and entry.role == "re-report" and bool(report.credits)
        yield Page(page_file(entry.url), "article.html",
                   {"entry": entry, "body": Body(entry.article.revision, site.body_html),
                    "story": story if story.has_page else None,
                    "original": report.retells if told else story.original_entry,
                    # whom it re-tells: `via:`, or the outlet its text credits ("told the Courier"), alone or not
                    "credited": entry.article.via or (report.credits if told else "") or (
                        story.original if entry.role == "re-report" else ""),
                    "notes": tuple(notes_by_article.get(entry.article.slug, ()))},
                   entry.article.path)


def outlet_pages(site: Site) -> Iterable[Page]:
    """sources/<slug>/ per outlet with articles (paginated), and the sources/ index."""
    size = site.config.listings.page_size
    for outlet, entries in site.outlets:
        for page in paginate(outlet.page, entries, size, lambda e: e.article.published):
            yield Page(_listing_path(page), "source.html", {"outlet": outlet, "listing": page},  # (at its `source:`)
                       f'source "{outlet.name}" ({entries[0].article.path}:{entries[0].article.source_line})')
    yield Page("sources/index.html", "sources.html", {"outlets": site.outlets}, "source index")


def people_pages(site: Site) -> Iterable[Page]:
    """people/: everyone named (paginated, by surname); people/<slug>/: one person's stories and quotes."""
    size = site.config.listings.page_size
    for page in paginate_by_name("people/", site.people, size, lambda p: p.index_name):
        yield Page(_listing_path(page), "people.html", {"listing": page}, "people index")
    drafts = person_drafts(site)
    seen_in = languages_naming(site)
    for person in site.people:
        for page in paginate(person.url, site.person_stories[person.name], size, lambda s: s.first):
            quotes = site.person_quotes[person.name][:QUOTES_SHOWN] if page.number == 0 else ()
            context = {"person": person, "listing": page, "quotes": quotes}
            if person.url in drafts:  # (build --drafts only: other builds' contexts, and fingerprints, unchanged)
                context["drafts"] = drafts[person.url]
            if person.also_written_as and person.url in seen_in:
                context["seen_in"] = seen_in[person.url]
            yield Page(_listing_path(page), "person.html", context, f"person {person.name}")


def languages_naming(site: Site) -> dict[str, tuple[str, ...]]:
    """"people/<slug>/" → the languages (BCP 47, sorted) of the articles naming that person that declare one
    (`language:`, other than the briefing's); people named only in the briefing's language are left out. The
    person's page tags each "also written as" spelling with the one of them its script is written in
    (analyse/scripts.written_in: "Ελένη Βρεττού" seen in a Greek article is `el`), or with none."""
    found: dict[str, set[str]] = {}
    for entry in site.entries:
        if entry.article.language:
            for mention in entry.mentions:
                found.setdefault(mention.url, set()).add(entry.article.language)
    return {url: tuple(sorted(languages)) for url, languages in found.items()}


@dataclass(frozen=True, slots=True)
class PersonDrafts:
    """Of what a person's page counts (`PersonEntry.articles`, `.quotes`), how many are drafts'."""

    articles: int  # draft articles naming them
    quotes: int  # their quotations shown from a draft (`Site.person_quotes`, each quotation once)


def person_drafts(site: Site) -> dict[str, PersonDrafts]:
    """"people/<slug>/" → the drafts among what the page of that person counts, for the people named in drafts
    (`build --drafts`; {} in any other build). A trial's person page said "Named in 6 articles of 4 stories,
    quoted 2 times" counting a draft unmarked, where README promises every draft "marked Draft"; the site model's
    `PersonEntry` counts without telling drafts apart, so the page's family counts them here."""
    named: Counter[str] = Counter()
    for entry in site.entries:
        if entry.article.draft:
            named.update({mention.url for mention in entry.mentions})
    if not named:
        return {}
    return {person.url: PersonDrafts(named[person.url],
                                     sum(1 for q in site.person_quotes[person.name] if q.entry.article.draft))
            for person in site.people if named[person.url]}


def utility_pages(site: Site) -> Iterable[Page]:
    """The search page and the 404 page."""
    yield Page("search/index.html", "search.html", {}, "search page")
    yield Page("404.html", "404.html", {}, "404 page")


BUILT_IN: tuple[PageFamily, ...] = (front_page, edition_pages, topic_pages, story_pages, moved_pages, article_pages,
                                    outlet_pages, people_pages, utility_pages)


def plan_pages(site: Site, families: Iterable[PageFamily] = BUILT_IN) -> tuple[list[Page], list[Diagnostic]]:
    """Every page of every family, in order; a family that fails (a plugin's) becomes a diagnostic.

    A page that only drafts give the site (`build --drafts`: an outlet's, a person's, a story's or an
    edition's of drafts alone, site/drafted.py) has `draft_only: True` in its context, for its template to
    mark it Draft and noindex as an article's page of a draft is; other pages have no such key. In such a build
    every page also has `drafted` (those pages' URLs), for the indexes that list them (people, sources)."""
    pages: list[Page] = []
    problems: list[Diagnostic] = []
    drafted = draft_only(site)
    for family in families:
        try:
            found = list(family(site))
        except Failure as failure:  # a plugin's family failed (plugins.py wraps them)
            problems += failure.diagnostics
            continue
        for page in found:
            if not isinstance(page, Page):
                inner = getattr(family, "__wrapped__", family)
                problems.append(from_exception(None, f"page family {getattr(inner, '__name__', inner)!r} "
                                               f"returned {type(page).__name__}, not a Page", inner))
                break
            if drafted and not page.redirect:  # (`drafted`: the indexes mark such people and outlets Draft)
                page = replace(page, context={**page.context, "drafted": drafted,
                                              **({"draft_only": True} if is_draft_only(page.path, drafted) else {})})
            pages.append(page)
    return pages, problems
