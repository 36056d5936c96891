"""How `serve` is told to stop: Ctrl-C, SIGTERM (`kill`) and SIGHUP (the terminal closed), each
raised in serve's main thread as KeyboardInterrupt, which serve's cleanup catches."""
from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator


class Stops:
    """serve's handler of SIGINT, SIGTERM and SIGHUP: raises KeyboardInterrupt, remembers that it
    was called, and raises it again every AGAIN_SECONDS until `taken` is called (serve's cleanup).

    Python swallows an exception raised in a finaliser or a callback ("Exception ignored in …"): a
    signal handled while one ran during the first build was lost, and serve went on serving as if
    never told (1 in ~6 runs of benchmarks/serve_start.py, which stops serve a second after its
    start). Checking `signalled` after the build was not enough: at 100,000 articles a first build
    takes minutes, and serve, told to stop, went on building (the same benchmark, 2026-12-02). The
    interrupt is raised again from a timer (SIGALRM; timers are not inherited by forked workers),
    so a lost one costs AGAIN_SECONDS, not the build. `Preview` still checks `signalled` after
    every build.

    Nothing interrupts the stop itself: only the first signal raises; a further one (Ctrl-C pressed
    twice, a SIGTERM after the Ctrl-C) is only noted (two SIGINTs at once left the temporary site: the
    second landed in `Preview.__exit__` before its cleanup began, a test's draw), and the timer raises nothing while a KeyboardInterrupt
    is being handled (an `except` or `finally` on its way out: the build stopping its workers, the
    waiting page's child being reaped). A second Ctrl-C 0.1-0.27 s after the first, at 1,000
    articles, landed in serve's cleanup and left its temporary site (the removal cut short; 4 runs
    in 5 of that window), and the timer could fire into a worker's `join` in the build's `finally`."""

    AGAIN_SECONDS = 0.5

    def __init__(self) -> None:
        self.signalled = False
        self._armed = False
        self._taken = False

    def __call__(self, number: int, frame: object) -> None:
        if self.signalled or self._taken:  # (a second signal: the first's interrupt is on its way out, or
            self.signalled = True          # lost and raised again by the timer; raising would cut the stop short)
            return
        self.signalled = True
        if not self._armed and hasattr(signal, "setitimer"):
            self._armed = True
            signal.setitimer(signal.ITIMER_REAL, self.AGAIN_SECONDS, self.AGAIN_SECONDS)
        raise KeyboardInterrupt

    def again(self, number: int, frame: object) -> None:
        """SIGALRM's handler: the interrupt once more, while it has not been taken and none is
        on its way out (`interrupt_in_flight`)."""
        if self._armed and not self._taken and not interrupt_in_flight():
            raise KeyboardInterrupt

    def taken(self) -> None:
        """The stop is under way (serve's cleanup runs): no more interrupts, from the timer or a signal."""
        self._taken = True
        if self._armed:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)


def interrupt_in_flight() -> bool:
    """Whether the code running handles a KeyboardInterrupt: in an `except` or a `finally` it is
    passing through, also where that code caught another exception meanwhile (its `__context__`)."""
    seen = sys.exc_info()[1]
    for _ in range(100):  # (a context chain is finite, but may be long)
        if seen is None:
            return False
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__context__
    return False


@contextmanager
def stop_signals(ending: bool = False) -> Iterator[Stops]:
    """Treat SIGTERM and SIGHUP like Ctrl-C, so `kill` and closing the terminal also stop cleanly,
    removing the preview's site (main thread only). On SIGHUP serve died at once and left its site
    in /dev/shm, taking RAM until the next reboot. Yields the handler (`Stops`).

    `ending`: the process ends after this (the `serve` command): the stop signals are then ignored,
    not given back to Python's handler, which raised a further Ctrl-C as a KeyboardInterrupt after
    "Stopped." (exit status 130, "briefgen serve: interrupted"; or, during the interpreter's
    shutdown, "Exception ignored in: <module 'threading'>" with a traceback): a second Ctrl-C
    0.05-0.25 s after the first, at 1,000 articles. Else (tests, in-process) they are restored."""
    stops = Stops()
    if threading.current_thread() is not threading.main_thread():
        yield stops
        return
    previous = {number: signal.signal(number, stops) for number in _numbers()}
    if hasattr(signal, "SIGALRM"):
        previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, stops.again)
    try:
        yield stops
    finally:
        stops.taken()
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_IGN if ending and number != getattr(signal, "SIGALRM", None) else handler)


def _numbers() -> list[int]:
    return [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
