"""What the search index holds: one `SearchDocument` per searchable page or place on a page.

Takes the `Site`; gives documents. Every kind of document — articles, stories, editor
notes, people and organisations — reaches the index the same way: a
source is a function `Site → Iterable[SearchDocument]`, and `SOURCES` lists the
built-in ones. A document's text may be given as a string, or as a `TextSource` (an
HTML body found by its file's revision) that the index reads only when it does not
know that revision's terms yet: an unchanged article's body is never read again.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

from briefgen.site.drafted import draft_only
from briefgen.site.model import Site

# The first line under a result's title for a draft, and for what only drafts give the site (site/drafted.py),
# in a `build --drafts` or `serve --drafts`: a reader of the preview's search took a draft for published.
DRAFT = "Draft"


@dataclass(frozen=True, slots=True)
class TextSource:
    """A body of HTML identified by `key` (a content hash, e.g. the file's revision); `html(key)` fetches it."""

    key: str  # hex digits (the memo shards by them)
    html: Callable[[str], str] = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One search result: where it links, what it is, what is shown and what is searched."""

    url: str  # site-relative, unique: "articles/x/", "editions/2023-W19/#note-y"
    kind: str  # "article", "note", "person", … (shown on results other than articles)
    title: str  # shown as the result's link; its words rank first
    date: str = ""  # "YYYY-MM-DD" or "": shown, and newer months rank first among equals
    meta: tuple[str, ...] = ()  # short lines shown under the title (outlet, topics); searchable too
    text: str | TextSource = ""  # plain text, or HTML to read only when needed
    language: str = ""  # of its title and text when not the briefing's (an article's `language:`)


SearchSource = Callable[[Site], Iterable[SearchDocument]]


def article_documents(site: Site) -> Iterable[SearchDocument]:
    """Every article: title, outlet and topics, its whole body."""
    html = site.body_html
    for e in site.entries:
        a = e.article
        yield SearchDocument(e.url, "article", a.title, a.published.date().isoformat(),
                             (DRAFT,) * a.draft + (a.source,) + tuple([t.title for t in e.topics]),
                             TextSource(a.revision, html), a.language)


def note_documents(site: Site) -> Iterable[SearchDocument]:
    """Every editor note, linked at its place in its edition."""
    for n in site.notes:
        note = n.note
        meta = (DRAFT,) * note.draft + (note.kind.replace("-", " ").capitalize(), *(t.title for t in n.topics))
        yield SearchDocument(n.url, "note", note.title, note.date.date().isoformat(), meta,
                             TextSource(_html_key(note.body_html), _fixed(note.body_html)), note.language)


def person_documents(site: Site) -> Iterable[SearchDocument]:
    """Every person and organisation with a page: their name, other spellings and the quotes attributed to them."""
    drafted = draft_only(site)
    for p in site.people:
        quotes = site.person_quotes.get(p.name, ())
        text = joined((", ".join(p.also_written_as), " ".join(f"\u201c{q.text}\u201d" for q in quotes)))
        named = f"Named in {p.articles} article{'s' if p.articles != 1 else ''}"
        yield SearchDocument(p.url, "person" if p.kind == "person" else "organisation", p.name, "",
                             (DRAFT,) * (p.url in drafted) + (named,), text)


def story_documents(site: Site) -> Iterable[SearchDocument]:
    """Every story told by several reports: its headline, outlets and the reports' headlines.

    The reports' bodies are searched as articles; a story is found by what it is called
    and who told it, and ranks by its headline.
    """
    drafted = draft_only(site)
    for story in site.stories:
        if not story.has_page:
            continue
        count = len(story.reports)
        meta = (*(DRAFT,) * (story.url in drafted),
                f"{count} reports from {len(story.outlets)} outlet{'s' if len(story.outlets) != 1 else ''}",
                *(t.title for t in story.topics))
        outlets = dict.fromkeys((*story.outlets, story.original))  # the original is one of them, or ""
        text = joined((" \u00b7 ".join(o for o in outlets if o),
                       " \u00b7 ".join(r.entry.article.title for r in story.reports[1:])))
        yield SearchDocument(story.url, "story", story.headline, story.first.date().isoformat(), meta, text)


def joined(parts: Iterable[str]) -> str:
    """The parts of a document's text that are not empty, as one text: " — " between them.

    A result's snippet is cut from its text: the parts (a story's outlets, its reports' headlines;
    a person's other spellings, their quotes) were joined by spaces alone, so the snippet ran
    them together ("Global Affairs Digest Berliner Rundschau Frozen assets debate…"). Separators
    are signs, which split words as spaces do (searchtext.words): the terms are the same.
    """
    return " \u2014 ".join(part for part in parts if part)


def _fixed(html: str) -> Callable[[str], str]:
    return lambda key: html


def _html_key(html: str) -> str:
    return hashlib.blake2b(b"html\0" + html.encode(), digest_size=16).hexdigest()


SOURCES: tuple[SearchSource, ...] = (article_documents, story_documents, note_documents, person_documents)


def search_documents(site: Site, sources: Iterable[SearchSource] = SOURCES) -> tuple[SearchDocument, ...]:
    """Every document of every source, in source order; a URL given twice keeps its first document."""
    docs = tuple(doc for source in sources for doc in source(site))
    if len({doc.url for doc in docs}) == len(docs):
        return docs
    seen: dict[str, SearchDocument] = {}
    for doc in docs:
        seen.setdefault(doc.url, doc)
    return tuple(seen.values())
