"""Values kept between processes beside briefgen's modules, and which code may have its values kept.

Python compiles a module once per installation (its `.pyc`); briefgen keeps two more things the same way,
each in one file of `__pycache__/` beside the package (`pycache.pycache_folder`: PEP 3147's rules,
`sys.pycache_prefix`, nothing written with bytecode off): the regular expressions its code compiles
(`regexcache.py`) and the methods `dataclasses` writes for its classes (`methodcache.py`). A file here is a
sealed (`sealed.py`: blake2b) marshal of (key, entries); the key names the Python build, so another
Python's file reads as empty. Whoever can write that folder can already change briefgen itself, as with
its `.pyc` files.

What may be kept is decided by `installed_code`: only values whose text comes from installed source code
(briefgen's own, the standard library's, installed packages'), never from a site's content, configuration or
plugins — the file is shared by every site and user of the installation.
"""
from __future__ import annotations

import marshal
import os
import sys
import sysconfig
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, Callable, Iterator, TypeVar

from briefgen import sealed
from briefgen.pycache import pycache_folder

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "")
K = TypeVar("K", bound="KeptFile")
COMPREHENSIONS = ("<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>")  # (functions of their own in Python 3.11)


@dataclass
class KeptFile:
    """The entries of the file `path` (None: keep nothing), read once; the user reads and adds entries (counting
    `added`, noting what it used in `used`), `save` writes the file when something was added and `writable`.
    Subclasses give `key()` (the build the entries are valid for) and `limit()` (entries a file may hold)."""

    path: Path | None
    writable: bool
    entries: dict[Any, Any] = field(default_factory=dict)
    added: int = 0
    used: set[Any] = field(default_factory=set)  # (keys read or added by this process)

    @classmethod
    def key(cls) -> str:
        """What the entries are valid for (a Python build, a format): a file with another key reads as empty."""
        raise NotImplementedError

    @classmethod
    def limit(cls) -> int:
        """How many entries a file may hold before a save keeps only those this process used."""
        raise NotImplementedError

    @classmethod
    def open(cls, path: Path | None, writable: bool) -> Any:
        """The file at `path` as it is now; an unreadable, damaged or foreign file reads as empty."""
        kept = cls(path, writable)
        if path is not None:
            try:
                key, entries = marshal.loads(sealed.unseal(sealed.read_file(path)))
                if key == cls.key() and isinstance(entries, dict):
                    kept.entries = entries
            except Exception:  # missing, unreadable, damaged (sealed.Damaged), another Python's: compile again
                pass
        return kept

    def save(self) -> None:
        """Write the entries, merged with the file's own of now (another process may have added some),
        atomically; a folder that cannot be written only means compiling again next time."""
        if not (self.added and self.writable and self.path is not None):
            return
        kept = type(self).open(self.path, False).entries
        entries = {**kept, **self.entries}
        if len(entries) > self.limit():  # (values briefgen no longer has, kept by older versions of it)
            entries = {key: entries[key] for key in self.used if key in entries}
        try:
            payload = marshal.dumps((self.key(), entries))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    sealed.write(out, payload)
                os.chmod(temp, 0o644)  # (readable by every user of the installation, as its .pyc files)
                os.replace(temp, self.path)  # whole or not at all: another process may be reading it
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
            self.added = 0
        except (OSError, ValueError):
            pass


def library_folders() -> tuple[str, ...]:
    """The folders of Python's standard library and of installed packages (sysconfig's stdlib, platstdlib, purelib
    and platlib paths, with a separator at the end), where the code of markdown, jinja2, yaml, html.parser … lies."""
    paths = sysconfig.get_paths()
    return tuple(sorted({os.path.join(os.path.abspath(paths[key]), "")
                         for key in ("stdlib", "platstdlib", "purelib", "platlib") if paths.get(key)}))


def installed_code(frame: FrameType, libraries: tuple[str, ...] = ()) -> bool:
    """Whether what `frame` makes has text fixed by installed source code alone, never by a site:
    - briefgen's own module code, or a function of no arguments in it: its globals are those of an imported module
      named `briefgen` or `briefgen.…` whose file is in the package folder. (A folder test alone kept the patterns of
      a plugin whose site lay inside the package folder — a tester, 2026-12-05: a site's plugin module is
      `briefgen_plugin_<hash>`, plugins.py, never in briefgen's namespace);
    - the module code or a class body (code that is no function: no CO_NEWLOCALS) of a module whose file is under
      one of `libraries` (`library_folders()`: the standard library's `html.parser`, PyYAML's `Reader`, the
      Markdown extensions' patterns — ~0.1 s of every process's start, 10 % of a one-article site's cold build,
      py-spy, 2026-12-05). A site's plugin module is kept out by its name wherever its file lies;
    - a comprehension or generator expression (a function of its own) when the code that runs it is one of these."""
    code = frame.f_code
    if code.co_name in COMPREHENSIONS and not code.co_freevars and frame.f_back is not None:
        return installed_code(frame.f_back, libraries)  # (its words come from the code that runs it)
    name = frame.f_globals.get("__name__")
    if not isinstance(name, str) or name == "__main__" or name.startswith("briefgen_plugin_"):
        return False
    if name == "briefgen" or name.startswith("briefgen."):
        return (getattr(sys.modules.get(name), "__dict__", None) is frame.f_globals  # (not exec'd in a made-up one)
                and code.co_filename.startswith(PACKAGE) and (code.co_name == "<module>" or (
                    code.co_argcount == 0 and code.co_kwonlyargcount == 0 and not code.co_freevars
                    and not code.co_flags & 0x0C)))  # (CO_VARARGS | CO_VARKEYWORDS)
    # (a library's module may run outside sys.modules: Markdown executes a private copy of html.parser)
    return not code.co_flags & 0x02 and bool(libraries) and code.co_filename.startswith(libraries)


def installation_file(kind: type[K], name: str) -> K:
    """The file `name` of this installation of briefgen, as `kind` opens it: `<name>.<cache tag>.marshal` in the
    package's `pycache_folder` (None where Python has no cache tag), writable where Python writes bytecode."""
    folder, writable = pycache_folder(Path(PACKAGE))
    tag = sys.implementation.cache_tag
    return kind.open(folder / f"{name}.{tag}.marshal" if tag else None, writable)  # type: ignore[no-any-return]


@contextmanager
def installed(open_file: Callable[[], K], install: Callable[[K], Callable[[], None]]) -> Iterator[K]:
    """While inside: `install(open_file())` holds (the kept values in use); on leaving, undone and the file saved.
    Each use opens the file anew, also as a decorator (`cli.main`)."""
    cache = open_file()
    undo = install(cache)
    try:
        yield cache
    finally:
        undo()
        cache.save()
