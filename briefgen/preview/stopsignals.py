"""How `serve` is told to stop: Ctrl-C, SIGTERM (`kill`) and SIGHUP (the terminal closed), each
raised in serve's main thread as KeyboardInterrupt, which serve's cleanup catches."""
from __future__ import annotations

import signal
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
    every build."""

    AGAIN_SECONDS = 0.5

    def __init__(self) -> None:
        self.signalled = False
        self._armed = False

    def __call__(self, number: int, frame: object) -> None:
        self.signalled = True
        if not self._armed and hasattr(signal, "setitimer"):
            self._armed = True
            signal.setitimer(signal.ITIMER_REAL, self.AGAIN_SECONDS, self.AGAIN_SECONDS)
        raise KeyboardInterrupt

    def again(self, number: int, frame: object) -> None:
        """SIGALRM's handler: the interrupt once more, while it has not been taken."""
        if self._armed:
            raise KeyboardInterrupt

    def taken(self) -> None:
        """The stop is under way (serve's cleanup runs): no more interrupts from the timer."""
        if self._armed:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def stop_signals() -> Iterator[Stops]:
    """Treat SIGTERM and SIGHUP like Ctrl-C, so `kill` and closing the terminal also stop cleanly,
    removing the preview's site (main thread only). On SIGHUP serve died at once and left its site
    in /dev/shm, taking RAM until the next reboot. Yields the handler (`Stops`)."""
    stops = Stops()
    if threading.current_thread() is not threading.main_thread():
        yield stops
        return
    numbers = [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {number: signal.signal(number, stops) for number in numbers}
    if hasattr(signal, "SIGALRM"):
        previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, stops.again)
    try:
        yield stops
    finally:
        stops.taken()
        for number, handler in previous.items():
            signal.signal(number, handler)
