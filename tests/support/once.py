"""Work done once per test run, whichever pytest-xdist worker asks first, for fixtures whose result tests only read.

A session fixture runs once per worker process; with `--dist loadscope` two modules that need the same costly result
(a fresh interpreter's precompile run, ~5-7 s) may land on different workers, and a module fixture ran it once per
module. Here the first asker makes it in a folder of the run's shared temporary folder (the parent of the workers'
own, `pytest-of-<user>/pytest-<n>/`, new for each run), under an exclusive `flock`, and writes a marker last; the
others wait on the lock and find the marker. Without xdist the folder is the process's own base folder. A failed
making raises in every asker (no marker is written, so each tries again and sees the error itself).
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path

import pytest


def shared_folder(factory: pytest.TempPathFactory, name: str) -> Path:
    """The folder `name` of this run's temporary folder that every worker of the run sees (module docstring)."""
    base = factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / f"once-{name}"


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """`make(folder)` run once per test run for `name` (module docstring); returns the folder it filled."""
    folder = shared_folder(factory, name)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (released when the file closes)
        if not (folder / ".made").exists():
            make(folder)
            (folder / ".made").write_text("made\n", encoding="utf-8")
    return folder
