"""The memo: expensive per-file results keyed by content hash, in memory and on disk.

`serve` keeps one `Memo` alive across rebuilds; the CLI loads it from
`.briefgen-cache/` and saves it back. The cache only ever speeds things up: a missing,
corrupt or foreign-version cache file is ignored, and entries not used by the latest
build are dropped when saving so the file never grows without bound.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Hashable

from . import __version__

CACHE_FORMAT = 1


def version_key() -> str:
    """A new briefgen, cache format or Python invalidates every entry."""
    return f"briefgen {__version__} format {CACHE_FORMAT} python {sys.version_info[:2]}"


def digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


class Memo:
    """A dict of results by key that remembers which keys the current build used."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, Any] = {}
        self._used: set[Hashable] = set()
        self._changed = False

    def __len__(self) -> int:
        return len(self._entries)

    def begin(self) -> None:
        self._used = set()

    def get(self, key: Hashable) -> Any | None:
        value = self._entries.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        self._entries[key] = value
        self._used.add(key)
        self._changed = True

    def prune(self) -> None:
        """Forget entries the last build did not use (deleted or edited files)."""
        if len(self._used) != len(self._entries):
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
            self._changed = True

    def load(self, path: Path) -> None:
        try:
            with open(path, "rb") as handle:
                version, entries = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
                ImportError, IndexError):
            return  # no cache, or an unreadable one: start empty
        if version == version_key() and isinstance(entries, dict):
            self._entries = entries
            self._changed = False

    def save(self, path: Path) -> None:
        """Atomically replace the cache file, only when something changed."""
        self.prune()
        if not self._changed:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((version_key(), self._entries), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        self._changed = False
