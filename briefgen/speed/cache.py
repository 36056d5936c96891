"""The project's disposable caches in `.briefgen-cache/`: opened without ever failing a build.

Holds the memo (parsed files and analyses), the file index (revisions by stat), compiled
templates, and per output folder the record of what it holds and the page fingerprints
of the last build. A cache folder that cannot be used (it is a file, it is read-only, the
disk is full) is a warning and the build goes on without it; deleting it changes speed,
never output.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Container

from briefgen import sealed
from briefgen.diagnostics import Diagnostic, warning
from briefgen.speed.files import FileIndex
from briefgen.speed.memo import Memo, digest

CACHE_DIR = ".briefgen-cache"
KEEP_OUTPUT_STATES = 4  # per-output folders kept (each `serve` session builds into a new one)


class BuildCache:
    """The caches a build of `root` into `output` uses; `problems` holds warnings about them."""

    def __init__(self, root: Path, output: Path, memo: Memo | None = None, files: FileIndex | None = None,
                 read_only: bool = False) -> None:
        """`read_only` (for `check`): use what is there, create and save nothing. `files`: the file
        index, when the build has read it already (it lists content/ before the cache is opened)."""
        self.dir = root / CACHE_DIR
        self.problems: list[Diagnostic] = []
        self._unsaved: dict[str, str] = {}  # what this build could not save → why (`unsaved`)
        self.writable = not read_only and self._usable()
        readable = self.writable or (read_only and self.dir.is_dir())
        self.persistent_memo = memo is None
        self.memo = memo if memo is not None else Memo(self.dir / "memo" if readable else None)
        self.files = files if files is not None else FileIndex(self.dir / FileIndex.NAME if readable else None)
        if not self.writable:
            self.files.stop_saving()
        self.templates = self.dir / "templates" if self.writable else None
        self.output_state = self.state_dir(root, output) if self.writable else None

    @property
    def holder(self) -> Path | None:
        """The file that names who holds the project lock (output/lock.py); None when the build keeps no cache
        (never written into a folder the build reads: a cache leading to static/ got it published, a re-test)."""
        return self.dir / "holder" if self.writable else None

    @staticmethod
    def state_dir(root: Path, output: Path) -> Path:
        """The folder of what is kept about one output folder (its record, fingerprints, last-build key)."""
        return root / CACHE_DIR / f"output-{digest(str(output))[:16]}"

    def _usable(self) -> bool:
        if self._among_inputs():
            return False
        try:
            sealed.own_folder(self.dir)
            sealed.drop_links(self.dir)
            probe = tempfile.NamedTemporaryFile(dir=self.dir, prefix=".tmp-probe-", delete=True)
            probe.close()
            return True
        except OSError as exc:
            self._warn(f"cannot use the cache folder ({exc.strerror or exc}); building without a cache, which is "
                       f"slower. Delete or fix {CACHE_DIR} to speed builds up again")
            return False

    def _among_inputs(self) -> bool:
        """Whether the cache folder leads among the project's inputs (`sealed.among_inputs`): then the build
        warns and keeps no cache."""
        where = sealed.among_inputs(self.dir)
        if where is not None:
            self._warn(f"{CACHE_DIR} leads to {where}, among the project's inputs (content/, templates/, static/); "
                       "building without a cache, which is slower. Make it a folder of its own, or delete it")
        return where is not None

    def _warn(self, message: str) -> None:
        self.problems.append(warning(CACHE_DIR, 0, message))

    def unsaved(self, what: str, exc: BaseException) -> None:
        """Note that `what` ("the memo") could not be saved, and why; `warnings` says it."""
        self._unsaved.setdefault(what, getattr(exc, "strerror", None) or str(exc))

    def warnings(self) -> list[Diagnostic]:
        """`problems`, then one line for all this build could not save (`unsaved`). One line per
        part said the same thing six times, build after build, on a full disk."""
        if not self._unsaved:
            return list(self.problems)
        by_why: dict[str, list[str]] = {}
        for what, why in self._unsaved.items():
            by_why.setdefault(why, []).append(what)
        parts = "; ".join(f"{_listed(whats)} ({why})" for why, whats in by_why.items())
        return [*self.problems, warning(CACHE_DIR, 0, f"cannot save {parts}; the site is not affected, but the "
                                                     "next build does more work")]

    def read(self, name: str) -> object | None:
        """A small cached value of this output (e.g. the last build's input key); None when absent or damaged."""
        if self.output_state is None:
            return None
        try:
            with sealed.open_file(self.output_state / name) as handle:
                return pickle.loads(sealed.read(handle))
        except Exception:  # absent, or damaged (fails its checksum): only ever a hint
            return None

    def write(self, name: str, value: object) -> None:
        if self.output_state is None:
            return
        try:
            sealed.own_folder(self.output_state)
            handle, temp = tempfile.mkstemp(dir=self.output_state, prefix=".tmp-")
            with os.fdopen(handle, "wb") as out:
                sealed.write(out, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            sealed.install(temp, self.output_state / name)
        except OSError as exc:
            self.unsaved(name.replace("-", " "), exc)

    def save(self) -> None:
        """Save what this build learnt; failures are warnings (the site is already committed)."""
        try:
            if self.persistent_memo:
                self.memo.save()
            else:
                self.memo.prune()  # a long-lived memo (serve) forgets what this build no longer uses
            self.files.save()
        except OSError as exc:
            self.unsaved("the memo", exc)
        self._forget_old_outputs()

    def save_settled(self, leave: Container[str]) -> None:
        """`save`'s memo part ahead of time, for every namespace but those in `leave` (which the rest
        of the build still uses); `save` writes the rest. Failures are left to `save` to report."""
        if self.persistent_memo:
            try:
                self.memo.save(leave)
            except OSError:
                pass  # said by `save`, which tries again

    def save_file_index(self) -> None:
        """Save only the file index (after a build that found nothing to do but hashed files again)."""
        try:
            self.files.save()
        except OSError as exc:
            self.unsaved("the file index", exc)

    def sweep(self) -> None:
        """Remove temporary files that interrupted builds left in the cache (call under the project lock)."""
        if not self.writable:
            return
        for folder in (self.dir, self.dir / "memo", self.dir / "templates"):
            try:
                for temp in folder.glob(".tmp-*"):
                    temp.unlink(missing_ok=True)
            except OSError:
                pass

    def _forget_old_outputs(self) -> None:
        if not self.writable:
            return
        try:
            states = sorted(self.dir.glob("output-*"), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        import shutil

        for stale in states[KEEP_OUTPUT_STATES:]:
            shutil.rmtree(stale, ignore_errors=True)


def _listed(names: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def kept_cache(root: Path) -> tuple[Path, ...]:
    """The project's cache folder, when the build keeps one there: () when it leads among the project's inputs
    (`sealed.among_inputs`; BuildCache then keeps none), so that static/ is not left unpublished as the cache's —
    a cache leading to static/ or the project dropped every static file (a re-test, 2026-12-04)."""
    return () if sealed.among_inputs(root / CACHE_DIR) else (root / CACHE_DIR,)
