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

A build also holds the lock of the output folder it writes (`output_lock`), inside the project
lock: builds of two projects into one folder (`--output`) took no common lock, and one kept
files of its live tree (hard links) after the other had swapped its own site in — a trial
published the second project's pages under the first one's front page, and the build said it
had succeeded. The output folder itself cannot carry the lock (each build swaps it for another
tree), so it is a file beside it, `.<name>.briefgen-lock`, which holds the holder's PID and
command and is removed when the build ends (one left by a killed build is taken over and removed
by the next).
"""
from __future__ import annotations

import datetime as dt
import errno
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


def holder_of(info_file: Path | None) -> str:
    """'PID 123 (briefgen serve, since 2023-05-10 12:00:03 UTC)', from what the holder wrote."""
    if info_file is None:
        return "another briefgen process"
    try:
        info = json.loads(info_file.read_text(encoding="utf-8") or "{}")
        return f"PID {info['pid']} ({info['command']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another briefgen process"


@contextmanager
def project_lock(root: Path, info_file: Path | None, command: str, wait: float,
                 waiting: Callable[[str], None] | None = None, what: str = "build") -> Iterator[None]:
    """Hold the lock on the folder `root` inside the block; raises LockTimeout after `wait` seconds.

    `info_file` receives the holder's PID and command while it holds the lock (None: nowhere to write it —
    a cache folder leading among the inputs got a `holder` file published from static/, a re-test,
    2026-12-04); `what` names the kind of run in the messages ("build", "fetch"). Raises OSError when `root`
    cannot be opened.
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
                told = _wait_turn(deadline, told, waiting, f"another {what} of this project is running",
                                  f"the {what}", path, wait)
        since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        try:
            if path is not None:
                _write_new(path, json.dumps({"pid": os.getpid(), "command": command, "since": since,
                                             "argv": sys.argv[:4]}))
        except OSError:
            pass  # a waiting build then names "another briefgen process"
        try:
            yield
        finally:
            try:
                if path is not None:
                    path.unlink(missing_ok=True)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def output_lock_file(output: Path) -> Path:
    """The lock file of the output folder `output` (absolute): `.<name>.briefgen-lock` beside it."""
    return output.parent / f".{output.name}.briefgen-lock"


@contextmanager
def output_lock(output: Path, command: str, project: Path, wait: float,
                waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock of the output folder `output` (absolute) inside the block; raises LockTimeout
    after `wait` seconds, naming the holder (its PID, command and project folder `project`).

    Taken after the project lock, always: a project lock is never waited for while an output lock
    is held, so two builds cannot wait for each other. Where the folder that holds `output` cannot
    take a file (read-only, not permitted) there is no lock: no build can swap a tree in there
    either. Raises OSError for other failures to create the lock file (a full disk).
    """
    if fcntl is None:
        yield
        return
    path = output_lock_file(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the open below says what is wrong, or there is nothing to lock
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                yield  # (see above: nobody can publish into that folder)
                return
            if exc.errno == errno.ELOOP:  # a symbolic link in its place is never written through
                raise OSError(exc.errno, "a symbolic link stands where briefgen keeps the output folder's "
                                         "lock; remove it", str(path)) from None
            raise
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            told = _wait_turn(deadline, told, waiting, f"another build into {output} is running",
                              f"the build into {output}", path, wait)
            continue
        if _same_file(fd, path):
            break
        os.close(fd)  # its holder removed it as we took it: lock the file now in its place
    try:
        since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": f"{command} in {project}",
                                      "since": since}).encode(), 0)
        except OSError:
            pass  # a waiting build then names "another briefgen process"
        yield
    finally:
        try:
            path.unlink(missing_ok=True)  # before letting go: a waiter then finds the file gone and opens anew
        except OSError:
            pass
        os.close(fd)


def _wait_turn(deadline: float, told: bool, waiting: Callable[[str], None] | None, running: str, held: str,
               info_file: Path | None, wait: float) -> bool:
    """One poll of a taken lock: raise LockTimeout ("<running>: <holder>; waited …") once `deadline`
    (time.monotonic()) has passed, else say once through `waiting` whom we wait for, sleep
    POLL_SECONDS and return whether that was said. `info_file` names the holder (`holder_of`)."""
    if time.monotonic() >= deadline:
        raise LockTimeout(f"{running}: {holder_of(info_file)}; waited {wait:g} s. Try again when it has finished") from None
    if not told and waiting is not None:
        waiting(f"Waiting for {held} held by {holder_of(info_file)} ...")
        told = True
    time.sleep(POLL_SECONDS)
    return told


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


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
