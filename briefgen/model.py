"""Helpers shared by the plain-data classes of every stage."""
from __future__ import annotations

import dataclasses
import operator
from typing import TypeVar

T = TypeVar("T")


def fast_pickle(cls: type[T]) -> type[T]:
    """Pickle a frozen slotted dataclass as `cls(*fields)`.

    The default for `slots=True` dataclasses calls `dataclasses.fields()` for every
    object on load, which made reading a 10,000-article cache three times slower.
    """
    names = [f.name for f in dataclasses.fields(cls)]
    getter = operator.attrgetter(*names)
    cls.__reduce__ = lambda self: (cls, getter(self))  # type: ignore[method-assign]
    return cls
