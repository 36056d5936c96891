"""What an output tree holds beyond the files briefgen wrote there as it wrote them, and what a build says of it.

A build makes the spare tree the new site and swaps it with the live `output/` (commit.py), so whatever the
live tree holds that briefgen did not write — a GitHub Pages `output/CNAME` added by hand, a page edited in
place, a file turned into a folder — leaves `output/` at that swap, and the spare tree holding it is emptied
of it by the build after. Two trials (2026-12-04, 2026-12-05) found this said a build late or not at all: the
CNAME vanished from `output/` without a word and was named one build later; a page edited in place was
"not made by briefgen" a build after it was restored; and a page edited in place that the next site no longer
had (its article deleted) stayed in the spare untouched — neither recorded as intact nor unrecorded — and came
back into `output/` with the swap, a deleted article still published.

So a build looks at both trees (`strays`): what the live tree holds beyond its record is named by the build
whose swap takes it out (`added_by_hand`, `changed_by_hand`), and recorded in the old tree's record as
`ANNOUNCED`, a record no file matches; the build after removes from the spare everything that is not as
recorded — unrecorded entries, files changed since, announced ones — and names only what nobody was told of
(`removed_by_hand`: put in the spare itself, or added to `output/` during the build).
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Mapping

from briefgen.diagnostics import Diagnostic, shown_path, warning
from briefgen.output.guards import MARKER
from briefgen.output.record import DIGEST, FileRecord

ANNOUNCED = FileRecord("", -1, -1, -1)  # (a size no file has: `verified` never vouches for it)


@dataclass(frozen=True, slots=True)
class Strays:
    """What a tree holds that is not as its record says: `added`, the outermost entries no record knows (full
    paths); `changed`, recorded paths whose entry is there but not as written (relative); `edited`, those of
    `changed` whose bytes differ from what briefgen wrote, or that are no longer a regular file (relative)."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    hollow: tuple[str, ...] = ()  # (unrecorded folders holding no file, full paths: removed, never named — a file
    # removed by hand leaves its folder behind in the other tree, which names nothing a reader could miss)


@dataclass(frozen=True, slots=True)
class Checked:
    """What `OutputTree.check` found of the spare tree: its files as verified (None: not to be trusted), and what
    else it holds (`strays`)."""

    spare_files: dict[str, FileRecord] | None
    spare: Strays


@dataclass(frozen=True, slots=True)
class TreeChecks:
    """What `OutputTree.checks` found of both trees: the live tree's `Strays` and the spare's `Checked`."""

    live: Strays
    spare: Checked


def strays(tree: Path, recorded: Mapping[str, FileRecord] | None, intact: Mapping[str, FileRecord],
           compare: bool = False) -> Strays:
    """`Strays` of `tree` against its record (`recorded`; None: nothing known, no strays) and the files of it found
    intact (`record.verified`). `compare`: read the changed files to tell `edited` ones (a `touch` changes a stat,
    not a page). One scandir per folder of the tree, plus an `lstat` for each recorded file not intact."""
    if recorded is None:
        return Strays()
    base = f"{tree}{os.sep}"
    changed = tuple(path for path in recorded if path not in intact and os.path.lexists(base + path))
    edited = tuple(path for path in changed if _edited(base + path, recorded[path])) if compare else ()
    found = unrecorded(tree, recorded)
    hollow = tuple(full for full in found if _hollow(full))
    return Strays(tuple(full for full in found if full not in hollow), changed, edited, hollow)


def _hollow(full: str) -> bool:
    """Whether `full` is a folder (not a link) with nothing in it but folders like it."""
    if os.path.islink(full) or not os.path.isdir(full):
        return False
    try:
        with os.scandir(full) as entries:
            return all(entry.is_dir(follow_symlinks=False) and _hollow(entry.path) for entry in entries)
    except OSError:
        return False


def _edited(full: str, record: FileRecord) -> bool:
    try:
        if not stat.S_ISREG(os.lstat(full).st_mode):
            return True
        with open(full, "rb") as handle:
            return hashlib.blake2b(handle.read(), digest_size=16).hexdigest() != record[DIGEST]
    except OSError:
        return True


def unrecorded(tree: Path, recorded: Mapping[str, object]) -> list[str]:
    """What `tree` holds beyond the files of its record and its marker: the outermost such entries
    (a file, a link, a folder holding no recorded file), as full paths. A file added by hand to the
    live output went to the spare with it and back into the site on the next swap, published on
    every other build ("the next build repairs anything edited by hand"). One scandir per folder
    of the tree.

    The record is first turned into each folder's recorded names (files, and folders that hold recorded
    files), so that a folder's entries are looked up by name alone: paths joined per entry and per folder
    (`os.path.join` of a `Path`) made this 0.3-0.4 s a tree of a 10,000-article site's 13,413 folders, twice a
    one-edit rebuild (live and spare; cProfile, 2026-12-05)."""
    files: dict[str, set[str]] = {"": set()}  # folder → names of the recorded files in it
    folders: dict[str, set[str]] = {"": set()}  # folder → names of the folders in it that hold recorded files
    for path in recorded:
        folder, _, name = path.rpartition("/")
        names = files.get(folder)
        if names is None:  # a folder not seen yet: named in its parent, and that in its own when new too
            names = files[folder] = set()
            folders.setdefault(folder, set())
            child = folder
            while True:
                parent, _, own = child.rpartition("/")
                seen = parent in folders
                folders.setdefault(parent, set()).add(own)
                files.setdefault(parent, set())
                if seen:
                    break
                child = parent
        names.add(name)
    base = os.fspath(tree)
    found: list[str] = []
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(f"{base}{os.sep}{folder}" if folder else base))
        except OSError:
            continue
        known, inner = files[folder], folders[folder]
        for entry in entries:
            name = entry.name
            if name in inner and entry.is_dir(follow_symlinks=False):
                pending.append(f"{folder}/{name}" if folder else name)
            elif name not in known and (folder or name != MARKER):  # (a tree holds a commit's `..briefgen.*`
                found.append(entry.path)  # temporary marker only while untrusted: a name like it is someone else's)
    return found


def added_by_hand(output: Path, path: str, root: Path, paths: Collection[str], spare: Path) -> Diagnostic:
    """The warning for an entry of `output` (`path` within it) no build made, taken out of `output/` by this
    build's swap (the SPEC trial's GitHub Pages `output/CNAME`) into the spare tree at `spare` (commit.py), which
    holds it until the next build. `paths`: the new site's; when it has a file at that address (a `static/CNAME`
    added as the warning advised) or files in that folder, briefgen's replaced it and the warning says so, where it
    said "has left the output" (a tester, 2026-12-05); it names the spare where it is — beside an output on another
    mount, not in .briefgen-cache/ (the same tester)."""
    fate, replaced = _fate(path, paths, "it has left the output")
    return warning(shown_path(output / path, root), 0, "was not made by briefgen (added to the output by hand or by "
                   f"another tool): {fate} (briefgen's spare copy of the old site holds what was added until the "
                   f"next build, as {shown_path(spare / path, root)}); {_advice(replaced)}")


def _fate(path: str, paths: Collection[str], gone: str) -> tuple[str, bool]:
    """What became of an entry no build made at `path` once the site is `paths`, and whether briefgen's file or
    folder replaced it there (else the site does not hold it: `gone`, "it has left the output")."""
    if path in paths:
        return "this build's site has a file of its own at that address, and briefgen's replaced it", True
    folder = f"{path}/"
    if any(other.startswith(folder) for other in paths):
        return "this build's site has files of its own in that folder, and briefgen's replaced it", True
    return f"this build's site does not hold it, so {gone}", False


def _advice(replaced: bool) -> str:
    return ("the output is made anew by every build — change the content, static/ or the templates instead"
            if replaced else "to publish a file of your own, put it in static/")


def changed_by_hand(output: Path, path: str, root: Path, still_published: bool) -> Diagnostic:
    """The warning for a file briefgen wrote in `output` and someone changed since (edited in place, replaced by a
    folder or a link), put right or taken out by this build."""
    now = ("this build wrote briefgen's own again" if still_published
           else "this build's site no longer holds it, so it has left the output")
    return warning(shown_path(output / path, root), 0, "was changed after briefgen wrote it (by hand or by another "
                   f"tool): {now}; the output is made anew by every build — change the content, static/ or the "
                   "templates instead")


def removed_by_hand(output: Path, path: str, root: Path, paths: Collection[str], spare: Path) -> Diagnostic:
    """The warning for an entry of the spare tree (at `spare`) no record knows and nobody was told of (put in
    briefgen's spare copy, or added to `output` while the build before ran), now removed. `paths`, the new site's:
    as in `added_by_hand`."""
    fate, replaced = _fate(path, paths, "it is now removed")
    return warning(shown_path(output / path, root), 0, "was not made by briefgen (added to the output by hand "
                   f"or by another tool, or put in briefgen's spare copy of the site, {shown_path(spare, root)}): "
                   f"{fate}; {_advice(replaced)}")
