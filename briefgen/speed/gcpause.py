"""The cyclic garbage collector paused around a single-threaded command (`briefgen build`, `briefgen check`).

Apart from `speed/parallel.py` (whose workers' collections it describes) so that the command line can pause it before
a command imports anything, without importing `multiprocessing` and `ctypes` for the commands that pause nothing.
"""
from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block (for single-threaded commands only).

    A build makes hundreds of thousands of acyclic objects; full collections walking
    them cost ~0.3 s per rebuild at 10,000 articles. GC state is process-wide, so this
    belongs around a whole command that runs no other threads (`briefgen build`, `briefgen
    check`: `cli.main`, from before the command's first import), not inside the build
    itself; `serve` freezes its long-lived objects instead.

    On the way out, what survived is frozen (`gc.freeze`) before collection resumes: every
    object made in the block is still in the youngest generation, and the first collection
    after `gc.enable()` would walk them all (measured: 0.56 s of a 5 s one-edit build at
    10,000 articles). The command ends right after, so nothing is kept longer for it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
