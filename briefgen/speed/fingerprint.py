"""Page fingerprints: a hash of everything a page is made from, derived from the values themselves.

A page's fingerprint covers the build's base (briefgen's code, the template set, the
config, plugins), its output path and template, and its context walked field by field:
every dataclass is hashed from all of its fields, so a field added to `Article` or
`Entry` later changes the fingerprint of every page that shows it without anyone
remembering to list it. When the fingerprint equals the previous build's, the page's
old file is kept instead of rendering it again.

Each dataclass object is hashed once per build and then written into the pages that
hold it as its 32-character digest: an entry shown in forty listings costs one hash.
Functions (e.g. a body fetcher) count by their qualified name; what they return is
covered by the values they are called with. Pickle serves as a fast canonical
encoding: the same code builds the same object graph, and a spurious difference only
costs a re-render.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import operator
import os
import pickle
import types
import zoneinfo
from typing import Any, Callable, Mapping

PROTOCOL = pickle.HIGHEST_PROTOCOL
_GLOBALS = (str, dt.datetime, dt.date, dt.timezone, dt.timedelta)  # written as memo references (see _Pickler)
_CALLABLES = (types.FunctionType, types.MethodType, types.BuiltinFunctionType, functools.partial)


@functools.lru_cache(maxsize=None)
def _fields_of(cls: type) -> Callable[[Any], tuple] | None:
    """What of a dataclass counts: every field, but those marked
    - `metadata={"shown": False}`: a value no page shows as such (an article's file revision:
      pages that print the body hold it in a `Body`);
    - `metadata={"derived": True}`: made from the object's other fields by briefgen's code,
      which the base covers (a listing page's month groups of its items: 200,000 references
      to hash at 10,000 articles, half of all).
    New fields count unless marked."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = [f.name for f in dataclasses.fields(cls)
             if f.metadata.get("shown", True) and not f.metadata.get("derived", False)]
    getter = operator.attrgetter(*names)
    return (lambda obj: (getter(obj),)) if len(names) == 1 else getter


def _name_of(function: Any) -> str:
    target = function.func if isinstance(function, functools.partial) else function
    return f"{getattr(target, '__module__', '')}.{getattr(target, '__qualname__', type(target).__name__)}"


class Fingerprinter:
    """Fingerprints of pages (and digests of values) for one build.

    `base` is the identity of everything every page depends on. `extra(page)` may name
    values a page depends on beyond its context (e.g. the whole site model for a
    template that reads it); they are hashed like the context.
    """

    def __init__(self, base: str, extra: Callable[[Any], Mapping[str, Any]] | None = None) -> None:
        self._base = base.encode()
        self._extra = extra
        # id → the object's reduction for pickle, `(str, (digest,))`. Ids stay unique because
        # every object hashed is kept alive in `_alive` (seeded ones by `seed`'s `keep`).
        self._reductions: dict[int, tuple[type, tuple[str]]] = {}
        self._alive: list[Any] = []
        self._picklers: list[tuple[io.BytesIO, _Pickler]] = []  # one per nesting depth, reused
        self._depth = 0

    def seed(self, known: Mapping[int, str], keep: Any) -> None:
        """Take digests already known for objects (`id(obj)` → digest of what they were made from,
        e.g. a document's file revision and settings) instead of hashing them field by field.
        `keep` holds the objects alive for the fingerprinter's lifetime (ids must not be reused)."""
        self._alive.append(keep)
        for ident, found in known.items():
            self._reductions[ident] = (str, (found,))

    @classmethod
    def over(cls, *shared: Any, extra: Callable[[Any], Mapping[str, Any]] | None = None) -> Fingerprinter:
        """A fingerprinter whose base is the digest of `shared` values (code, templates, config, plugins)."""
        printer = cls("", extra)
        printer._base = hashlib.blake2b(printer._dump(shared), digest_size=16).hexdigest().encode()
        return printer

    @classmethod
    def once(cls, value: Any) -> str:
        """`digest(value)` with a fingerprinter used for this value only, and let go at once.

        A fingerprinter and its picklers refer to each other (a reference cycle), which only the
        cyclic collector frees — and builds pause it: one made per article and dropped leaked
        ~5 KB each (peak memory of a cold build at 10,000 articles +50 MB). This one breaks the
        cycle before returning.
        """
        printer = cls.over()
        try:
            return printer.digest(value)
        finally:
            printer.release()

    def release(self) -> None:
        """Let go of everything kept for speed: the digests of every object seen, the objects (kept
        alive so that their ids stay unique), and the picklers, which refer back to this
        fingerprinter (a cycle: see `once`). Use it no more afterwards: without the digests it was
        seeded with (`seed`), it would hash the same values differently.

        A build's page fingerprinter has seen ~11 objects per article (11,000 digests at 1,000
        articles: ~300 MB at 100,000), which rendering no longer needs.
        """
        self._picklers.clear()
        self._reductions.clear()
        self._alive.clear()

    def page(self, page: Any) -> str:
        """Hex digest of a page's path, template, context and extras (see the module docstring)."""
        h = hashlib.blake2b(self._base, digest_size=16)
        h.update(page.path.encode() + b"\0" + page.template.encode() + b"\0")
        h.update(self._dump(_sets_sorted(page.context)))
        if self._extra is not None:
            h.update(self._dump(_sets_sorted(self._extra(page))))
        return h.hexdigest()

    def value(self, name: str, value: Any) -> str:
        """Hex digest of the base, `name` and `value`: the fingerprint of something made like a page
        that is not one (a feed item, publish.py)."""
        h = hashlib.blake2b(self._base, digest_size=16)
        h.update(name.encode() + b"\0")
        h.update(self._dump(value))
        return h.hexdigest()

    def digest(self, value: Any) -> str:
        """Hex digest of any value, walking dataclasses field by field."""
        if _fields_of(type(value)) is not None:
            return self._object_digest(value)
        return hashlib.blake2b(self._dump(value), digest_size=16).hexdigest()

    def _object_digest(self, obj: Any) -> str:
        return self._reduction(obj)[1][0]

    def _reduction(self, obj: Any) -> tuple[type, tuple[str]]:
        known = self._reductions.get(id(obj))
        if known is not None:
            return known
        cls = type(obj)
        getter = _fields_of(cls)
        assert getter is not None
        data = self._dump((cls.__module__, cls.__qualname__, getter(obj)))
        found = self._reductions[id(obj)] = (str, (hashlib.blake2b(data, digest_size=16).hexdigest(),))
        self._alive.append(obj)
        return found

    def _dump(self, value: Any) -> bytes:
        # A pickler per nesting depth, reused (cleared) rather than made for every object:
        # fingerprinting 10,000 pages makes ~75,000 dumps.
        depth = self._depth
        if depth == len(self._picklers):
            self._picklers.append(self._pickler(_Pickler))
        self._depth = depth + 1
        try:
            try:
                return self._pickled(depth, value)
            except (KeyError, ValueError):
                # CPython's C pickler before gh-146059 (fixed 2026-03, after 3.11.7) enters a nesting level
                # for each frozenset it writes in fast mode and never leaves it: a reused pickler raises
                # KeyError, or "can't pickle cyclic objects", after ~50 frozensets (a `build --drafts`, whose
                # pages each held the frozenset `drafted`, failed at its 49th page). This value again, with a
                # fresh pickler.
                self._picklers[depth] = self._pickler(_Pickler)
                try:
                    return self._pickled(depth, value)
                except (KeyError, ValueError):
                    # Even a fresh pickler fails: the value itself holds ~50 frozensets (above) or a cycle.
                    # It gets bytes of its own, never another build's: what holds it is always rendered.
                    self._picklers[depth] = self._pickler(_Pickler)
                    return b"unhashable " + os.urandom(16)
        finally:
            self._depth = depth

    def _pickled(self, depth: int, value: Any) -> bytes:
        """`value` pickled by the pickler of `depth`; raises KeyError or ValueError as `_dump` says."""
        buffer, pickler = self._picklers[depth]
        buffer.seek(0)
        buffer.truncate()
        try:
            pickler.dump(value)
        except (pickle.PicklingError, AttributeError, TypeError):
            # A function pickle cannot name (a lambda, a local function): this value again with
            # functions by their qualified name. A fresh pickler, as the failed one's state is unknown.
            self._picklers[depth] = self._pickler(_Pickler)
            buffer, pickler = self._pickler(_NamingPickler)
            pickler.dump(value)
        return buffer.getvalue()

    def _pickler(self, kind: type[_Pickler]) -> tuple[io.BytesIO, _Pickler]:
        buffer = io.BytesIO()
        return buffer, kind(buffer, self)


def _sets_sorted(values: Mapping[str, Any]) -> Mapping[str, Any]:
    """`values` (a page's context) with each set or frozenset among them as a sorted tuple (by `repr`): pickle
    writes a set in the order of its elements' hashes, which for text differ from process to process
    (PYTHONHASHSEED), so `drafted` (site/drafted.py) made each `build --drafts` render every page again.
    `values` itself when it holds no set (every page of a build without drafts)."""
    if not any(type(value) in (set, frozenset) for value in values.values()):
        return values
    return {name: ("set", *sorted(value, key=repr)) if type(value) in (set, frozenset) else value
            for name, value in values.items()}


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, owner: Fingerprinter) -> None:
        super().__init__(file, protocol=PROTOCOL)
        # No memo: pickle writes an object seen twice in one dump as a back-reference, so equal
        # values that happen to share a string (as values unpickled from a worker or the memo do)
        # would give different bytes. Without it the bytes depend on values only (values here are
        # frozen and acyclic, so there is no recursion to guard against).
        self.fast = True
        # Fast mode never adds to the memo but still looks objects up in it: with `str` (the
        # function of every reduction below) and the date classes seeded there, each reduction
        # writes a two-byte reference instead of pickle importing and checking `builtins.str`
        # again (measured: fingerprinting 14,385 pages at 10,000 articles 1.25 → 0.64 s, and
        # with the date classes 0.64 → 0.62 s: ~47,000 dates, times and time zones).
        self.memo = {id(known): (n, known) for n, known in enumerate(_GLOBALS)}
        self.dispatch_table = _Reductions(owner)


class _Reductions(dict):  # type: ignore[type-arg]
    """pickle's `dispatch_table` (type → reduce function), filled on the first sight of each type.

    Dataclasses become their digest, functions their qualified name, objects used as
    functions their class's name; anything else reduces as pickle does by default. A table
    rather than `reducer_override`: pickle looks a type up in C, where an override is a
    Python call for every object — also for the `str` of each reduction below (measured:
    fingerprinting 14,385 pages at 10,000 articles 1.50 → 1.0 s).
    """

    def __init__(self, owner: Fingerprinter) -> None:
        super().__init__()
        self._owner = owner

    def __missing__(self, cls: type) -> Callable[[Any], Any]:
        getter = _fields_of(cls)
        if getter is not None:  # `Fingerprinter._reduction`, inlined: ~75,000 objects at 10,000 articles
            owner = self._owner
            known, keep, dump, blake2b = owner._reductions, owner._alive.append, owner._dump, hashlib.blake2b
            module, name = cls.__module__, cls.__qualname__

            def reduce(obj: Any) -> tuple[type, tuple[str]]:
                ident = id(obj)
                found = known.get(ident)
                if found is None:
                    data = dump((module, name, getter(obj)))
                    found = known[ident] = (str, (blake2b(data, digest_size=16).hexdigest(),))
                    keep(obj)
                return found
        elif issubclass(cls, zoneinfo.ZoneInfo):  # by its key: its own reduction is a new bound method each time
            reduce = lambda zone: (str, (f"zoneinfo {zone.key}",))  # noqa: E731
        elif cls is dt.timezone:  # by its repr (offset and name): its own reduction goes through copyreg in Python,
            # three calls of which `_slotnames` is one, and then its timedelta: ~20,000 of a 10,000-article site's
            # dates (a story's first and last report) cost ~0.1 s of an edit's fingerprints (profiled, 2026-12-05)
            reduce = lambda zone: (str, (f"timezone {zone!r}",))  # noqa: E731
        elif issubclass(cls, _CALLABLES):
            reduce = lambda obj: (str, (_name_of(obj),))  # noqa: E731
        elif any("__call__" in vars(base) for base in cls.__mro__):  # an object used as a function
            name = f"{cls.__module__}.{cls.__qualname__}"
            reduce = lambda obj: (str, (name,))  # noqa: E731
        else:
            reduce = _default
        self[cls] = reduce
        return reduce


class _NamingPickler(_Pickler):
    """Also plain functions by their qualified name (pickle itself refuses lambdas and local functions)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is types.FunctionType:
            return str, (_name_of(obj),)
        return NotImplemented


# pickle's own reduction, as a C callable: a Python function here was a frame for each of ~20,000 dates
_default = operator.methodcaller("__reduce_ex__", PROTOCOL)
