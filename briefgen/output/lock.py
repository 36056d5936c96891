"""One build at a time per project: an advisory lock file that names its holder.

`briefgen build` and each rebuild of `briefgen serve` hold the lock while they build
and commit (not while `serve` idles). A second build waits for it, saying whom it waits
for, and gives up after `wait` seconds with an error naming the holder. The lock is
`flock(2)` on a file, so it is released by the kernel when its holder dies — a killed
build never leaves a stale lock. Where `fcntl` is missing (Windows) there is no lock.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
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


def holder_of(path: Path) -> str:
    """'PID 123 (briefgen serve, since 12:00:03 UTC)', from what the holder wrote into the lock file."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"PID {info['pid']} ({info['command']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another briefgen process"


@contextmanager
def project_lock(path: Path, command: str, wait: float,
                 waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock at `path` inside the block; raises LockTimeout after `wait` seconds, OSError if
    the lock file cannot be created (the caller reports it)."""
    if fcntl is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"another build of this project is running: {holder_of(path)}; "
                                      f"waited {wait:g} s. Try again when it has finished") from None
                if not told and waiting is not None:
                    waiting(f"Waiting for the build held by {holder_of(path)} ...")
                    told = True
                time.sleep(POLL_SECONDS)
        since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        info = json.dumps({"pid": os.getpid(), "command": command, "since": since,
                           "argv": sys.argv[:4]}).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, info, 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
