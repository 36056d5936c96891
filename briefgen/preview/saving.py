"""A save in two steps: hold the rebuild while a content file changed a moment ago is empty.

Some editors and sync tools save by emptying the file and writing it again 0.15–1.5 s later (a trial, 2026-12-04:
every open tab showed "Build failed … content files must start with a line '---'" until the second write). An empty
content file just changed is most likely mid-save, so `serve` waits: the batch is built once the file has content
again, or once it has stayed empty for HOLD seconds since its last change (at most HOLD_MAX in all), and then an empty
file is reported as before. Only `serve` holds (it watches); `build` reads the files as they are.

Takes a debounced batch (project-relative POSIX paths) and the `watch.Debouncer` that gave it; gives the batch with
whatever changed meanwhile, or None when the preview is stopping.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from briefgen.preview.watch import Debouncer

HOLD = 2.0  # seconds an emptied content file may stay empty before its build goes ahead
HOLD_MAX = 10.0  # seconds a batch is held at most, however often the file is emptied again


def emptied(batch: frozenset[str], root: Path) -> frozenset[str]:
    """The content files (`content/…/*.md`) of `batch` that are there and empty now: 0 bytes, or nothing but a
    UTF-8 byte order mark and white space (an editor writing UTF-8 with a BOM starts its save with the BOM: a
    re-test, 2026-12-04, got "Build failed" for `printf '\xef\xbb\xbf' > f` and the article a second later)."""
    found = set()
    for path in batch:
        if path.startswith("content/") and path.endswith(".md"):
            try:
                if _blank(root / path):
                    found.add(path)
            except OSError:
                continue
    return frozenset(found)


_BLANK_MAX = 256  # bytes: a longer file holds something to build, however blank (then it is read as any file)


def _blank(path: Path) -> bool:
    """Whether the file at `path` holds no more than a BOM and white space (at most _BLANK_MAX bytes read).
    Raises OSError when it cannot be read."""
    if os.stat(path).st_size > _BLANK_MAX:
        return False
    with open(path, "rb") as handle:
        data = handle.read(_BLANK_MAX + 1)
    return not data.removeprefix(b"\xef\xbb\xbf").strip()


def settled(batch: frozenset[str], root: Path, debouncer: Debouncer,
            clock: Callable[[], float] = time.monotonic) -> frozenset[str] | None:
    """`batch` once no content file in it is an empty file changed less than HOLD seconds ago (HOLD_MAX at most),
    with the batches that came meanwhile added; None when `debouncer` is closed meanwhile."""
    started = last = clock()
    empty = emptied(batch, root)
    while empty:
        now = clock()
        left = min(last + HOLD, started + HOLD_MAX) - now
        if left <= 0:
            break
        more = debouncer.wait(timeout=left)
        if debouncer.closed:
            return None
        if more is not None:
            batch |= more
            if more & empty or emptied(more, root):
                last = clock()  # (emptied again, or another file emptied: its own wait)
        empty = emptied(batch, root)
    return batch
