"""Fast, generic pickling of the frozen dataclasses that stages pass around.

Python 3.11 pickles a `slots=True` dataclass through `__getstate__`/`__setstate__`,
which call `dataclasses.fields()` for every object loaded: reading a 10,000-article
cache was three times slower than calling the class with its field values, which is
what `dumps`/`dump` write instead. Domain classes know nothing of this: any frozen
dataclass whose fields are all `__init__` arguments qualifies.
"""
from __future__ import annotations

import dataclasses
import functools
import io
import operator
import pickle
from typing import IO, Any, Callable

PROTOCOL = pickle.HIGHEST_PROTOCOL


@functools.lru_cache(maxsize=None)
def field_getter(cls: type) -> Callable[[Any], tuple] | None:
    """`obj → tuple of field values` for a dataclass that `cls(*values)` rebuilds exactly, else None."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__"):
        return None
    fields = dataclasses.fields(cls)
    if not fields or not all(f.init for f in fields):
        return None
    getter = operator.attrgetter(*(f.name for f in fields))
    if len(fields) == 1:
        return lambda obj: (getter(obj),)
    return getter


class Pickler(pickle.Pickler):
    """A pickler that writes qualifying dataclasses as `cls(*fields)`."""

    def reducer_override(self, obj: Any) -> Any:
        getter = field_getter(type(obj))
        if getter is None:
            return NotImplemented
        return type(obj), getter(obj)


def dump(value: Any, handle: IO[bytes]) -> None:
    Pickler(handle, protocol=PROTOCOL).dump(value)


def dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    dump(value, buffer)
    return buffer.getvalue()


load = pickle.load
loads = pickle.loads
