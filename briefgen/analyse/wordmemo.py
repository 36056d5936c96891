"""A memo of a function of one written word, looked up in C: for speed only.

The story features look up every distinct word of an article in a few per-word caches
(terms.keyword, terms.term_of, the function-word marks of terms.language_of_counted,
propernames' lower-case terms): ~500 look-ups an article. `functools.lru_cache` keys a
`bytes` argument by a new tuple and keeps its order of use, ~100–120 ns a hit; a dict
whose `__missing__` computes the value is read by `map(memo.__getitem__, words)` without
leaving C, ~55 ns (docs/log/performance.md, "Fourth session of 2026-12-03: story features"). Like the
lru_cache it replaces it is bounded: when it holds `limit` words it is emptied and fills
again, so a value is always the function's.
"""
from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class WordMemo(dict[K, V], Generic[K, V]):
    """`memo[word]` is `function(word)`, computed once until the memo holds `limit` words (then emptied)."""

    __slots__ = ("function", "limit")

    def __init__(self, function: Callable[[K], V], limit: int = 65536) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, word: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.function(word)
        return value


def word_memo(function: Callable[[K], V]) -> Callable[[K], V]:
    """`function` memoised per argument (`WordMemo`, 65,536 words): its look-up, a C method that `map`
    calls without a Python frame. The argument is positional and hashable; the values are shared, so
    they must not be changed (tuples, strings, numbers, None)."""
    return WordMemo(function).__getitem__
