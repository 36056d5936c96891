"""Content hashes of files, remembered by their stat: unchanged files are not read again.

A file's revision is the hash of its path and bytes. Hashing every file on every build
means reading the whole archive (80 MB at 10,000 articles); instead each file's
(size, mtime, ctime, inode) is remembered with its revision, and a file whose stat is
unchanged keeps it. Like git's index, a stat that is too recent to be trusted (the file
could be modified again within the file system's timestamp granularity without its
times changing) is re-hashed every time until it has aged (`RACY_SECONDS`): recent by its
mtime or by its inode-change time, which an edit that sets the mtime back (`cp -p`,
`touch -r`, tooling that dates every file alike: Nix's 1) leaves as the only recent one;
trusting such a file by its old mtime kept the old text published for good on a disk that
keeps whole seconds, as `speed/staticprints` found for static files. A file whose
mode bits deny this process reading it is read every time too (so an unreadable one is
reported as a cold build reports it, also when the index was made by a build that could read it).

The index also remembers what `content/articles/` and `content/notes/` listed (`discover`),
by the stat of every folder walked: a folder's mtime changes whenever a name in it is
added, removed or renamed, so when no folder's stat changed the walk would find the same
files, and 100,000 names need not be listed, sorted and checked again (0.5 s of a 0.9-1.2 s
no-change build at 100,000 articles, cProfile). Kept only for a plain tree: no symlink, no
pipe or other special file, nothing reported; trusted under the same racy rule as files.
"""
from __future__ import annotations

import os
import stat as stat_module
import tempfile
import time
from pathlib import Path
from typing import Iterator

from briefgen import sealed
from briefgen.diagnostics import Diagnostic
from briefgen.load.files import Confinement, Reader, SourceFile, cannot_read, discover, read_source
from briefgen.speed import pickling
from briefgen.speed.memo import digest, version_key

RACY_SECONDS = 2.0  # coarser than any file system's mtime granularity in use (FAT: 2 s)
Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
FolderStamp = tuple[int, int, int, int]  # device, inode, mtime_ns, ctime_ns (of lstat: a link in its place differs)
# What one content folder listed: when its walk started (ns), every folder walked with its stamp
# (relative to the project root), and the files found (SourceFile fields, as plain tuples: 5x faster to unpickle).
Listing = tuple[int, tuple[tuple[str, FolderStamp], ...], tuple[tuple[str, str, str, str], ...]]


class FileIndex:
    """path → (stat, revision), loaded from and saved to one file in the cache folder."""

    NAME = "files.pickle"  # in the cache folder

    def __init__(self, path: Path | None, save: bool = True, reuse: bool = False) -> None:
        """`path`: the index file (None: start empty); `save`: whether `save` writes it; `reuse`: a
        listing this object walks is taken by its later `discover` calls too, under the same rule as
        a saved one (a long-lived reader that never saves: serve's provisional pages, which would
        otherwise walk 100,000 names, ~0.5 s, on every request)."""
        self._path = path
        self._save = save
        self._reuse = reuse
        self._entries: dict[str, tuple[Stat, str]] = {}
        self._listings: dict[str, Listing] = {}
        self._written_ns = 0  # when the loaded index was saved
        if path is not None:
            try:
                with sealed.open_file(path) as handle:
                    version, written_ns, entries, listings = pickling.loads(sealed.read(handle))
                if version == version_key() and isinstance(entries, dict) and isinstance(listings, dict):
                    self._entries, self._written_ns, self._listings = entries, written_ns, listings
            except Exception:  # absent, damaged (fails its checksum) or foreign: hash everything again
                pass
        self._seen: dict[str, tuple[Stat, str]] = {}
        self._listed: dict[str, Listing] = {}  # content folder ("articles") → what this build's walk found
        self.changed = False  # some file was hashed afresh: saving would spare the next build that work

    def revisions(self, root: Path, files: list[SourceFile], confine: Confinement
                  ) -> tuple[list[SourceFile], list[Diagnostic]]:
        """The files with their revisions; a file that cannot be read (`read_source`: also one that
        now leads out of `confine`, or is no regular file) is left out and reported."""
        done: list[SourceFile] = []
        problems: list[Diagnostic] = []
        trusted_before = self._written_ns - int(RACY_SECONDS * 1e9)
        base = f"{root}{os.sep}"
        entries, seen, stat_of = self._entries, self._seen, os.stat  # a tight loop: 100,000 files at scale
        make = SourceFile._make
        uid, groups = Reader.current()
        for path, stem, id_prefix, _ in files:
            try:
                st = stat_of(base + path)
                stat = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
                known = entries.get(path)
                # Kept unread only if its mode bits let this process read it (Reader.read_bit, inline):
                # else it is read as a cold build reads it, which reports it if it cannot be read.
                if (known is not None and known[0] == stat and max(st.st_mtime_ns, st.st_ctime_ns) < trusted_before and st.st_mode
                        & (0o400 if st.st_uid == uid else 0o040 if st.st_gid in groups else 0o004)):
                    seen[path] = known
                    revision = known[1]
                else:
                    revision = digest(path, read_source(root, path, confine))
                    seen[path] = (stat, revision)
                    self.changed = True
            except OSError as exc:
                problems.append(cannot_read(path, exc))
                continue
            done.append(make((path, stem, id_prefix, revision)))
        return done, problems

    def discover(self, root: Path, folder: str, confine: Confinement) -> tuple[list[SourceFile], list[Diagnostic]]:
        """`load.files.discover` of content/<folder>: what its last walk found when no folder walked
        has changed since (the same files, in the same order; a walk that reported anything, or met a
        symlink or a special file, is never kept), else a walk, remembered when it is plain."""
        kept = self._listings.get(folder)
        if kept is not None and _unchanged(root, kept):
            self._listed[folder] = kept
            return list(map(SourceFile._make, kept[2])), []
        start = time.time_ns()
        stamps = _plain_stamps(root, f"content/{folder}")  # (before the walk: a change during it shows in a stamp)
        files, problems = discover(root, folder, confine)
        if stamps is not None and not problems:
            self._listed[folder] = (start, stamps, tuple(map(tuple, files)))
            self.changed = True
            if self._reuse:
                self._listings[folder] = self._listed[folder]
        elif self._reuse:
            self._listings.pop(folder, None)  # (stale for good: a folder's ctime never goes back)
        return files, problems

    def stop_saving(self) -> None:
        """Use what was loaded, save nothing (a cache folder this build cannot write)."""
        self._save = False

    def save(self) -> None:
        """Remember the stats seen in this build (atomically; a cache, so failures are the caller's warning)."""
        if self._path is None or not self._save:
            return
        sealed.own_folder(self._path.parent)
        handle, temp = tempfile.mkstemp(dir=self._path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                sealed.write(out, pickling.dumps((version_key(), time.time_ns(), self._seen, self._listed)))
            sealed.install(temp, self._path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def _stamp(path: str) -> FolderStamp:
    found = os.lstat(path)
    return (found.st_dev, found.st_ino, found.st_mtime_ns, found.st_ctime_ns)


def _unchanged(root: Path, listing: Listing) -> bool:
    """Whether every folder of `listing` still has its stamp, and each was last changed at least
    RACY_SECONDS before the walk began (so no change during or after the walk can hide behind a
    coarse timestamp: the rule of `FileIndex.revisions`). Never raises."""
    trusted_before = listing[0] - int(RACY_SECONDS * 1e9)
    base = f"{root}{os.sep}"
    try:
        for rel, stamp in listing[1]:
            if _stamp(base + rel) != stamp or max(stamp[2], stamp[3]) >= trusted_before:
                return False
    except (OSError, ValueError):
        return False
    return True


def _plain_stamps(root: Path, rel: str) -> tuple[tuple[str, FolderStamp], ...] | None:
    """The stamps of `rel` (content/articles), of content/ above it and of every folder below it
    that a walk enters, each taken before the folder is listed; None when the tree is not plain:
    a symlink (its target can change with no folder's stat changing), anything that is neither a
    file nor a folder, or a folder that cannot be read. Dot-names are left out, as the walk leaves them."""
    try:
        found = [(rel.rpartition("/")[0], _stamp(f"{root}/{rel.rpartition('/')[0]}"))]
        for folder, stamp in _folders(f"{root}{os.sep}", rel):
            found.append((folder, stamp))
    except (OSError, _NotPlain):
        return None
    return tuple(found)


class _NotPlain(Exception):
    pass


def _folders(base: str, rel: str) -> Iterator[tuple[str, FolderStamp]]:
    found = os.lstat(base + rel)  # (before the listing: a name added while it is read changes the mtime)
    if not stat_module.S_ISDIR(found.st_mode):
        raise _NotPlain(rel)
    yield rel, (found.st_dev, found.st_ino, found.st_mtime_ns, found.st_ctime_ns)
    with os.scandir(base + rel) as entries:
        below = []
        for entry in entries:
            if entry.name[0] == ".":
                continue
            if entry.is_dir(follow_symlinks=False):
                below.append(entry.name)
            elif not entry.is_file(follow_symlinks=False):  # a symlink, a pipe, a socket, a device
                raise _NotPlain(entry.path)
    for name in below:
        yield from _folders(base, f"{rel}/{name}")
