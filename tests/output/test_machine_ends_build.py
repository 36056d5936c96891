"""A build the machine ends — out of memory, or a worker process killed — says so plainly.

Trials: a worker process killed by the kernel's out-of-memory killer (`kill -9` on a rendering
worker of a 300-article site) ended `briefgen build` with "unexpected error: WorkerFailed: a
worker process ended unexpectedly (exit code -9) ... please report it", and a build under
`ulimit -v 50000` with "unexpected error: MemoryError:". Neither is a bug to report: the build
now ends with one plain error that says what happened, what became of `output/` (unchanged
before the swap, the complete new site after it) and what to do, and exit 1.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import textwrap
import threading
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.speed.parallel import WorkerEnded, WorkerFailed, can_fork, share_work
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

ARTICLES = 240  # some 340 pages: more than publish.PARALLEL_MIN_PAGES, so worker processes render them


@pytest.fixture(autouse=True)
def forking() -> None:
    """These tests need worker processes, which a build forks only while this is its one thread
    (speed.parallel.can_fork): a thread left by an earlier test (a session-wide browser's) made
    them fail as "DID NOT RAISE", far from the cause."""
    assert can_fork(), f"a thread left running by an earlier test: {threading.enumerate()}"


def _alone(wait: float = 5.0) -> None:
    """Wait up to `wait` seconds for threads other than this one to end (one an earlier test left
    finishing, a timer), then require that none is left, naming those that are."""
    deadline = time.monotonic() + wait
    while not can_fork() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert can_fork(), f"a thread left running by an earlier test: {threading.enumerate()}"


def article(n: int) -> str:
    return textwrap.dedent(f"""\
        ---
        title: Ferry timetable changes, notice {n}
        source: Port Daily {n % 4}
        published: 2024-{1 + n % 12:02d}-{1 + n % 28:02d}T07:00:00+00:00
        ---
        The island ferry leaves {n % 50} minutes later from Monday, the operator said.
        """)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {**MINIMAL_SITE, **{f"content/articles/notice-{n:03d}.md": article(n) for n in range(ARTICLES)}}
    root = write_site(tmp_path_factory.mktemp("site"), files)
    assert build(root / "config.yaml", BuildOptions(jobs=2, lock_wait=0)).ok
    return root


def retitled(root: Path, title: str) -> None:
    """A new site title: every page is rendered again (by worker processes), nothing parsed again."""
    config = root / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text("title: " + title + "\n" + text.split("\n", 1)[1], encoding="utf-8")


def build_ended(root: Path, step) -> str:  # type: ignore[no-untyped-def]
    """Build `root` with `step` told before each commit step; the one error it must end with."""
    result = build(root / "config.yaml", BuildOptions(jobs=2, lock_wait=0, on_commit_step=step))
    errors = [str(d) for d in result.diagnostics if d.severity == "error"]
    assert not result.ok and len(errors) == 1, errors
    assert "cannot finish the build: " in errors[0] and "unexpected" not in errors[0]
    return errors[0]


def test_a_rendering_worker_killed_as_by_the_oom_killer_is_one_plain_error(site: Path) -> None:
    before = tree_bytes(site / "output")
    retitled(site, "Harbour notices")
    parent = os.getpid()

    def step(name: str) -> None:  # told before each commit step, in whichever process takes it
        if os.getpid() != parent and name.startswith("write "):
            os.kill(os.getpid(), signal.SIGKILL)

    message = build_ended(site, step)
    assert "a worker process was killed by SIGKILL (as the kernel does when memory runs out)" in message
    assert "the previous output is unchanged" in message and "--jobs 1" in message
    assert tree_bytes(site / "output") == before


@pytest.mark.parametrize("when", ["stage", "swapped"])
def test_running_out_of_memory_says_whether_the_new_site_was_published(tmp_path: Path, when: str) -> None:
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0)).ok
    before = tree_bytes(root / "output")
    retitled(root, "Harbour notices")

    def step(name: str) -> None:
        if name == when:
            raise MemoryError

    message = build_ended(root, step)
    assert "the build ran out of memory" in message
    if when == "swapped":  # the swap is one step: the new site is there, whole
        assert "the new site was published complete" in message
        assert b"Harbour notices" in tree_bytes(root / "output")["index.html"]
    else:
        assert "the previous output is unchanged" in message
        assert tree_bytes(root / "output") == before


def ended_at(how: str, nth: int) -> None:
    """Work for `share_work` that ends the worker process at its `nth` item as `how` says."""
    parent, done, started = os.getpid(), [], multiprocessing.get_context("fork").Event()

    def work(i: int) -> int:
        if os.getpid() != parent:
            started.set()
            done.append(i)
            if len(done) == nth:
                if how == "MemoryError":
                    raise MemoryError
                os.kill(os.getpid(), getattr(signal, how))
        elif i == 0:
            started.wait(10)  # until the worker takes items of its own (12 at a time)
        return i
    return work  # type: ignore[return-value]


@settings(max_examples=examples(12), deadline=None, database=None)
@given(how=st.sampled_from(["SIGKILL", "SIGTERM", "SIGUSR1", "MemoryError"]), nth=st.integers(1, 3))
@example(how="SIGKILL", nth=1)
def test_a_worker_the_machine_ends_is_told_apart_from_a_bug(how: str, nth: int) -> None:
    # (checked for each example, not only once by `forking`: a fresh-clone run failed one as "DID NOT
    # RAISE" after the check had passed, share_work having found another thread and worked alone)
    _alone()
    with pytest.raises(WorkerEnded) as ended:
        share_work(200, 2, ended_at(how, nth))  # type: ignore[arg-type]
    assert str(ended.value) == ("a worker process ran out of memory" if how == "MemoryError"
                                else f"a worker process was killed by {how}")


def test_a_worker_ignores_the_terminal_closing_as_it_ignores_ctrl_c() -> None:
    # SIGHUP goes to the whole process group when the terminal closes: the parent decides (serve stops
    # cleanly, build ends) and a worker ends with it (speed/parallel.end_with_parent); a worker that took
    # SIGHUP through serve's handler printed "Exception ignored" with a traceback (a helper's trial).
    _alone()
    assert len(share_work(200, 2, ended_at("SIGHUP", 1))) == 200  # type: ignore[arg-type]


def test_a_bug_in_a_worker_is_still_reported_with_its_traceback() -> None:
    parent, started = os.getpid(), multiprocessing.get_context("fork").Event()

    def work(i: int) -> int:
        if os.getpid() != parent:
            started.set()
            raise KeyError("no such page")
        if i == 0:
            started.wait(10)
        return i

    with pytest.raises(WorkerFailed) as failed:
        share_work(200, 2, work)
    assert not isinstance(failed.value, WorkerEnded) and "KeyError: 'no such page'" in str(failed.value)
