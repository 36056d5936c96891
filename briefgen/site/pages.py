"""Page families: the `Site` → the `Page`s to render (output path, template, context).

A page family is a function `Site → Iterable[Page]`; the built-in families are listed
in `BUILT_IN`, in the order their pages are planned, and plugins add more (see
docs/extending.md). Each context holds exactly what its template needs, as plain
values, so a page's fingerprint tells whether it must be rendered again.
"""
from __future__ import annotations

from typing import Callable, Iterable

from briefgen.diagnostics import Diagnostic, Failure, from_exception
from briefgen.site.model import Body, NoteEntry, Page, Site
from briefgen.site.urls import page_file, topic_url

PageFamily = Callable[[Site], Iterable[Page]]


def front_page(site: Site) -> Iterable[Page]:
    """index.html: the latest edition, pinned notes, links to five earlier editions."""
    latest = site.editions[0] if site.editions else None
    pinned = tuple(n for n in site.notes if n.note.pinned)
    yield Page("index.html", "index.html", {"edition": latest, "pinned": pinned, "earlier": site.editions[1:6]},
               "front page")


def edition_pages(site: Site) -> Iterable[Page]:
    """editions/index.html (the archive) and one page per edition, linked to its neighbours."""
    yield Page("editions/index.html", "editions.html", {"editions": site.editions}, "edition archive")
    for n, edition in enumerate(site.editions):
        newer = site.editions[n - 1] if n else None
        older = site.editions[n + 1] if n + 1 < len(site.editions) else None
        yield Page(page_file(edition.url), "edition.html", {"edition": edition, "newer": newer, "older": older},
                   f"edition {edition.period.id}")


def topic_pages(site: Site) -> Iterable[Page]:
    """topics/<id>/index.html: every article on a topic, newest first, with the notes on it."""
    notes_by_topic: dict[str, list[NoteEntry]] = {}
    for note in site.notes:
        for topic in note.topics:
            notes_by_topic.setdefault(topic.id, []).append(note)
    for topic in site.config.topics:
        entries = tuple(e for e in site.entries if topic in e.topics)
        yield Page(page_file(topic_url(topic.id)), "topic.html",
                   {"topic": topic, "entries": entries, "notes": tuple(notes_by_topic.get(topic.id, ()))},
                   f'topic "{topic.id}" in config.yaml')


def article_pages(site: Site) -> Iterable[Page]:
    """articles/<slug>/index.html: one article with its body and the notes attached to it."""
    notes_by_article: dict[str, list[NoteEntry]] = {}
    for note in site.notes:
        for entry in note.articles:
            notes_by_article.setdefault(entry.article.slug, []).append(note)
    for entry in site.entries:
        yield Page(page_file(entry.url), "article.html",
                   {"entry": entry, "body": Body(entry.article.revision, site.body_html),
                    "notes": tuple(notes_by_article.get(entry.article.slug, ()))},
                   entry.article.path)


def outlet_pages(site: Site) -> Iterable[Page]:
    """sources/<slug>/index.html per outlet with articles, and the sources/ index."""
    for outlet, entries in site.outlets:
        yield Page(page_file(outlet.page), "source.html", {"outlet": outlet, "entries": entries},
                   f'source "{outlet.name}" ({entries[0].article.path})')
    yield Page("sources/index.html", "sources.html", {"outlets": site.outlets}, "source index")


def people_pages(site: Site) -> Iterable[Page]:
    yield Page("people/index.html", "people.html", {"people": site.people}, "people index")


def utility_pages(site: Site) -> Iterable[Page]:
    """The search page and the 404 page."""
    yield Page("search/index.html", "search.html", {}, "search page")
    yield Page("404.html", "404.html", {}, "404 page")


BUILT_IN: tuple[PageFamily, ...] = (front_page, edition_pages, topic_pages, article_pages, outlet_pages,
                                    people_pages, utility_pages)


def plan_pages(site: Site, families: Iterable[PageFamily] = BUILT_IN) -> tuple[list[Page], list[Diagnostic]]:
    """Every page of every family, in order; a family that fails (a plugin's) becomes a diagnostic."""
    pages: list[Page] = []
    problems: list[Diagnostic] = []
    for family in families:
        try:
            found = list(family(site))
        except Failure as failure:  # a plugin's family failed (plugins.py wraps them)
            problems.append(failure.diagnostic)
            continue
        for page in found:
            if not isinstance(page, Page):
                inner = getattr(family, "__wrapped__", family)
                problems.append(from_exception(None, f"page family {getattr(inner, '__name__', inner)!r} "
                                               f"returned {type(page).__name__}, not a Page", inner))
                break
            pages.append(page)
    return pages, problems
