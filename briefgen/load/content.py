"""Load content: the validated documents of every file → `Content` (articles, notes, diagnostics).

Takes, for each content file, what `documents.load_document` made of it (a value or
None, plus its problems); gives the site's articles and notes after the checks that
need more than one file: two files for one slug, notes citing unknown articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

from briefgen.diagnostics import Diagnostic, did_you_mean, error
from briefgen.load.documents import Article, Note

T = TypeVar("T", Article, Note)
Loaded = tuple["Article | Note | None", tuple[Diagnostic, ...]]


@dataclass(frozen=True, slots=True)
class Content:
    articles: tuple[Article, ...]  # in file order (content/articles, sorted by path)
    notes: tuple[Note, ...]
    diagnostics: tuple[Diagnostic, ...]


def collect_content(articles: Sequence[Loaded], notes: Sequence[Loaded]) -> Content:
    """Articles and notes of a site; invalid files are left out, every problem is kept."""
    problems: list[Diagnostic] = []
    for _, found in (*articles, *notes):
        problems.extend(found)
    kept_articles = _drop_duplicate_slugs([a for a, _ in articles if isinstance(a, Article)], problems)
    kept_notes = _drop_duplicate_slugs([n for n, _ in notes if isinstance(n, Note)], problems)
    problems += _check_note_references(kept_notes, {a.slug for a in kept_articles})
    return Content(tuple(kept_articles), tuple(kept_notes), tuple(problems))


def _drop_duplicate_slugs(items: list[T], problems: list[Diagnostic]) -> list[T]:
    """Keep the first file for each slug; report the others, naming both files."""
    first: dict[str, str] = {}
    kept = []
    for item in items:
        if item.slug in first:
            problems.append(error(item.path, 1, f'slug "{item.slug}" is also used by {first[item.slug]}; '
                                                "give one of them another file name or `slug:`"))
        else:
            first[item.slug] = item.path
            kept.append(item)
    return kept


def _check_note_references(notes: list[Note], slugs: set[str]) -> list[Diagnostic]:
    problems = []
    for note in notes:
        for slug in note.articles:
            if slug not in slugs:
                problems.append(error(note.path, note.articles_line,
                                      f'unknown article "{slug}"{did_you_mean(slug, slugs)}; '
                                      "use the article's slug (its file name without .md)"))
    return problems
