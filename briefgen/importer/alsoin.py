"""`also_in:` on an existing article: another outlet's feed carried the same link (docs/fetch.md, The same
article in two feeds).

Takes the article's `Record`, the other outlet's name, the run's `Ingested`, the `Archive` and the settings;
adds the outlet to the file's `also_in:` by `frontedit.front_edit` (its own lines only, read back before it is
written), or warns at the file's line when that edit is refused (a front matter written as one flow mapping),
saying what to add by hand: once per file and outlet, remembered in the feed's state (`FeedState.refused`) and
said again only when the file's bytes change (it was said on every run that found the duplicate; `-v` notes it).
An edit of fetch's bytes stays fetch's (`Archive.ours`), so `--update` still applies. The file is replaced only if it
still holds the bytes read (`articles.replace_if_unchanged`): an editor's save between fetch's read and its write is
kept and the outlet left for the editor to add, with a warning (BR12, 2026-12-06: it was replaced, the save lost).
"""
from __future__ import annotations

import json

from briefgen.diagnostics import warning
from briefgen.importer.archive import Archive, Record, read_front
from briefgen.importer.articles import replace_if_unchanged, sha
from briefgen.importer.frontedit import front_edit
from briefgen.importer.ingested import Ingested, Settings, inside_articles


def refusal_mark(raw: bytes, source: str) -> str:
    """What a refused `also_in:` edit is remembered by (`FeedState.refused`): the sha256 of the file's bytes and
    the outlet's name, so that a changed file, or another outlet, is warned about again."""
    return sha(raw + b"\x00" + source.encode("utf-8", "surrogatepass"))


def add_also_in(record: Record, source: str, result: Ingested, archive: Archive, settings: Settings) -> None:
    """Record on the existing article that `source` carried it too (once; never its own source)."""
    if not record.path or record.source.casefold() == source.casefold():
        return
    target = inside_articles(settings.root, record.path)
    if target is None:
        return
    try:
        raw = target.read_bytes()
    except OSError:
        return
    front = read_front(raw) or {}
    also = front.get("also_in")
    names = [str(a) for a in also] if isinstance(also, list) else [str(also)] if isinstance(also, str) else []
    if any(n.casefold() == source.casefold() for n in names):
        return
    edit = front_edit(raw, "also_in", names + [source])
    listed = json.dumps(names + [source], ensure_ascii=False)  # (what to add by hand: JSON is YAML's flow list, quoted)
    if edit.data is None:
        mark = result.refused[record.path] = refusal_mark(raw, source)
        if result.refused_before.get(record.path) == mark:  # (warned on an earlier run, the file as it is now)
            result.notes.append(f"{record.path}: `also_in: {source}` still not added ({edit.why}); add "
                                f"`also_in: {listed}` by hand")
            return
        result.problems.append(warning(record.path, edit.line, (
            f"{edit.why}: `also_in: {source}` was not added (the same link came in {source}'s feed); add "
            f"`also_in: {listed}` to the front matter by hand (said once, again when the file changes)")))
        return
    edited = edit.data
    ours = sha(raw) in archive.ours  # fetch's bytes before: so are they after (not an edit of the editor's)
    try:  # (replaced only if the file still holds the bytes read: an editor's save meanwhile is kept, BR12)
        written = replace_if_unchanged(target, sha(raw).__eq__, edited,
                                       (lambda: archive.note(record.path, edited)) if ours else None)
    except OSError as exc:
        result.problems.append(warning(record.path, 1, f"cannot record also_in: {source} ({exc.strerror or exc})"))
        return
    if not written:
        result.problems.append(warning(record.path, 1, (
            f"the file changed while fetch was adding `also_in: {source}` (the same link came in {source}'s feed): "
            f"your change is kept and also_in was not added; add `also_in: {listed}` to the front matter by hand")))
        return
    if ours:
        archive.ours.add(sha(edited))
    result.edited.append((record.path, sha(raw), sha(edited)))
