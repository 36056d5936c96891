"""Load content: the validated documents of every file → `Content` (articles, notes, diagnostics).

Takes, for each content file, what `documents.load_document` made of it (a value or
None, plus its problems); gives the site's articles and notes after the checks that
need more than one file: two files for one slug, notes citing unknown articles, and
published notes citing draft articles (a link the page will not have).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence, TypeVar

from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.load import listlike
from briefgen.load.documents import Article, Note

if TYPE_CHECKING:
    from briefgen.load.files import SourceFile

T = TypeVar("T", Article, Note)
Loaded = tuple["Article | Note | None", tuple[Diagnostic, ...]]


@dataclass(frozen=True, slots=True)
class Content:
    articles: tuple[Article, ...]  # in file order (content/articles, sorted by path)
    notes: tuple[Note, ...]
    diagnostics: tuple[Diagnostic, ...]


def collect_content(articles: Sequence[Loaded], notes: Sequence[Loaded], drafts: bool = False,
                    files: Sequence[SourceFile] = ()) -> Content:
    """Articles and notes of a site, drafts included; invalid files are left out, every problem is
    kept. `drafts`: whether the build publishes drafts (`--drafts`); when not, each link a
    published note loses to a draft article is a warning (`_draft_citations`). `files`: the file
    each of `articles` was loaded from, in order: a note citing an article (by its file name) whose
    file could not be loaded, which its own errors explain, is not also told the article is unknown."""
    problems: list[Diagnostic] = []
    for _, found in (*articles, *notes):
        problems.extend(found)
    kept_articles = _drop_duplicate_slugs([a for a, _ in articles if isinstance(a, Article)], problems)
    kept_notes = _drop_duplicate_slugs([n for n, _ in notes if isinstance(n, Note)], problems)
    failed = {file.stem for (value, _), file in zip(articles, files) if value is None}
    problems += _check_note_references(kept_notes, {a.slug for a in kept_articles}, failed)
    if not drafts:
        problems += _draft_citations(kept_notes, {a.slug: a.path for a in kept_articles if a.draft})
    return Content(tuple(kept_articles), tuple(kept_notes), tuple(problems))


def _drop_duplicate_slugs(items: list[T], problems: list[Diagnostic]) -> list[T]:
    """Keep the first file for each slug; report the others at their `slug:` line (line 1 for a slug
    that is the file's name), naming both files (and the first one's `slug:` line)."""
    first: dict[str, str] = {}
    kept = []
    for item in items:
        if item.slug in first:
            problems.append(error(item.path, item.slug_line, f'slug "{item.slug}" is also used by '
                                  f"{first[item.slug]}; give one of them another file name or `slug:`"))
        else:
            first[item.slug] = item.path + (f":{item.slug_line}" if item.slug_line > 1 else "")
            kept.append(item)
    return kept


def _check_note_references(notes: list[Note], slugs: set[str], failed: set[str]) -> list[Diagnostic]:
    """An error at each slug of a note's `articles:` that no article has. `failed`: the slugs (file
    names) of articles that failed to load — reported at their own file, which stops the build;
    "unknown article" there, beside "invalid YAML" in the file of that very name, would send the
    editor looking for a typo in a slug that is right (a misspelt one is still told its file's name)."""
    problems = []
    for note in notes:
        for slug, line in zip(note.articles, _lines(note)):
            if slug not in slugs and slug not in failed:
                problems.append(error(note.path, line,
                                      f'unknown article "{slug}"{did_you_mean(slug, slugs | failed)}; '
                                      "use the article's slug (its file name without .md)"
                                      + listlike.hint("articles", slug)))
    return problems


def _draft_citations(notes: list[Note], drafts: dict[str, str]) -> list[Diagnostic]:
    """A published note citing a draft article (slug → path): the build leaves the draft out
    (SPEC.md: `draft`), and with it the note's link to it, which the editor wrote and expects."""
    problems = []
    for note in notes:
        if note.draft:
            continue  # left out as well: it loses nothing on the site
        for slug, line in zip(note.articles, _lines(note)):
            if slug in drafts:
                problems.append(warning(note.path, line, f'"{slug}" is a draft (`draft: true` in {drafts[slug]}), '
                                        "so this note is published without its link to it; publish the article "
                                        f'(remove `draft: true`) or take "{slug}" out of `articles:` '
                                        "(`briefgen build --drafts` shows both)"))
    return problems


def _lines(note: Note) -> tuple[int, ...]:
    """The line of each of the note's `articles` (its `articles:` line for each, if not recorded)."""
    return note.article_lines if len(note.article_lines) == len(note.articles) else (note.articles_line,) * len(
        note.articles)
