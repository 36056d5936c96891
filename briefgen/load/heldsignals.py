"""Signals held while Python code runs as a callback of native code (nh3's attribute filter).

Python runs a signal's handler at the next Python code, and code called back from a native library
(through PyO3) cannot pass an exception on: nh3 prints it as "Exception ignored in …" with a
traceback and carries on. A handler that raises (Ctrl-C's KeyboardInterrupt; `serve`'s handlers of
SIGTERM, SIGHUP and its SIGALRM repeat timer, preview/stopsignals.py) then lost the interrupt and
printed a traceback: SIGHUP to serve's process group during a 1,000-article first build printed one
from `markup._nh3_clean`'s filter, where only SIGINT was held until 2026-12-02.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGALRM") if hasattr(signal, name))


@contextmanager
def held_signals() -> Iterator[None]:
    """While the block runs, the signals of HELD that have a Python handler are only noted; then
    each noted one is raised again (in the order first seen) with its handler back in place.
    Main thread only (the only one Python's handlers run on); elsewhere nothing is held. A handler
    installed outside Python (getsignal gives None) and SIG_DFL/SIG_IGN are left alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []

    def note(number: int, frame: object) -> None:
        if number not in noted:
            noted.append(number)

    previous = {}
    try:
        for number in HELD:
            handler = signal.getsignal(number)
            if callable(handler):
                previous[number] = signal.signal(number, note)
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in noted:
            signal.raise_signal(number)
