"""One feed's items → files: what is new, known, a duplicate, filtered, or changed upstream.

Takes a parsed `FeedRead`, the feed's stored `FeedState`, the `Archive` of the project
and the run's settings; writes new article files (and, with `--update`, new versions of
changed ones) and gives an `Ingested`: the counts, the files written, the new item
records for the state, notes for `fetch -v` and diagnostics. Per item, in this order:

1. known by identity (`archive.find`): `same` — or `rejected` (a tombstone) — and, when
   its content fingerprint differs from the one recorded, changed upstream;
2. known by link from another outlet: `duplicate`; the existing article gets the feed's
   outlet in `also_in:`;
3. the filters (`filters.judge`): `filtered`, or marked draft / tagged;
4. written as a new file. A date more than 5 minutes in the future becomes the time it
   was first seen (`date_inferred: true`); a known item's new date changes nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.diagnostics import Diagnostic, error, warning
from briefgen.importer.archive import ARTICLES, Archive, Record, read_front
from briefgen.importer.articles import (create, edit_front, encode, render_article, replace_if_unchanged, sha,
                                        write_replacing)
from briefgen.importer.filters import FUTURE_SLACK, judge
from briefgen.importer.identity import fingerprint
from briefgen.importer.read import FeedItem, FeedRead
from briefgen.importer.state import FeedState, Imported
from briefgen.load.config import ImportSettings

BESIDE_SUFFIX = ".upstream"  # `x.md.upstream`: not a .md file, so builds leave it alone


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path
    display: str  # the config file's name, for diagnostics
    imports: ImportSettings
    now: dt.datetime  # aware, in the site's timezone
    update: bool  # --update: apply upstream changes


@dataclass(slots=True)
class Ingested:
    new: int = 0
    same: int = 0
    updated: int = 0  # changed upstream (applied or not)
    filtered: int = 0
    duplicate: int = 0
    rejected: int = 0
    written: list[str] = field(default_factory=list)  # new files
    rewritten: list[str] = field(default_factory=list)  # --update: files replaced
    beside: list[str] = field(default_factory=list)  # --update: edited files, new version beside them
    notes: list[str] = field(default_factory=list)  # for `fetch -v`
    problems: list[Diagnostic] = field(default_factory=list)
    items: dict[str, Imported] = field(default_factory=dict)
    edited: list[tuple[str, str, str]] = field(default_factory=list)  # also_in edits: path, old and new sha256
    write_failed: bool = False


def ingest(read: FeedRead, source: str, state: FeedState, archive: Archive, settings: Settings) -> Ingested:
    spec = read.spec
    result = Ingested(items=dict(state.items))
    draft_default = settings.imports.draft if spec.draft is None else spec.draft
    folder = settings.root / ARTICLES
    for item in read.items:
        kind, record = archive.find(item.guid, item.link, source)
        if kind == "rejected":
            result.rejected += 1
            continue
        if kind == "same":
            result.same += 1
            _known(item, record, source, spec.topics, result, settings)
            continue
        if kind == "duplicate" and record is not None:
            result.duplicate += 1
            result.notes.append(f'duplicate "{item.title}": {item.link} is already in '
                                f"{record.path or 'an article'}")
            _also_in(record, source, result, settings)
            continue
        verdict = judge(item, spec.block, spec.keep, settings.now)
        if not verdict.keep:
            result.filtered += 1
            result.notes.append(f'filtered "{item.title}": {verdict.reason} ({settings.display}:{verdict.line})')
            continue
        future = item.published is not None and item.published > settings.now + FUTURE_SLACK
        text = render_article(replace(item, published=None) if future else item, source, spec.topics,
                              settings.now, draft=draft_default or verdict.draft, extra_tags=verdict.tags)
        data = encode(text)
        try:
            if not result.written:
                folder.mkdir(parents=True, exist_ok=True)
            slug = create(folder, item.title, data, archive.slugs)
        except OSError as exc:
            result.write_failed = True
            result.problems.append(error(settings.display, spec.line, (
                f"feed {spec.url}: cannot write a new file in {ARTICLES.as_posix()}/ ({exc.strerror or exc}); "
                f"{len(result.written)} entries were imported before this; the rest come on the next fetch")))
            return result
        path = f"{ARTICLES.as_posix()}/{slug}.md"
        archive.add(Record(path, item.guid, item.link, source, draft_default or verdict.draft, False, item.title))
        result.items[item.guid] = Imported(path, _fingerprint(item), sha(data))
        result.written.append(path)
        result.new += 1
        if future:
            result.notes.append(f'dated in the future: "{item.title}" ({item.published:%Y-%m-%d %H:%M %z}); '
                                "published is the time it was first seen")
    return result


def _fingerprint(item: FeedItem) -> str:
    return fingerprint(item.title, item.link, item.authors, item.tags, item.body_html)


def _known(item: FeedItem, record: Record | None, source: str, topics: tuple[str, ...], result: Ingested,
           settings: Settings) -> None:
    """A known item: note whether its content changed upstream; with --update, apply the change."""
    mark = _fingerprint(item)
    stored = result.items.get(item.guid)
    if stored is None:  # imported before this state existed, or by hand: today's content is the baseline
        if record is not None and record.path:
            result.items[item.guid] = Imported(record.path, mark, "")
        return
    if stored.fingerprint == mark:
        return
    result.updated += 1
    if not settings.update:
        result.notes.append(f'changed upstream: "{item.title}" ({stored.path})')
        return
    target = settings.root / stored.path
    try:
        raw = target.read_bytes()
    except OSError:
        result.notes.append(f'changed upstream: "{item.title}", but {stored.path} is gone; not written again')
        result.items[item.guid] = replace(stored, fingerprint=mark)
        return
    front = read_front(raw) or {}
    published = front.get("published")
    also = front.get("also_in")
    text = render_article(item, source, topics, settings.now, draft=front.get("draft") is True,
                          published=published if published is not None else None,
                          date_inferred=front.get("date_inferred") is True,
                          also_in=tuple(str(a) for a in also) if isinstance(also, list) else ())
    data = encode(text)
    try:
        if replace_if_unchanged(target, stored.written, data):
            result.rewritten.append(stored.path)
            result.items[item.guid] = Imported(stored.path, mark, sha(data))
            return
        beside = target.with_name(target.name + BESIDE_SUFFIX)
        write_replacing(beside, data)
    except OSError as exc:
        result.problems.append(warning(settings.display, 0, f"{stored.path}: cannot write the upstream "
                                                            f"version ({exc.strerror or exc})"))
        return
    result.beside.append(stored.path + BESIDE_SUFFIX)
    result.problems.append(warning(stored.path, 1, (
        f"changed upstream, and edited here since it was imported: the new version is in "
        f"{stored.path}{BESIDE_SUFFIX}; merge what you want from it, then delete it")))
    result.items[item.guid] = replace(stored, fingerprint=mark)


def _also_in(record: Record, source: str, result: Ingested, settings: Settings) -> None:
    """Record on the existing article that `source` carried it too (once; never its own source)."""
    if not record.path or record.source.casefold() == source.casefold():
        return
    target = settings.root / record.path
    try:
        raw = target.read_bytes()
    except OSError:
        return
    front = read_front(raw) or {}
    also = front.get("also_in")
    names = [str(a) for a in also] if isinstance(also, list) else [str(also)] if isinstance(also, str) else []
    if any(n.casefold() == source.casefold() for n in names):
        return
    edited = edit_front(raw, "also_in", names + [source])
    if edited is None:
        return
    try:
        write_replacing(target, edited)
    except OSError as exc:
        result.problems.append(warning(record.path, 1, f"cannot record also_in: {source} ({exc.strerror or exc})"))
        return
    result.edited.append((record.path, sha(raw), sha(edited)))
