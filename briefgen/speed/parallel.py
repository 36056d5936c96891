"""One parallel helper: `share_work` runs numbered work items in this process and forked workers.

Safe by construction: it forks only where `fork` exists and no other thread runs in
this process (a fork taken while another thread holds a lock — the allocator's, the
import lock, a logging handler's — can deadlock the child; Python 3.12 warns about it).
Elsewhere (Windows, macOS's spawn default, `serve` once its threads run) the work
runs serially here, with identical results. Workers get their work as a closure
inherited through `fork`; nothing is pickled on the way in and there is no
module-global worker state. Results come back pickled (`speed.pickling`).

A worker never outlives its parent: a killed build (`kill -9`) must not leave a process
working on, holding the project lock it inherited (the lock is `flock` on a descriptor
every forked process shares). On Linux the kernel kills each worker the moment its parent
dies (`PR_SET_PDEATHSIG`, set right after the fork, then a check that the parent did not
die before it was set); elsewhere a `share_work` worker checks its parent before each work
item (`os.getppid()`, ~1 µs), and an `in_background` child ends when it would send its
result. Killing is safe there: a worker's only side effects are files in the build's
staging folder, which the next build discards like those of the killed parent.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from typing import Any, Callable, Generic, Iterator, Sequence, TypeVar

from briefgen.speed import pickling
from briefgen.speed.gcpause import paused_gc  # noqa: F401 (read from here before: gcpause.py)

R = TypeVar("R")
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _kernel_prctl() -> Callable[..., int] | None:
    """Linux's prctl(2) from the C library, or None elsewhere (looked up once, before any fork)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


_PRCTL = _kernel_prctl()


def can_fork() -> bool:
    """True where forking workers is safe now: `fork` exists and this is the only thread."""
    return (hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def default_jobs() -> int:
    """Worker processes to use by default: one per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class WorkerFailed(RuntimeError):
    """A worker process died or raised; the message carries its traceback when it had one."""


class WorkerEnded(WorkerFailed):
    """The machine ended a worker process: killed by a signal (the kernel's out-of-memory killer
    sends SIGKILL) or out of memory (MemoryError). Not a bug in briefgen: the build says so in
    plain words (`output.guards.cannot_finish`) instead of "unexpected error ... please report it"."""


def share_work(count: int, jobs: int, work: Callable[[int], R]) -> list[R]:
    """`[work(0), ..., work(count - 1)]`, computed by this process and up to `jobs - 1` forked workers.

    Every process takes the next chunk of items from a shared counter until none are
    left, so a slower process simply does fewer. The caller works too: each forked
    worker counts the parent's pages in its own RSS, so one process fewer means one
    copy less at the same speed (measured: peak memory of a 10,000-article cold build
    1.2 GB → 0.64 GB). `work` must not raise for expected problems (stages return
    diagnostics); an exception in a worker is raised here as `WorkerFailed`.
    """
    if jobs <= 1 or count < 2 or not can_fork():
        paused = not gc.isenabled()
        if paused:  # the first young collection then walks what the work made, not the whole build's
            gc.freeze()
        try:
            results = []
            for i in range(count):
                results.append(work(i))
                if i % SERIAL_CHUNK == SERIAL_CHUNK - 1:
                    collect_young()
            return results
        finally:
            if paused:
                gc.unfreeze()
    context = multiprocessing.get_context("fork")
    counter = context.Value("l", 0)
    chunk = max(4, min(64, count // (jobs * 16)))
    results: list[Any] = [None] * count
    workers = []
    gc.freeze()  # workers' garbage collection then leaves the shared pages alone (no copy-on-write)
    try:
        for _ in range(min(jobs, count) - 1):
            receive, send = context.Pipe(duplex=False)
            inherited = [receive] + [earlier for _, earlier in workers]
            process = context.Process(target=_drain, args=(counter, chunk, count, work, send, inherited, os.getpid()),
                                      daemon=True)
            process.start()
            send.close()
            workers.append((process, receive))
        for i, result in _take(counter, chunk, count, work):
            results[i] = result
        for process, receive in workers:
            for i, result in _result_of(process, receive):
                results[i] = result
    finally:
        gc.unfreeze()
        for process, receive in workers:  # (stopped before its pipe closes: see `_send_outcome`)
            stop(process)
            receive.close()
    return results


STOP_SECONDS = 5.0  # how long a worker asked to stop (SIGTERM) has before it is killed


def stop(process: Any) -> None:
    """End a worker (a `multiprocessing` process) and reap it: SIGTERM, and SIGKILL if it has not
    ended within STOP_SECONDS. `serve` stopped a second into its first build hung once in `join`
    here for good, holding the port and the project lock (`benchmarks/serve_start.py`, 1 run in
    ~6; the worker's stack was not taken). A worker forked an instant before the stop still runs
    the parent's SIGTERM handler, which raises KeyboardInterrupt instead of ending it, until
    `_send_outcome` resets it — the likely way; tested with a worker that ignores SIGTERM."""
    if process.is_alive():
        process.terminate()
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()
    process.join()


class Pending(Generic[R]):
    """A result on its way (`in_background`): call it to wait for the result; `abandon()` when
    it is no longer wanted (the child, if any, is stopped). Made from a plain function, it is
    computed in the caller when first called, and abandoning it costs nothing."""

    def __init__(self, wait: Callable[[], R], abandon: Callable[[], None] = lambda: None) -> None:
        self._wait = wait
        self._abandon = abandon

    def __call__(self) -> R:
        return self._wait()

    def abandon(self) -> None:
        self._abandon()


def in_background(work: Callable[[], R]) -> Pending[R]:
    """Start `work()` in a forked process and return the result on its way.

    Where forking is not safe (`can_fork`), nothing starts here and the result is computed
    in the caller when asked for: the same result, later. The caller overlaps its own work
    with the child's until it asks; the child's result comes back pickled (`speed.pickling`),
    so it must be plain data. Asking raises `WorkerFailed` when the child failed.
    """
    if not can_fork():
        return Pending(work)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    gc.freeze()  # the child's collections then leave the shared pages alone (no copy-on-write)
    try:
        process = context.Process(target=_send_outcome, args=(work, send, [receive], os.getpid()), daemon=True)
        process.start()
    finally:
        gc.unfreeze()
    send.close()

    def result() -> R:
        try:
            return _result_of(process, receive)  # type: ignore[no-any-return]
        finally:
            receive.close()

    def abandon() -> None:
        stop(process)
        receive.close()

    return Pending(result, abandon)


def _result_of(process: Any, receive: Any) -> Any:
    """What a worker sent (`_send_outcome`), once it has ended; raises WorkerFailed for its failure."""
    try:
        status, payload = pickling.loads(receive.recv_bytes())
    except EOFError:
        process.join()
        code = process.exitcode
        if code is not None and code < 0:  # killed by a signal before it could say anything
            raise WorkerEnded(f"a worker process was killed by {_signal_name(-code)}") from None
        raise WorkerFailed(f"a worker process ended unexpectedly (exit code {code})") from None
    process.join()
    if status == "memory":
        raise WorkerEnded("a worker process ran out of memory")
    if status == "os":
        number, strerror, filename = payload
        raise OSError(number, strerror, filename)
    if status == "error":
        raise WorkerFailed(f"a worker process failed:\n{payload}")
    return payload


def _signal_name(number: int) -> str:
    """"SIGKILL" for 9; "signal 64" for a number without a name here."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def end_with_parent(parent: int) -> None:
    """In a forked process (a worker, `serve`'s waiting page): be killed (SIGKILL) by the kernel when
    `parent` (a PID) dies, on Linux; end now if it is gone already (it died between the fork and here)."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _stop_if_orphaned(parent)


def _stop_if_orphaned(parent: int) -> None:
    """End this worker at once, quietly, when the process that forked it (PID `parent`) is gone:
    its results have nowhere to go, and it holds the dead build's project lock."""
    if os.getppid() != parent:
        os._exit(1)


def _send_outcome(work: Callable[[], Any], send: Any, inherited: Sequence[Any] = (), parent: int | None = None
                  ) -> None:
    """A worker's life: ignore Ctrl-C (the parent's to handle; it stops us), send `("ok", work())`
    or `("error", traceback)`; die with `parent` (its PID; see the module docstring).

    `inherited`: the read ends of result pipes the fork copied into this process, its own
    included. They are closed first: a worker holding a read end of its own pipe never sees
    the parent go (killed), and would block forever on a full pipe, holding the project lock.

    SIGTERM (`terminate()`, how the parent stops a worker it no longer waits for) ends the worker
    at once: `serve` turns SIGTERM into KeyboardInterrupt, and a worker inheriting that handler
    reported its own stop as a failure into the pipe the parent had closed, printing a
    BrokenPipeError traceback under "Stopped." (a helper's trial: Ctrl-C during the first build).
    A pipe the parent closed is no failure of the worker either: it ends quietly.
    """
    if parent is not None:
        end_with_parent(parent)
    for end in inherited:
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):  # (the terminal closed: the parent's, as Ctrl-C; serve's handler raised here)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        message = ("ok", work())
    except MemoryError:  # the machine's limit, not a bug: no traceback to carry
        message = ("memory", "")
    except OSError as exc:  # the machine's (a full disk, `ulimit -f`): the parent raises it as it is, to be said
        message = ("os", (exc.errno, exc.strerror, exc.filename))  # plainly ("WorkerFailed" traceback: a trial)
    except BaseException:
        import traceback  # (here: 4 ms of imports, for the worker that fails)

        message = ("error", traceback.format_exc())
    try:
        send.send_bytes(pickling.dumps(message))
        send.close()
    except OSError:  # the parent closed its end: it no longer wants the result
        os._exit(1)


def _take(counter: Any, chunk: int, count: int, work: Callable[[int], R], parent: int | None = None
          ) -> Iterator[tuple[int, R]]:
    """`(i, work(i))` for the chunks of items this process takes; in a worker (`parent`: the PID
    that forked it) it ends itself before an item once that parent is gone."""
    while True:
        with counter.get_lock():
            start = counter.value
            counter.value = start + chunk
        if start >= count:
            return
        for i in range(start, min(start + chunk, count)):
            if parent is not None:
                _stop_if_orphaned(parent)
            yield i, work(i)
        collect_young()


SERIAL_CHUNK = 64  # work items between two `collect_young` calls when working alone


def collect_young() -> None:
    """Free the cyclic garbage made since the last call, when the collector is paused (`paused_gc`).

    Libraries make reference cycles as they work: python-markdown's raw-HTML pass makes a
    function that refers to itself for every body holding HTML, and a plugin's extension may
    make others. With the collector paused for the whole command they were never freed
    (tracemalloc at the start of rendering, 1,000 articles parsed in one process: 12 of 53 MB
    was such garbage). A collection of the youngest generation walks only what was made since
    the last one (the collector moves survivors on; `gc.freeze` moves everything out), so
    calling it after each chunk of work costs what the chunk made, not the archive
    (`share_work` freezes what was there before it starts, forked or not).
    With the collector running, this is its own business: nothing is done.
    """
    if not gc.isenabled():
        gc.collect(0)


def _drain(counter: Any, chunk: int, count: int, work: Callable[[int], Any], send: Any,
           inherited: Sequence[Any] = (), parent: int | None = None) -> None:
    """A share_work worker: take chunks until none are left, send back `[(i, result), ...]`."""
    _send_outcome(lambda: list(_take(counter, chunk, count, work, parent)), send, inherited, parent)
