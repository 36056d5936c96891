"""One headless Chromium per test process, without the thread that kept it to one test module.

Playwright's sync API starts its driver (a Node process) through asyncio. Python 3.11's default
child watcher waits for that process on a thread of its own ("asyncio-waitpid-0") for as long as
the driver runs, and a build forks no workers beside another thread (speed.parallel.can_fork).
So the browser was started and stopped once per test module (tests/conftest.py), which cost
~2.5-3.5 s each time (driver ~1.5 s, Chromium ~0.6 s, closing both ~0.3 s; measured 2026-12-05,
three starts in a row on the test machine), in ~33 modules a run.

`install_threadless_watcher` gives asyncio the watcher that Python 3.12 uses by itself where the
kernel has pidfd_open (Linux 5.3+): the running event loop reads the child's pidfd, so no thread
waits. Where it cannot be installed, the browser stays one per module. Playwright also reads and writes
some files through its loop's default executor (`add_script_tag(path=…)`: a thread "asyncio_0" that
lives as long as the loop): `InlineExecutor` runs those calls in the caller's thread instead.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest


class RunningLoopPidfdWatcher(asyncio.AbstractChildWatcher):
    """Python 3.12's asyncio.PidfdChildWatcher for 3.11: each child's pidfd is read by the event loop that
    starts it (3.11's own version needs `attach_loop` to a loop Playwright makes and keeps to itself)."""

    def __enter__(self) -> RunningLoopPidfdWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def is_active(self) -> bool:
        return True

    def close(self) -> None:
        pass

    def attach_loop(self, loop: asyncio.AbstractEventLoop | None) -> None:
        pass

    def add_child_handler(self, pid: int, callback: Callable[..., object], *args: Any) -> None:
        loop = asyncio.get_running_loop()
        pidfd = os.pidfd_open(pid)
        loop._add_reader(pidfd, self._do_wait, pid, pidfd, callback, args)  # type: ignore[attr-defined]

    def _do_wait(self, pid: int, pidfd: int, callback: Callable[..., object], args: tuple[Any, ...]) -> None:
        asyncio.get_running_loop()._remove_reader(pidfd)  # type: ignore[attr-defined]
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            returncode = 255  # reaped elsewhere, as asyncio's own watchers say
        else:
            returncode = os.waitstatus_to_exitcode(status)
        os.close(pidfd)
        callback(pid, returncode, *args)

    def remove_child_handler(self, pid: int) -> bool:
        return True


class InlineExecutor(concurrent.futures.ThreadPoolExecutor):
    """An executor that runs each call at once in the calling thread and starts none (asyncio's
    `set_default_executor` takes ThreadPoolExecutors only; one starts its threads at its first submit)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the awaiting coroutine, as a pool's future would
            done.set_exception(error)
        return done


def without_threads(manager: Any) -> None:
    """Give the event loop of a started `sync_playwright()` context manager an InlineExecutor."""
    manager._loop.set_default_executor(InlineExecutor())


def _pidfd_works() -> bool:
    if not hasattr(os, "pidfd_open"):
        return False
    try:
        os.close(os.pidfd_open(os.getpid()))
    except OSError:  # an older kernel, or a sandbox that forbids the call
        return False
    return True


def install_threadless_watcher() -> bool:
    """Make asyncio wait for child processes without a thread in this process; True where it now does.

    Python 3.12+ does so by itself where pidfd works; 3.11 is given RunningLoopPidfdWatcher."""
    if not _pidfd_works():
        return False
    if sys.version_info < (3, 12) and not isinstance(asyncio.get_child_watcher(), RunningLoopPidfdWatcher):
        asyncio.set_child_watcher(RunningLoopPidfdWatcher())
    return True


def browser_scope(fixture_name: str, config: pytest.Config) -> str:
    """pytest's dynamic scope for the `browser` fixture: "session" (one Chromium per test process) where
    asyncio can wait for the driver without a thread, else "module" (as before)."""
    return "session" if install_threadless_watcher() else "module"


PAGE_TIMEOUT_MS = 10_000  # a page's default timeout: fail fast rather than at Playwright's 30 s default


def page_in_new_context(browser: Any, timeout_ms: float) -> Iterator[Any]:
    """A Playwright page in a new context of `browser` (its default timeout `timeout_ms`), closed after the yield:
    the body of conftest's `page` and `search_page` fixtures, and of a module's own page beside a shared one."""
    context = browser.new_context()
    context.set_default_timeout(timeout_ms)
    try:
        yield context.new_page()
    finally:
        for opened in context.pages:  # first: a preview tab's shared worker then closes its event stream
            opened.close()           # (closing the context with it open hung in CI: tests/preview/test_tabs.py)
        context.close()
