"""The methods `dataclasses` writes for briefgen's classes, compiled once per installation.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` as Python source and compiles it with `exec` when the class is defined: 534 sources for
the ~140 classes a build imports, 0.18–0.26 s of compiling on a loaded machine (of 1.7–1.8 s of
imports: a timer around `dataclasses.exec`, load ~8, 2026-12-05), in every process — `build`,
`check`, `serve`, each of the test suite's. No library keeps them: Python's own `.pyc` files hold
only the code written in a module. This keeps the code object compiled from each source
(`marshal`, as a `.pyc` holds code) in `briefgen/__pycache__/dataclass.<tag>.marshal`
(`keptfile.KeptFile`: sealed, keyed by the Python build, written only where Python writes
bytecode; `python -m briefgen.speed.regexcache` writes it in any case), and hands `exec` the kept
code instead of the source: the very code a compile of that text makes (same text, same filename
"<string>", same flags: `dataclasses` has no `__future__` import, so the compile inherits none).

Only classes defined by installed code are kept (`keptfile.installed_code`: briefgen's and installed
libraries' module code and class bodies), never a site plugin's. The hook is the name `exec` in the
`dataclasses` module's globals, which its function builder looks up before the builtin (CPython
3.11–3.13 all call `exec(source, globals, locals)` there); where it calls no `exec`, nothing changes.
"""
from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
from contextlib import AbstractContextManager
from importlib.util import MAGIC_NUMBER
from typing import Any, Callable

from briefgen import __version__
from briefgen.speed.keptfile import KeptFile, installation_file, installed, installed_code, library_folders

FORMAT = 1  # raise when what an entry holds changes
MAX_ENTRIES = 6000  # ~10x the sources briefgen's classes have; past it, a save keeps only those this process used


class MethodCache(KeptFile):
    """Kept code: entries source text (str) → the code object `compile(source, "<string>", "exec")` makes."""

    @classmethod
    def key(cls) -> str:
        return "\0".join((str(FORMAT), __version__, sys.version, MAGIC_NUMBER.hex(), str(marshal.version)))

    @classmethod
    def limit(cls) -> int:
        return MAX_ENTRIES


def install(cache: MethodCache) -> Callable[[], None]:
    """Make `dataclasses` run the methods it writes from `cache`, keeping those of installed code's classes, for
    the rest of the process; returns the function that undoes it."""
    libraries = library_folders()
    here = dataclasses.__file__

    def exec_kept(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            code = cache.entries.get(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)
                frame = sys._getframe(1)
                while frame is not None and frame.f_code.co_filename == here:  # (to the code defining the class)
                    frame = frame.f_back  # type: ignore[assignment]
                if frame is not None and installed_code(frame, libraries):
                    cache.entries[source] = code
                    cache.used.add(source)
                    cache.added += 1
            else:
                cache.used.add(source)
            source = code
        builtins.exec(source, globals, locals)

    dataclasses.exec = exec_kept  # type: ignore[attr-defined]

    def undo() -> None:
        if vars(dataclasses).get("exec") is exec_kept:
            del dataclasses.exec  # type: ignore[attr-defined]
    return undo


def kept_methods() -> AbstractContextManager[MethodCache]:
    """While inside: `dataclasses` runs kept methods (`install`) from `installation_cache()`; on leaving, undone and
    saved. Also a decorator (`cli.main`)."""
    return installed(installation_cache, install)


def installation_cache() -> MethodCache:
    """The kept methods of this installation of briefgen (`keptfile.installation_file`)."""
    return installation_file(MethodCache, "dataclass")
