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
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from briefgen import sealed
from briefgen.diagnostics import Diagnostic
from briefgen.load.files import Confinement, Reader, SourceFile, cannot_read, read_source
from briefgen.speed import pickling
from briefgen.speed.memo import digest, version_key

RACY_SECONDS = 2.0  # coarser than any file system's mtime granularity in use (FAT: 2 s)
Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


class FileIndex:
    """path → (stat, revision), loaded from and saved to one file in the cache folder."""

    def __init__(self, path: Path | None, save: bool = True) -> None:
        self._path = path
        self._save = save
        self._entries: dict[str, tuple[Stat, str]] = {}
        self._written_ns = 0  # when the loaded index was saved
        if path is not None:
            try:
                with open(path, "rb") as handle:
                    version, written_ns, entries = pickling.loads(sealed.read(handle))
                if version == version_key() and isinstance(entries, dict):
                    self._entries, self._written_ns = entries, written_ns
            except Exception:  # absent, damaged (fails its checksum) or foreign: hash everything again
                pass
        self._seen: dict[str, tuple[Stat, str]] = {}
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

    def save(self) -> None:
        """Remember the stats seen in this build (atomically; a cache, so failures are the caller's warning)."""
        if self._path is None or not self._save:
            return
        sealed.own_folder(self._path.parent)
        handle, temp = tempfile.mkstemp(dir=self._path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                sealed.write(out, pickling.dumps((version_key(), time.time_ns(), self._seen)))
            sealed.install(temp, self._path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
