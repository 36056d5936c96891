"""The parallel helpers (`briefgen.speed.parallel`): the same results forked or not, failures reported.

Real forks, no mocks: `in_background` runs its work in a child process where forking is
safe (one thread) and in the caller otherwise (a second thread running, as under `serve`).
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefgen.speed.parallel import WorkerFailed, can_fork, in_background, share_work
from support.sites import REPO_ROOT


def test_in_background_runs_in_a_child_and_returns_its_result() -> None:
    if not can_fork():
        pytest.skip("no fork here")
    parent = os.getpid()
    result = in_background(lambda: (os.getpid(), {"page": "digest"}))
    pid, value = result()
    assert pid != parent and value == {"page": "digest"}


def test_in_background_works_in_the_caller_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        calls: list[int] = []
        result = in_background(lambda: calls.append(os.getpid()) or "done")
        assert result() == "done" and calls == [os.getpid()]
    finally:
        stop.set()
        other.join()


def test_a_failing_background_child_is_reported_with_its_traceback() -> None:
    if not can_fork():
        pytest.skip("no fork here")

    def work() -> None:
        raise ValueError("no such page")

    with pytest.raises(WorkerFailed, match="no such page"):
        in_background(work)()


def test_share_work_gives_results_in_order_forked_or_not() -> None:
    expected = [i * i for i in range(500)]
    assert share_work(500, 2, lambda i: i * i) == expected
    assert share_work(500, 1, lambda i: i * i) == expected


ORPHANED = """
import os, sys, time
sys.path.insert(0, {repo!r})
from briefgen.speed.parallel import in_background, share_work

pids = {pids!r}

def work(i):
    with open(pids, "a") as out:
        out.write(f"{{os.getpid()}}\\n")
    time.sleep(0.3)
    return "x" * 1_000_000  # more than a pipe holds: the sender blocks until someone reads

if sys.argv[1] == "share":
    share_work(64, 3, work)
else:
    pending = in_background(lambda: work(0))
    time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers only")
@pytest.mark.parametrize("kind", ["share", "background"])
def test_workers_end_when_their_parent_is_killed(tmp_path: Path, kind: str) -> None:
    # A worker that still held a read end of its own result pipe never saw a killed parent
    # go: it blocked forever on the full pipe (and a build's worker held the project lock).
    pids = tmp_path / "pids"
    script = tmp_path / "orphan.py"
    script.write_text(ORPHANED.format(repo=str(REPO_ROOT), pids=str(pids)))
    parent = subprocess.Popen([sys.executable, str(script), kind])
    deadline = time.monotonic() + 20
    while not pids.exists() or len(set(pids.read_text().split()) - {str(parent.pid)}) < (2 if kind == "share" else 1):
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.02)
    time.sleep(0.5)  # the workers are done working and are sending (blocked: nobody reads)
    parent.kill()
    parent.wait()
    workers = {int(pid) for pid in pids.read_text().split()} - {parent.pid}
    while any(_running(pid) for pid in workers):
        assert time.monotonic() < deadline + 10, f"workers outlived their killed parent: {workers}"
        time.sleep(0.05)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
