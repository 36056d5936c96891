"""One build at a time per project: an advisory lock file that names its holder.

`briefgen build` and each rebuild of `briefgen serve` hold the lock while they build
and commit (not while `serve` idles). A second build waits for it, saying whom it waits
for, and gives up after `wait` seconds with an error naming the holder. The lock is
`flock(2)` on the project folder itself, so it needs no file of its own (it works with
a damaged cache) and the kernel releases it when its holder dies — a killed build never
leaves a stale lock. The holder writes who it is into a small file in the cache folder
(best effort), which a waiting build reads to name it. Where `fcntl` is missing
(Windows) there is no lock.

`briefgen fetch` (and `briefgen review accept|reject`) hold a lock of their own, on the
folder they write, content/articles/ (`what="fetch"`): two fetches at once would both
find an entry new and import it twice, while a build may run beside a fetch.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.1


class LockTimeout(Exception):
    """The lock stayed taken for the whole wait; the message names the holder."""


def holder_of(info_file: Path) -> str:
    """'PID 123 (briefgen serve, since 2023-05-10 12:00:03 UTC)', from what the holder wrote."""
    try:
        info = json.loads(info_file.read_text(encoding="utf-8") or "{}")
        return f"PID {info['pid']} ({info['command']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another briefgen process"


@contextmanager
def project_lock(root: Path, info_file: Path, command: str, wait: float,
                 waiting: Callable[[str], None] | None = None, what: str = "build") -> Iterator[None]:
    """Hold the lock on the folder `root` inside the block; raises LockTimeout after `wait` seconds.

    `info_file` receives the holder's PID and command while it holds the lock; `what` names the
    kind of run in the messages ("build", "fetch"). Raises OSError when `root` cannot be opened.
    """
    if fcntl is None:
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    path = info_file
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"another {what} of this project is running: {holder_of(path)}; "
                                      f"waited {wait:g} s. Try again when it has finished") from None
                if not told and waiting is not None:
                    waiting(f"Waiting for the {what} held by {holder_of(path)} ...")
                    told = True
                time.sleep(POLL_SECONDS)
        since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        try:
            _write_new(path, json.dumps({"pid": os.getpid(), "command": command, "since": since,
                                         "argv": sys.argv[:4]}))
        except OSError:
            pass  # a waiting build then names "another briefgen process"
        try:
            yield
        finally:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _write_new(path: Path, text: str) -> None:
    """Put `text` at `path` as a new file (written beside it, then renamed over it): whatever is in
    its place is replaced, never written through. A link there (a damaged cache) led the holder's
    JSON into the file it pointed to: `.briefgen-cache/holder -> ../content/articles/x.md` overwrote
    the editor's article. Raises OSError (the caller does without the file)."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
