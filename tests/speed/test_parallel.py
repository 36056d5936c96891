"""The parallel helpers (`briefgen.speed.parallel`): the same results forked or not, failures reported.

Real forks, no mocks: `in_background` runs its work in a child process where forking is
safe (one thread) and in the caller otherwise (a second thread running, as under `serve`).
"""
from __future__ import annotations

import os
import threading

import pytest

from briefgen.speed.parallel import WorkerFailed, can_fork, in_background, share_work


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
