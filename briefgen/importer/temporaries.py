"""Hidden temporary files of fetch's atomic writes: named, created, and swept up.

A file is written as `.<name>.<pid>.briefgen-tmp` beside its target, then linked or renamed
into place. The writers remove it on any failure (a full disk, a permission); a run that is
killed cannot, so every fetch first removes those left by processes no longer running
(`sweep`). The name carries the pid so that two fetches at once never take each other's.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import BinaryIO

SUFFIX = ".briefgen-tmp"
_NAME = re.compile(r"^\..+\.(\d+)" + re.escape(SUFFIX) + "$")


def temporary_for(target: Path) -> Path:
    """This process's temporary name for `target` (hidden: builds and the archive skip it)."""
    return target.with_name(f".{target.name}.{os.getpid()}{SUFFIX}")


def open_temporary(temp: Path) -> BinaryIO:
    """Create `temp` afresh for writing: one left by a dead process with our pid is removed
    first, and a symlink put in its place is never followed (O_EXCL)."""
    remove(temp)
    return open(temp, "xb")


def remove(path: Path) -> None:
    """Remove `path` if it exists; never raises."""
    try:
        os.unlink(path)
    except OSError:
        pass


def sweep(folder: Path) -> int:
    """Remove the temporary files in `folder` of fetches that are no longer running (killed
    mid-write); how many. A missing or unreadable folder has none."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or _running(int(match.group(1))):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, and we are not writing it now: left by a dead process that had our pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or not a pid we can ask about): leave it
    return True
