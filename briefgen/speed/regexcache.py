"""briefgen's regular expressions compiled once per installation, as Python compiles a module once.

A process compiles every pattern its modules hold as constants when it imports them: ~560 patterns
of briefgen's own (word lists, name runs, quotation frames) plus a few of its libraries'. Python's
`re` keeps them only for the life of the process, and its compiler is pure Python: 0.58–0.65 s of
a one-article site's 1.8–2.3 s cold build and of a 10,000-article one-edit rebuild (load ~5, measured
by timing `re._compiler.compile` in the build, 2026-12-05), the same work in every build, `check` and
`serve` start. No library keeps compiled patterns between processes (the `regex` package compiles
each process too); this keeps what `re` makes of a pattern — the SRE program, its flags and group
names — and hands it to `_sre.compile`, the C constructor `re._compiler.compile` itself ends in,
so a kept pattern is the very object a compile makes (equal by `Pattern.__eq__`: flags, source,
program).

What is kept: only patterns compiled by briefgen's own module code, or by a briefgen function of
no arguments and no free variables (the `lru_cache`d builders of fixed patterns, such as
`creditcues.cues`), and by the module code and class bodies of the standard library and installed
packages (`html.parser`, PyYAML, the Markdown extensions: `keptfile.installed_code`): their text comes from installed
source alone, never from a site's content or configuration (outlet and people names compile in
functions that take them, and a site's plugins are not installed code: none is kept). A pattern's
program depends only on its text, its flags and the Python build (the key), so a library upgraded
later finds its changed patterns missing and compiles them. Where: beside the package's modules, under the
rules Python follows for `.pyc` files (PEP 3147; `sys.pycache_prefix`; nothing written when Python writes no bytecode,
`PYTHONDONTWRITEBYTECODE`/`-B`), like the compiled theme (`render/themecache.py`); `python -m
briefgen.speed.regexcache` writes it in any case (tools/test.sh, images built with bytecode off).

Trust and damage: the file is sealed (blake2b, `sealed.py`) and keyed by the Python build
(`sys.version`, `_sre.MAGIC`, `marshal.version`); a missing, damaged, foreign or unreadable file
costs only the compiles it would have saved, and `_sre.compile` validates every program it is
given (CPython's `_validate`: an invalid one raises RuntimeError, which falls back to compiling).
Whoever can write that folder can already change briefgen itself, as with its `.pyc` files.
"""
from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
import sysconfig
from array import array
from contextlib import AbstractContextManager
from types import FrameType
from typing import Any, Callable

from briefgen import __version__
from briefgen.speed.keptfile import KeptFile, installation_file, installed, installed_code, library_folders

FORMAT = 2  # raise when what an entry holds changes (2: the program as bytes)
MAX_ENTRIES = 4000  # ~6x the patterns briefgen has; past it, a save keeps only those this process used
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)  # an SRE machine word's array type (4 bytes)

# (pattern, flags) → (flags of the compiled pattern, SRE program as machine words, groups, groupindex, indexgroup);
# the program as bytes, not a list of ints: 237,265 words of 621 patterns took 4.4 MB as lists, ~0.95 MB so
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _key() -> str:
    return "\0".join((str(FORMAT), __version__, sys.version, str(_sre.MAGIC), str(_sre.CODESIZE),
                      str(marshal.version)))


class RegexCache(KeptFile):
    """The kept programs of the file `path` (None: keep nothing), read once (`KeptFile.open`): entries
    (pattern, flags) → `Entry`; `compile_kept` reads and adds them, `save` writes the file when something was
    added and `writable`."""

    @classmethod
    def key(cls) -> str:
        return _key()

    @classmethod
    def limit(cls) -> int:
        return MAX_ENTRIES


def compile_kept(cache: RegexCache, pattern: Any, flags: int, compile: Callable[[Any, int], Any],
                 caller: FrameType | None, libraries: tuple[str, ...] = ()) -> Any:
    """`compile(pattern, flags)` (re._compiler.compile's signature and result), from `cache` when it
    holds the pattern, else compiled and, when `caller` (the frame that called `re.compile`) is
    briefgen's module code or a function of no arguments and no free variables in briefgen, or the module
    code or a class body of a library under `libraries` (`keptfile.installed_code`), kept."""
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return compile(pattern, flags)
    entry = cache.entries.get((pattern, int(flags)))
    if entry is not None:
        try:
            compiled = made(pattern, entry)
            cache.used.add((pattern, int(flags)))
            return compiled
        except Exception:  # (a program this Python's validator refuses: compile it as re would)
            del cache.entries[(pattern, int(flags))]
    if caller is None or not installed_code(caller, libraries):
        return compile(pattern, flags)
    entry = program(pattern, int(flags))
    compiled = made(pattern, entry)
    cache.entries[(pattern, int(flags))] = entry
    cache.used.add((pattern, int(flags)))
    cache.added += 1
    return compiled


def program(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile(pattern, flags)` hands `_sre.compile` after the pattern itself: the compiled
    flags, the SRE program (as `_sre.CODESIZE`-byte machine words), the number of groups, and the group names
    both ways — its own steps (CPython 3.11–3.13). Raises re.error for a pattern that is not one."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def made(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    """The pattern `entry` (from `program`) makes, by `_sre.compile`. Raises RuntimeError ("invalid SRE code")
    or ValueError/TypeError for an entry that is no program of this Python's."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _libraries() -> tuple[str, ...]:
    """The folders of Python's standard library and of installed packages (sysconfig's stdlib, platstdlib, purelib
    and platlib paths, with a separator at the end), where the code of markdown, jinja2, yaml, html.parser … lies."""
    paths = sysconfig.get_paths()
    return tuple(sorted({os.path.join(os.path.abspath(paths[key]), "")
                         for key in ("stdlib", "platstdlib", "purelib", "platlib") if paths.get(key)}))


def install(cache: RegexCache) -> Callable[[], None]:
    """Make `re` compile through `cache` for the rest of the process (the command line does this once, before
    it imports the stages: `cli.main`); returns the function that undoes it. Nothing is installed where
    `re._compiler` is not CPython 3.11+'s (the return value then does nothing)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]  # noqa: F401
        original = _compiler.compile
        _compiler._code  # (the steps compile_kept repeats)
    except (ImportError, AttributeError):
        return lambda: None
    here = (os.path.join("re", "__init__.py"), "functools.py")
    libraries = library_folders()

    def compile(pattern: Any, flags: int = 0) -> Any:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.endswith(here):  # re.compile, lru_cache
            frame = frame.f_back  # type: ignore[assignment]
        return compile_kept(cache, pattern, flags, original, frame, libraries)

    _compiler.compile = compile

    def undo() -> None:
        if _compiler.compile is compile:
            _compiler.compile = original
    return undo


def installation_cache() -> RegexCache:
    """The kept patterns of this installation of briefgen (`keptfile.installation_file`)."""
    return installation_file(RegexCache, "regex")


def kept_patterns() -> AbstractContextManager[RegexCache]:
    """While inside: `re` compiles through `installation_cache()` (`install`); on leaving, undone and saved.
    Also a decorator (`cli.main`)."""
    return installed(installation_cache, install)


def main() -> int:
    """`python -m briefgen.speed.regexcache`: import every briefgen module, call its `lru_cache`d functions of
    no arguments, and keep the patterns they compile and the methods of the dataclasses they define
    (`methodcache.py`), whether or not Python writes bytecode; exit code 0, or 1 with the reason on stderr when
    a file could not be written (each process then compiles them, as before)."""
    import functools
    import importlib
    import inspect
    import pkgutil

    import briefgen

    from briefgen.speed import methodcache

    cache, methods = installation_cache(), methodcache.installation_cache()
    cache.writable, methods.writable = cache.path is not None, methods.path is not None
    install(cache)
    methodcache.install(methods)  # (the methods of the classes these imports define: methodcache.py)
    for found in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        if found.name.endswith("__main__"):
            continue
        module = importlib.import_module(found.name)
        for value in list(vars(module).values()):  # the lru_cache'd builders of fixed patterns (creditcues.cues)
            if (isinstance(value, functools._lru_cache_wrapper) and value.__module__ == found.name
                    and not inspect.signature(value.__wrapped__).parameters):  # type: ignore[attr-defined]
                value()
    cache.save()
    methods.save()
    if cache.added or methods.added:
        print(f"briefgen: could not keep compiled patterns and methods in {cache.path.parent} (not writable?); "
              "each process compiles them instead", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
