"""A static file's print: what tells a build, without reading the file, that it did not change.

Static files (images, CSS, video) are copied into the site as they are; a build copies one again
only when its print differs from the last build's (`publish`), and does nothing at all when every
input's identity is the last build's (`build.input_key`). A print of size and modification time
alone missed two kinds of edit, and the old bytes stayed published, build after build, with
nothing said:

- an edit that keeps the modification time: tools that set it (`cp -p`, `rsync -a`, `tar x`,
  `touch -r`, and reproducible-build tooling that dates every file alike, like Nix's 1 or
  `SOURCE_DATE_EPOCH`). The print therefore also holds the inode-change time and the inode, which
  the kernel sets on every change and no call can set back.
- an edit within the file system's timestamp granularity of the moment the build looked (1 s on
  ext4 with 128-byte inodes, 2 s on FAT; a write made while `serve` rebuilds): size and times all
  as before. As git does for its index ("racy git"), a file changed less than `RACY_SECONDS`
  before the build looks — or dated in the future (clock skew) — gets its content hash in its
  print, so the print can only match again on the same bytes.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from briefgen.diagnostics import Diagnostic, shown_path
from briefgen.load.files import cannot_read
from briefgen.speed.files import RACY_SECONDS

PIECE = 1 << 20  # bytes hashed at a time (a static file may be a large video)


def static_print(source: Path, found: os.stat_result, now_ns: int) -> str:
    """The print of the static file `source`, whose `os.stat` is `found`, looked at when the clock
    (`time.time_ns()`) read `now_ns`: "size:mtime_ns:ctime_ns:inode", followed by ":" and the
    blake2b-128 of its bytes when it changed within `RACY_SECONDS` of `now_ns` or after it.
    Raises OSError when such a file cannot be read (the caller reports it)."""
    print_ = f"{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}:{found.st_ino}"
    if max(found.st_mtime_ns, found.st_ctime_ns) < now_ns - int(RACY_SECONDS * 1e9):
        return print_
    return f"{print_}:{_content_digest(source)}"


def _content_digest(source: Path) -> str:
    """The blake2b-128 of the file's bytes, read PIECE bytes at a time; raises OSError."""
    digest = hashlib.blake2b(digest_size=16)
    with os.fdopen(os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:  # (a pipe put
        while piece := handle.read(PIECE):  # in its place must not block the build)
            digest.update(piece)
    return digest.hexdigest()


def settled(previous: str | None, current: str, source: Path) -> bool:
    """Whether the static file `source`, printed `current` now (no content hash: not racy), still has
    the bytes of the last build's print `previous`, taken in the same state (size, times, inode)
    while it was racy (with a content hash). Hashes the file once to tell. Without it, such a file
    was copied again by the next build that looked after RACY_SECONDS and counted as written: three
    builds of an unchanged site, the second within 2 s of an edit, printed "(1 file written)" last.
    Raises OSError when the file cannot be read."""
    if previous is None or not previous.startswith(current + ":") or previous.count(":") != current.count(":") + 1:
        return False
    return previous.rsplit(":", 1)[1] == _content_digest(source)


def static_identities(static: dict[str, Path], found: dict[str, os.stat_result], root: Path,
                      problems: list[Diagnostic]) -> list[str]:
    """"path:print" of each static file in `found` (output path → its stat, `load.files.static_stats`;
    `static`: output path → source file, in the project `root`), for `build.input_key`. A file that
    cannot be read to make its print is reported in `problems` and left out."""
    now, identities = time.time_ns(), []
    for path, stat in found.items():
        try:
            identities.append(f"{path}:{static_print(static[path], stat, now)}")
        except OSError as exc:
            problems.append(cannot_read(shown_path(static[path], root), exc))
    return identities
