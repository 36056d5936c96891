"""What each test process does while pytest collects the ~1,000 test modules (tests/conftest.py's `pytest_collection`).

Every pytest-xdist worker imports every test module, and with them all of briefgen: ~15 s of CPU a process at
8,200 tests (`pytest --collect-only`, load ~12, 2026-12-07), of it, under cProfile, ~15 % compiling briefgen's
regular expressions and ~10 % in 7 full garbage collections, each walking the whole heap as it grew (~350,000
objects at the end: the modules, their functions, Hypothesis's strategies, the collected items). So, while collecting:

- `re` and `dataclasses` use what `python -m briefgen.speed.regexcache` kept for this installation
  (speed/regexcache.py, speed/methodcache.py; tools/test.sh writes both first), as `briefgen`'s own command line
  does. Read only: nothing a test module compiles is added to the files. Undone when collection ends, so the tests
  run with `re` and `dataclasses` as Python has them (tests/speed/test_regexcache.py installs its own);
- the cyclic garbage collector is off; when collection ends, what exists is frozen (`gc.freeze`: left out of every
  later collection, as briefgen's `speed.parallel` does before it forks) and the collector is on again. The
  collection's few cycles of garbage (~7 MB) are then kept until a build's `gc.unfreeze` hands them back.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def collecting() -> Iterator[None]:
    """The block (pytest's collection) with the kept patterns and methods read and the collector off (module
    docstring); on leaving, both undone and the heap frozen. Never raises for a missing or damaged kept file (it
    then compiles, as without it)."""
    from briefgen.speed import methodcache, regexcache

    undo: list[Callable[[], None]] = []
    for module in (regexcache, methodcache):
        cache = module.installation_cache()
        cache.writable = False  # (a test module's imports add nothing to the installation's files)
        undo.append(module.install(cache))
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        for step in reversed(undo):
            step()
        gc.freeze()
        if was_enabled:
            gc.enable()
