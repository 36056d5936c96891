"""A preview that could not clean up after itself (killed) leaves no site in RAM for good.

Trial (2026-12-02): `serve` builds into a folder in /dev/shm; four previews of a 1,000-article
site ended by `kill -9` (as the out-of-memory killer ends them) left four sites, 160 MB of RAM,
until the next reboot, and one whose terminal was closed (SIGHUP) died without removing its own.
Now the next serve removes every scratch folder whose owner's lock is free, and leaves alone any
it cannot tell is abandoned: one whose lock is held (a running serve) and one without a lock (an
older briefgen's).
"""
from __future__ import annotations

import fcntl
import os
import signal
from collections.abc import Callable
from pathlib import Path

from briefgen.preview.scratch import LOCK, PREFIX
from test_preview import SITE, TIMEOUT, served_url, start_cli


def _stop(process, how: signal.Signals) -> None:  # type: ignore[no-untyped-def]
    process.send_signal(how)
    process.communicate(timeout=TIMEOUT)


def test_the_site_of_a_killed_serve_is_removed_by_the_next_one(site_factory: Callable[..., Path],
                                                                tmp_path: Path) -> None:
    root = site_factory(SITE)
    temp = tmp_path / "temp"
    temp.mkdir()
    older = temp / f"{PREFIX}older"  # an older briefgen's folder: no lock, so maybe in use
    (older / "site").mkdir(parents=True)
    running = temp / f"{PREFIX}running"  # a serve that runs: its lock is held
    running.mkdir()
    held = os.open(running / LOCK, os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(held, fcntl.LOCK_EX)
    try:
        first = start_cli(root, tmpdir=temp)
        try:
            served_url(first)
            killed = [p for p in temp.iterdir() if p not in (older, running)]
            assert len(killed) == 1 and (killed[0] / LOCK).is_file() and (killed[0] / "site/index.html").is_file()
        finally:
            _stop(first, signal.SIGKILL)
        assert killed[0].exists()  # (nothing could remove it)
        second = start_cli(root, tmpdir=temp)
        try:
            served_url(second)
            left = sorted(temp.iterdir())
            assert killed[0] not in left and older in left and running in left and len(left) == 3
        finally:
            _stop(second, signal.SIGTERM)
        assert sorted(temp.iterdir()) == sorted([older, running])
    finally:
        os.close(held)
