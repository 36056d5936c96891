"""Cache files sealed with a checksum: a payload is trusted only when its blake2b matches.

Every file in `.briefgen-cache/` whose content could reach the site (memo shards, the
file index, the output record, fingerprints, the search state) is written as
`blake2b-256(payload) ‖ payload`, like the compiled-template cache
(`render/environment.py`). A version key only says which code wrote a file; it says
nothing about bytes damaged since (a disk, a copy, an editor, `sed`): a damaged pickle
often still loads, as other values. Reading checks the sum first (blake2b runs at
~1 GB/s per core), so a damaged file is discarded like a missing one.

The cache's paths are briefgen's own, so whatever damage put in their place is cleared
away when they are written (`own_folder`, `install`, `clear`): a folder where a cache file
belongs made every later build warn that it could not save (and stay slow), and a file
where a cache folder belongs made every build fail ("cannot write the site: Not a
directory"). A symlink the editor made (a cache on another disk) is followed, never removed.

Every cache file is opened with `open_file`, which refuses anything but a regular file: a named pipe in a
cache file's place (a damaged cache, a hostile one) made every build wait for a writer forever (a trial,
2026-12-04); a device would be read without end.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
from pathlib import Path
from typing import IO, Callable

CHECK_BYTES = 32  # blake2b-256


class Damaged(ValueError):
    """A sealed file or value whose payload does not match its checksum (or is too short to have one)."""


def checksum(payload: bytes | memoryview) -> bytes:
    """The 32-byte blake2b-256 digest that seals `payload`."""
    return hashlib.blake2b(payload, digest_size=CHECK_BYTES).digest()


def seal(payload: bytes) -> bytes:
    """`payload` with its checksum in front (for values kept elsewhere, e.g. a database column)."""
    return checksum(payload) + payload


def unseal(data: bytes | memoryview) -> memoryview:
    """The payload of `seal(payload)`, without a copy; raises `Damaged` when it does not match."""
    view = memoryview(data)
    payload = view[CHECK_BYTES:]
    if len(view) < CHECK_BYTES or checksum(payload) != view[:CHECK_BYTES]:
        raise Damaged("cache data does not match its checksum")
    return payload


def write(handle: IO[bytes], payload: bytes) -> None:
    """Write `seal(payload)` to `handle` without copying `payload` (a memo shard can be tens of MB)."""
    handle.write(checksum(payload))
    handle.write(payload)


def write_streamed(handle: IO[bytes], produce: Callable[[IO[bytes]], None]) -> None:
    """`write(handle, payload)` for the payload `produce(writer)` writes, without holding it in memory:
    the checksum's place is written first and filled in at the end (`handle` must be seekable, at
    its start). A memo shard of 180 MB (the story archive at 100,000 articles) was pickled into one
    bytes object before being written: that much more peak memory at the end of a cold build."""
    handle.write(bytes(CHECK_BYTES))
    hashing = _Hashing(handle)
    produce(hashing)  # type: ignore[arg-type]
    handle.seek(0)
    handle.write(hashing.digest.digest())
    handle.seek(0, 2)


class _Hashing:
    """A write-only file that hashes (blake2b-256) what it passes on to `handle`."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self.digest = hashlib.blake2b(digest_size=CHECK_BYTES)

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self._handle.write(data)


def open_file(path: Path | str) -> IO[bytes]:
    """`path` opened for reading when it is a regular file (a symlink to one is followed, as the editor may keep
    the cache elsewhere). Raises OSError (ENOENT when absent; EINVAL for a named pipe, socket, device or folder in
    its place), which every reader of the cache treats as a missing file. Opened without blocking, so that a pipe
    is refused at once instead of waiting for a writer."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_file(path: Path | str) -> bytes:
    """The bytes of the regular file `path` (`open_file`'s errors)."""
    with open_file(path) as handle:
        return handle.read()


def read(handle: IO[bytes]) -> memoryview:
    """The checked payload of a file written by `write`; raises `Damaged` when it does not match."""
    return unseal(handle.read())


def own_folder(folder: Path) -> None:
    """Make `folder` (in the cache) and its parents, first removing a plain file in the place of it
    or of the folder above it (the cache's own two levels: `.briefgen-cache/output-…`). Raises
    OSError when that is not possible (permissions, a dangling symlink)."""
    for path in (folder.parent, folder):
        if not path.is_dir() and os.path.lexists(path) and not os.path.islink(path):
            path.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def install(temp: str | Path, target: Path) -> None:
    """`os.replace(temp, target)`: a finished cache file into place, over a folder that took its
    place (removed first). Raises OSError as `os.replace` does otherwise."""
    try:
        os.replace(temp, target)
    except IsADirectoryError:
        if os.path.islink(target):
            raise
        shutil.rmtree(target)
        os.replace(temp, target)


def clear(path: Path) -> None:
    """Remove whatever is at `path` in the cache: a file, a link, a folder. Nothing there is fine."""
    if path.is_dir() and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def drop_links(folder: Path) -> None:
    """Remove every symbolic link directly inside the cache folder `folder` (memo/, templates/, output-*/, a
    file): the cache's own entries are briefgen's, and a link there led its writes elsewhere — `ln -s ../content
    .briefgen-cache/memo` put the memo's shards into content/ (a re-test of the hostile trial, 2026-12-04). Only
    `.briefgen-cache` itself may be a link the editor made (a cache on another disk). Raises OSError."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink():
                os.unlink(entry.path)


INPUT_FOLDERS = ("content", "templates", "static")


def among_inputs(cache: Path) -> Path | None:
    """Where the cache folder `cache` (the project's `.briefgen-cache`, perhaps a link the editor made) leads, when
    that is among the project's inputs — content/, templates/, static/, inside one, holding one, or the project
    itself — else None. The cache's files were written into content/ without a word through
    `ln -s content .briefgen-cache` (a hostile trial, 2026-12-04). A loop or a dangling link: None (whoever makes
    the folder says so)."""
    try:
        where, root = cache.resolve(), cache.parent.resolve()
    except (OSError, RuntimeError):
        return None
    folders = [root / name for name in INPUT_FOLDERS]
    inside = any(where == folder or folder in where.parents or where in folder.parents for folder in folders)
    return where if where == root or inside else None
