"""The memo: expensive per-file results keyed by content hash, in memory and on disk.

`serve` keeps one `Memo` alive across rebuilds; the CLI opens the one in
`.briefgen-cache/memo/`. On disk the memo is split into shards by namespace and key,
loaded only when a key in them is asked for and rewritten only when they changed, so
a one-file edit of a 10,000-article site reads the small shards it needs and writes a
few. The cache only ever speeds things up: a missing, foreign-version or damaged shard
(one that fails its checksum, `briefgen.sealed`: a damaged pickle often still loads) is
ignored, and entries the latest build did not use are dropped when saving.
"""
from __future__ import annotations

import functools
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Container, Iterable, TypeVar

from briefgen import __version__, sealed
from briefgen.speed import pickling

CACHE_FORMAT = 4  # 4: shards sealed with a checksum (`briefgen.sealed`)
SHARDS = 64
Key = tuple  # (namespace, hex digest, ...)
R = TypeVar("R")
Learnt = tuple[tuple[Key, ...], dict[Key, Any]]  # (keys used, new entries): what a forked worker's memo learnt


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Identity of briefgen's own code and theme (32 hex digits): output made by other code is never reused.

    Each file's path, size and modification time (ns) — not its bytes: the rule Python's own import system trusts
    to take a module's cached bytecode for its source (PEP 552's default, seconds and size), so code that changed
    without either is code Python would not reload either. Reading and hashing the ~340 files cost 45-95 ms on every
    command (measured 2026-12-05; a no-change rebuild of 10,000 articles takes ~0.2 s); their stats cost 3-8 ms.
    The bytecode folders are not walked."""
    package = Path(__file__).parent.parent
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    found = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        found.extend(os.path.join(folder, name) for name in names
                     if name.endswith((".py", ".html", ".css", ".js", ".svg", ".txt")))  # (.txt: load/'s data)
    for path in sorted(found):
        stat = os.stat(path)
        h.update(f"{os.path.relpath(path, package)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode(
            "utf-8", "surrogateescape"))
    return h.hexdigest()


def version_key() -> str:
    """Other briefgen code, cache format or Python invalidates every entry."""
    return f"briefgen {code_digest()} format {CACHE_FORMAT} python {sys.version_info[:2]}"


def digest(*parts: bytes | str) -> str:
    """A 32-hex-digit key of `parts`. Text is hashed as UTF-8; a path holding bytes that are not
    (a project folder named on another system) as the bytes it was read from (surrogateescape)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def _shard_of(key: Key) -> tuple[str, int]:
    return key[0], int(key[1][:4], 16) % SHARDS


class Memo:
    """Results by key, remembering which keys the current build used."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._shards: dict[tuple[str, int], dict[Key, Any]] = {}
        self._dirty: set[tuple[str, int]] = set()
        self._used: set[Key] = set()
        self._pruned: set[tuple[str, int]] = set()  # shards pruned since `begin`: every entry they hold is used
        self._new: dict[Key, Any] | None = None  # in a forked worker (`recording`): what `put` added since the last item

    def load(self, directory: Path) -> None:
        """Use `directory` for shards from now on (they are read lazily)."""
        if directory != self._directory:
            self._directory = directory
            self._shards.clear()
            self._dirty.clear()
            self._pruned.clear()

    def begin(self) -> None:
        self._used = set()
        self._pruned = set()

    def get(self, key: Key) -> Any | None:
        name = (key[0], int(key[1][:4], 16) % SHARDS)  # (`_shard` inlined: ~35,000 calls in a one-edit rebuild at
        shard = self._shards.get(name)  # 10,000 articles)
        if shard is None:
            shard = self._shards[name] = self._read(name)
        value = shard.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: Key, value: Any) -> None:
        self._shard(key)[key] = value
        self._dirty.add(_shard_of(key))
        self._used.add(key)
        if self._new is not None:
            self._new[key] = value

    def keep(self, key: Key) -> None:
        """Mark an entry as still needed without loading its shard."""
        self._used.add(key)

    def keep_all(self, keys: Iterable[Key]) -> None:
        """`keep` for many keys at once (one call for 100,000 entries)."""
        self._used.update(keys)

    def recording(self, work: Callable[[int], R]) -> Callable[[int], tuple[R, Learnt | None]]:
        """`work` for `speed.parallel.share_work`, each result paired with what a forked worker's memo learnt doing it.

        A worker's memo is its own copy (`fork`): the entries it `put` (a story page's comparison, a body parsed again)
        and the keys it used were lost with it, so the build saved only its own process's part and the next build
        computed the rest again (SP17: 81 of the 1,000-article corpus's 199 comparisons kept). Here a worker sends
        `(keys used, new entries)` back with each result — entries of the size of the results they came from;
        in this process (or when nothing forks) the memo already has them: `None`. `learn` takes the pairs apart."""
        home = os.getpid()

        def run(i: int) -> tuple[R, Learnt | None]:
            if os.getpid() == home:
                return work(i), None
            if self._new is None:  # this worker's first item: from now on its memo records what it learns
                self._new, self._used = {}, set()
            result = work(i)
            learnt = (tuple(self._used), self._new)
            self._new, self._used = {}, set()
            return result, learnt

        return run

    def learn(self, results: Iterable[tuple[R, Learnt | None]]) -> list[R]:
        """The results of `recording`'s work, in order, after adding what the workers learnt to this memo (their new
        entries `put`, the keys they used kept: saved like this process's own)."""
        plain = []
        for result, learnt in results:
            if learnt is not None:
                used, new = learnt
                self._used.update(used)
                for key, value in new.items():
                    self.put(key, value)
            plain.append(result)
        return plain

    def prune(self, leave: Container[str] = ()) -> None:
        """Forget entries of loaded shards that the last build did not use (but in namespaces `leave`).

        A shard pruned since `begin` is not read again: what it held then was used, and an entry enters a shard only
        by `put`, which marks it used (a build prunes twice: `save` with `leave`, then without)."""
        for name, shard in self._shards.items():
            if name[0] in leave or name in self._pruned:
                continue
            stale = [k for k in shard if k not in self._used]
            for key in stale:
                del shard[key]
            if stale:
                self._dirty.add(name)
            self._pruned.add(name)

    def _shard(self, key: Key) -> dict[Key, Any]:
        name = _shard_of(key)
        shard = self._shards.get(name)
        if shard is None:
            shard = self._shards[name] = self._read(name)
        return shard

    def _path(self, name: tuple[str, int]) -> Path | None:
        return None if self._directory is None else self._directory / f"{name[0]}-{name[1]:02d}.pickle"

    def _read(self, name: tuple[str, int]) -> dict[Key, Any]:
        path = self._path(name)
        if path is None:
            return {}
        try:
            with sealed.open_file(path) as handle:
                version, entries = pickling.loads(sealed.read(handle))
        except Exception:  # absent, truncated, damaged (fails its checksum) or written by something else: start empty
            return {}
        return entries if version == version_key() and isinstance(entries, dict) else {}

    def save(self, leave: Container[str] = ()) -> None:
        """Atomically rewrite the shards that changed; those of namespaces in `leave` wait for a
        later call (a build saves what it has settled while it waits for its page fingerprints,
        and the namespaces rendering still uses at its end: publish.py)."""
        self.prune(leave)
        if self._directory is None:
            self._dirty = {name for name in self._dirty if name[0] in leave}
            return
        sealed.own_folder(self._directory)
        for name in sorted(name for name in self._dirty if name[0] not in leave):
            path = self._path(name)
            assert path is not None
            handle, temp = tempfile.mkstemp(dir=self._directory, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    entries = self._shards[name]  # pickled straight into the file: no copy in memory
                    sealed.write_streamed(out, lambda writer: pickling.dump((version_key(), entries), writer))
                sealed.install(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
            self._dirty.discard(name)
