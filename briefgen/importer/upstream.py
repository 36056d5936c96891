"""A known item of a feed: has it changed upstream, and with `--update`, the change applied or put beside.

Takes an item `ingest` found in the archive (`Archive.find` said "same"), the article's `Record` and the run's
`Ingested`; notes a change upstream and, with `--update`, rewrites a file whose bytes are fetch's, or writes the
new version beside one the editor edited (`NAME.md.upstream`).
"""
from __future__ import annotations

from dataclasses import replace

from briefgen.diagnostics import warning
from briefgen.importer.archive import ARTICLES, Archive, Record, read_front
from briefgen.importer.articles import encode, render_article, replace_if_unchanged, sha, write_beside
from briefgen.importer.ingested import (BESIDE_SUFFIX, Ingested, Settings, inside_articles, item_fingerprint,
                                        note_dropped)
from briefgen.importer.read import FeedItem
from briefgen.importer.state import Imported
from briefgen.load.upstreamfiles import first_difference


def known(item: FeedItem, record: Record | None, source: str, topics: tuple[str, ...], result: Ingested,
          archive: Archive, settings: Settings) -> None:
    """A known item: note whether its content changed upstream; with --update, apply the change.
    The item's state is kept under the identity its file has (it may be another mode's).

    The file is rewritten while its bytes are a version fetch wrote — recorded by this feed's
    state, or, for an article of this feed's outlet, by another feed's (an outlet's section feeds
    share items; a feed whose URL changed has a new state) or written in this run (`Archive.ours`,
    `Archive.records`); else it is the editor's and the new version goes beside it, said once per
    run however many feeds carry the item. A file that already holds the new version is up to date."""
    mark = item_fingerprint(item)
    key = record.guid if record is not None and record.guid else item.guid
    stored = result.items.get(key)
    path = record.path if record is not None and record.path else stored.path if stored else ""
    # Another feed of the outlet (or this one under an old URL) wrote the file: its bytes are fetch's. An
    # article of another outlet is not this feed's to rewrite, though it carries the item (a wire's guid).
    same_outlet = record is None or record.source.casefold() == source.casefold()
    if stored is None and same_outlet and path in archive.records:
        stored = result.items[key] = archive.records[path]
    if stored is None and same_outlet and path:  # written by a run killed before it saved the states: the journal knows it
        stored = archive.journaled(settings.root, path, mark)
        if stored is not None:
            result.items[key] = stored
    if stored is None:  # imported before this state existed, or by hand: today's content is the baseline
        if path:
            result.items[key] = Imported(path, mark, "")
        return
    if path != stored.path:
        result.notes.append(f'"{item.title}": {stored.path} was renamed to {path}')
        stored = result.items[key] = replace(stored, path=path)
    if stored.fingerprint == mark:
        return
    result.updated += 1
    if not settings.update:
        result.pending += 1
        result.notes.append(f'changed upstream: "{item.title}" ({path})')
        return
    target = inside_articles(settings.root, path)
    if target is None:
        result.notes.append(f'changed upstream: "{item.title}", but {path} leads outside '
                            f"{ARTICLES.as_posix()}/; not written")
        result.items[key] = replace(stored, fingerprint=mark)
        return
    try:
        raw = target.read_bytes()
    except OSError:
        result.notes.append(f'changed upstream: "{item.title}", but {path} cannot be read; not written again')
        result.items[key] = replace(stored, fingerprint=mark)
        return
    front = read_front(raw) or {}
    published = front.get("published")
    also = front.get("also_in")
    upstream = item if item.guid == key else replace(item, guid=key)  # the file keeps the identity it has
    text = render_article(upstream, source, topics, settings.now, draft=front.get("draft") is True,
                          published=published if published is not None else None,
                          date_inferred=front.get("date_inferred") is True,
                          also_in=tuple(str(a) for a in also) if isinstance(also, list) else (),
                          site_language=settings.language)
    data = encode(text)
    if data == raw:  # another feed of the outlet wrote this version already
        archive.ours.add(sha(data))
        result.items[key] = Imported(path, mark, sha(data))
        return
    if path in archive.beside:  # edited, and another feed of the outlet put its version beside it
        result.items[key] = replace(stored, fingerprint=mark)
        return
    try:
        if replace_if_unchanged(target, lambda digest: digest == stored.written or same_outlet and digest in archive.ours,
                                data, lambda: archive.note(path, data, mark)):
            archive.ours.add(sha(data))
            result.rewritten.append(path)
            note_dropped(item, path, result)
            result.items[key] = Imported(path, mark, sha(data))
            return
        written = write_beside(target.with_name(target.name + BESIDE_SUFFIX), data, archive.ours,
                               lambda: archive.note(path + BESIDE_SUFFIX, data, mark))
    except OSError as exc:
        result.problems.append(warning(settings.display, 0, f"{path}: cannot write the upstream "
                                                            f"version ({exc.strerror or exc})"))
        result.pending += 1
        return
    archive.beside.add(path)
    if not written:  # the editor's NAME.md.upstream: kept, and the item stays changed upstream until it is gone
        result.pending += 1
        result.problems.append(warning(path + BESIDE_SUFFIX, 1, (
            "changed upstream again, but you have edited this file since `briefgen fetch` wrote it: it is kept as it "
            "is and the newer version is not written; take what you want from it, delete it, and `briefgen fetch "
            "--update` writes the newer version here")))
        return
    archive.ours.add(sha(data))
    result.beside.append(path + BESIDE_SUFFIX)
    note_dropped(item, path + BESIDE_SUFFIX, result)
    line = first_difference(raw.decode("utf-8", "replace"), text)  # (where build and check warn of it too)
    result.problems.append(warning(path, line, (
        f"changed upstream, and edited here since it was imported: the new version is in "
        f"{path}{BESIDE_SUFFIX}; merge what you want from it, then delete it")))
    result.items[key] = replace(stored, fingerprint=mark, upstream=sha(data))
