"""Load content: `content/articles` and `content/notes` files → `Content` (articles, notes, diagnostics).

Takes the files `inputs.discover` read and hashed; validated values come from the memo
when the file and config are unchanged; parsing and Markdown run only for files whose
bytes the memo has not seen, in parallel worker processes when there are many.
Cross-file checks live here too: two files for one slug, notes citing unknown articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from briefgen.speed.memo import Memo, digest
from briefgen.load.config import Config
from briefgen.load.documents import Article, Note, ParsedFile, make_article, make_note, parse_file
from briefgen.diagnostics import Diagnostic, did_you_mean, error
from briefgen.load.markup import MarkdownRenderer, plain_text
from briefgen.load.files import SourceFile
from briefgen.speed.parallel import share_work

PARALLEL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True, slots=True)
class Content:
    articles: tuple[Article, ...]
    notes: tuple[Note, ...]
    diagnostics: tuple[Diagnostic, ...]
    bodies: "Bodies"


class Bodies:
    """Article bodies by content key, for the pages being rendered and for text analysis.

    Reads the parse memo. If the memo lost an entry (a damaged cache shard), the file is
    read and parsed again; it is cached only if its bytes are still the ones this build
    hashed. Plain text is derived from the HTML on demand and kept only until
    `release_text()`, so that it is not in memory when rendering forks workers.
    """

    def __init__(self, root: Path, files: list[SourceFile], memo: Memo) -> None:
        self._root = root
        self._sources = {f.key: (f.path, f.id_prefix) for f in files}
        self._memo = memo
        self._texts: dict[str, str] = {}
        self._renderer: MarkdownRenderer | None = None

    def parsed(self, key: str) -> ParsedFile:
        found = self._memo.get(("parse", key))
        if found is None:
            path, prefix = self._sources[key]
            raw = (self._root / path).read_bytes()
            if self._renderer is None:
                self._renderer = MarkdownRenderer()
            found = parse_file(raw, path, prefix, self._renderer)
            if digest(path, raw) == key:
                self._memo.put(("parse", key), found)
        return found

    def html(self, key: str) -> str:
        return self.parsed(key).body_html

    def text(self, key: str) -> str:
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = plain_text(self.html(key))
        return text

    def release_text(self) -> None:
        self._texts.clear()


def _parse_missing(files: list[SourceFile], memo: Memo, jobs: int,
                   progress: Callable[[str], None] | None) -> None:
    """Parse files the memo has not seen, in worker processes too when there are many."""
    todo = [f for f in files if memo.get(("parse", f.key)) is None]
    jobs = jobs if len(todo) >= PARALLEL_MIN_FILES else 1
    if progress and len(todo) >= PARALLEL_MIN_FILES:
        progress(f"Parsing {len(todo)} new or changed files ({jobs} process{'es' if jobs > 1 else ''}) ...")
    renderer = MarkdownRenderer()
    results = share_work(len(todo), jobs, lambda i: parse_file(todo[i].raw, todo[i].path, todo[i].id_prefix,
                                                               renderer))
    for f, result in zip(todo, results):
        memo.put(("parse", f.key), result)


def load_content(root: Path, article_files: list[SourceFile], note_files: list[SourceFile],
                 config: Config, memo: Memo, jobs: int,
                 progress: Callable[[str], None] | None = None) -> Content:
    config_key = digest(config.timezone, ",".join(sorted(config.topic_ids)))
    all_files = article_files + note_files
    bodies = Bodies(root, all_files, memo)
    validated: dict[str, tuple] = {}
    for f in all_files:
        memo.keep(("parse", f.key))
        hit = memo.get(("valid", f.key, config_key))
        if hit is not None:
            validated[f.key] = hit
    _parse_missing([f for f in all_files if f.key not in validated], memo, jobs, progress)
    problems: list[Diagnostic] = []
    articles = _validate(article_files, validated, bodies, memo, config, config_key, make_article, problems)
    notes = _validate(note_files, validated, bodies, memo, config, config_key, make_note, problems)
    articles = _drop_duplicate_slugs(articles, problems)
    notes = _drop_duplicate_slugs(notes, problems)
    problems += _check_note_references(notes, {a.slug for a in articles})
    return Content(tuple(articles), tuple(notes), tuple(problems), bodies)


def _validate(files: list[SourceFile], validated: dict[str, tuple], bodies: Bodies, memo: Memo,
              config: Config, config_key: str, make: Callable[..., tuple[Any, list[Diagnostic]]],
              problems: list[Diagnostic]) -> list[Any]:
    """Articles (or notes) from the memo's validated values, validating the files it lacks."""
    values = []
    for f in files:
        hit = validated.get(f.key)
        if hit is None:
            value, found = make(bodies.parsed(f.key), f.path, f.stem, f.key, digest(f.key, config_key), config)
            hit = (value, tuple(found))
            memo.put(("valid", f.key, config_key), hit)
        if hit[0] is not None:
            values.append(hit[0])
        problems.extend(hit[1])
    return values


def _drop_duplicate_slugs(items: list, problems: list[Diagnostic]) -> list:
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
