"""Pages that exist only because of drafts: the `Site` (of a `build --drafts` or `serve --drafts`) → their URLs.

A draft is marked wherever it is shown (its page says Draft and noindex, its cards and feed items say Draft,
it is in no sitemap). Some pages exist only because a draft does: the page of an outlet, a person or an
organisation whose every article is a draft, a story told by drafts alone, an edition holding drafts alone. A
trial (2026-12-04) found them unmarked, in the sitemap and in search as if published: a crawler or a reader of
the preview took a draft's outlet and the people it names for the published site's. A build without
`--drafts` has no such page (no draft is in its site), so `draft_only` is empty there.
"""
from __future__ import annotations

from briefgen.site.model import Site


def draft_only(site: Site) -> frozenset[str]:
    """Site-relative URLs ("sources/x/", "people/y/", "stories/z/", "editions/2023-W19/") of the listings and
    pages that only drafts give the site: every article they list (and, for an edition, every note) is a draft.
    Their further pages ("sources/x/page/2/") are theirs too (`is_draft_only`)."""
    if not any(e.article.draft for e in site.entries) and not any(n.note.draft for n in site.notes):
        return frozenset()  # (every build without --drafts: one pass, nothing made)
    found: set[str] = set()
    for outlet, entries in site.outlets:
        if entries and all(e.article.draft for e in entries):
            found.add(outlet.page)
    naming: dict[str, bool] = {}  # a person's page → whether every article naming them is a draft
    for entry in site.entries:
        for mention in entry.mentions:
            naming[mention.url] = naming.get(mention.url, True) and entry.article.draft
    found.update(url for url, drafts_only in naming.items() if drafts_only)
    found.update(story.url for story in site.stories
                 if story.has_page and all(r.entry.article.draft for r in story.reports))
    for edition in site.editions:
        entries = [e for section in edition.sections for e in section.entries]
        if (entries or edition.notes) and all(e.article.draft for e in entries) and all(
                n.note.draft for n in edition.notes):
            found.add(edition.url)
    return frozenset(found)


def is_draft_only(url: str, drafted: frozenset[str]) -> bool:
    """Whether the page at site-relative `url` (or output path "…/index.html") is one of `drafted`
    (`draft_only`) or a further page of one (".../page/2/")."""
    url = url[:-len("index.html")] if url.endswith("index.html") else url
    if url in drafted:
        return True
    base, cut, _ = url.rpartition("page/")
    return bool(cut) and base in drafted
