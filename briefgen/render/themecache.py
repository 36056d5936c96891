"""The built-in theme's templates compiled once per installation, as Python compiles a module once.

Every cold build compiles the theme's 28 templates (`render/sharedcompile.py`: parse, the code
generator noting the variables each reads, Python's compile): ~0.25 s of a one-article site's
~0.45 s of CPU, the same work for every new site on the machine — and about a fifth of the test
suite's time, whose tests build several hundred new sites (cProfile; `docs/log/performance.md`,
"Fifth session of 2026-12-03"). A site's own `.briefgen-cache/templates` keeps them only for
that site's next build.

So the theme's compiled templates are kept beside the theme, where Python keeps a package's
compiled modules: in `briefgen/theme/__pycache__/`, or under `sys.pycache_prefix` when one is set
(`PYTHONPYCACHEPREFIX`, `-X pycache_prefix`), and nothing is written when Python writes no
bytecode (`PYTHONDONTWRITEBYTECODE`, `-B`) — the rules of PEP 3147 and PEP 488 for `.pyc` files,
which the same installations already follow for briefgen's modules. One file a template and
configuration, replaced when its source changes. Read-only, missing, damaged or foreign files cost
only the compile they would have saved (each file carries a hash of its contents, the key it was
made under and the template's own source digest; marshal's format is tied to the Python version,
which is in the key with Jinja's and briefgen's versions). No site's content is ever in it: only the
theme's templates, which come with briefgen. Its code is trusted as Python trusts a `.pyc` file there:
whoever can write that folder can already change briefgen itself.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Callable, TypeVar

import jinja2

from briefgen import __version__, sealed
from briefgen.pycache import pycache_folder

FORMAT = 2  # raise when what `Compiled` holds or how the generator notes names changes


@dataclass(frozen=True)
class Compiled:
    """One template as `SharedCompileEnvironment.analyse` found it: every name its frames resolve
    from the context (the environment's globals not yet removed: plugins add globals), the templates
    it names (None: computed at render time), and its code."""

    resolved: frozenset[str]
    referenced: tuple[str | None, ...]
    code: CodeType


def theme_cache_folder(theme_templates: Path) -> tuple[Path, bool]:
    """(where the compiled theme templates are kept, whether this process may write there):
    `pycache.pycache_folder` of `theme_templates`'s parent."""
    return pycache_folder(theme_templates.parent)


class ThemeCache:
    """The compiled templates of the theme folder `theme_templates`, and other values made from their
    source alone (`kept`), kept in `folder` (see `theme_cache_folder`); `configuration` is what else
    the code depends on (the environment's options: `render.environment.make_environment`)."""

    def __init__(self, theme_templates: Path, folder: Path, writable: bool, configuration: str) -> None:
        self._theme = os.path.join(os.path.abspath(theme_templates), "")
        self._folder = folder
        self._writable = writable
        self._configuration = configuration

    def holds(self, filename: str | None) -> bool:
        """Whether `filename` (as Jinja's loader names a template file) is one of the theme's."""
        return filename is not None and os.path.abspath(filename).startswith(self._theme)

    def _entry(self, kind: str, name: str | None, filename: str) -> tuple[Path, bytes]:
        key = "\0".join((str(FORMAT), __version__, jinja2.__version__, sys.implementation.cache_tag or "",
                         str(marshal.version), kind, str(name), filename, self._configuration)).encode("utf-8")
        digest = hashlib.blake2b(key, digest_size=16).hexdigest()
        stem = (name or "template").replace("/", "-")
        return self._folder / f"{stem}.{digest}.{kind}", key

    def load(self, source: str, name: str | None, filename: str) -> Compiled | None:
        """The template compiled from exactly `source` under this name, file and configuration, or
        None (never kept, changed since, damaged, unreadable, another Python's)."""
        kept = self._load("jinja", source, name, filename)
        if not (isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[2], CodeType)):
            return None
        resolved, referenced, code = kept
        return Compiled(frozenset(resolved), tuple(referenced), code)

    def store(self, source: str, name: str | None, filename: str, compiled: Compiled) -> None:
        """Keep `compiled` for the next process to compile this source; a folder that cannot be
        written (a read-only installation, a full disk) only means it is compiled again."""
        self._store("jinja", source, name, filename, (sorted(compiled.resolved), list(compiled.referenced),
                                                     compiled.code))

    def kept(self, kind: str, source: str, name: str | None, filename: str, make: Callable[[], V]) -> V:
        """`make()`, a value of this template's source alone that marshal can write (Python's
        constants: numbers, strings, None, tuples, lists), kept as `kind` (letters) like the code:
        read back when made from exactly this source, else made and kept."""
        value = self._load(kind, source, name, filename)
        if value is _MISSING:
            value = make()
            self._store(kind, source, name, filename, value)
        return value  # type: ignore[no-any-return]

    def _load(self, kind: str, source: str, name: str | None, filename: str) -> object:
        path, key = self._entry(kind, name, filename)
        try:
            kept_key, kept_source, value = marshal.loads(sealed.unseal(sealed.read_file(path)))
        except Exception:  # missing, unreadable, damaged (sealed.Damaged), another format: compile again
            return _MISSING
        return value if kept_key == key and kept_source == _source_digest(source) else _MISSING

    def _store(self, kind: str, source: str, name: str | None, filename: str, value: object) -> None:
        if not self._writable:
            return
        path, key = self._entry(kind, name, filename)
        try:
            payload = marshal.dumps((key, _source_digest(source), value))
            self._folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self._folder, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    sealed.write(out, payload)
                os.replace(temp, path)  # whole or not at all: another process may be reading it
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass


_MISSING = object()
V = TypeVar("V")


def _source_digest(source: str) -> bytes:
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=32).digest()
