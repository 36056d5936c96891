"""nh3's sanitiser built once per allow-list, its attribute filter's exceptions and Ctrl-C passed to the caller.

    cleaner = GuardedCleaner(keep, tags={"a", "p"}, attributes={"a": {"href"}})
    cleaner.clean('<a href="https://example.org/" onclick="x()">x</a>')   # -> '<a href="https://example.org/">x</a>'

`nh3.clean(fragment, **options)` turns its options (Python sets and dicts of the allow-list) into the Rust
library's every call; `nh3.Cleaner` (nh3 ≥ 0.2.18) keeps them built: markup._clean 65 → 46 µs a body (300
bodies of the 1,000-article benchmark corpus, 5 kB of HTML each, minimum of 5 passes, 3 alternating pairs of
processes, `time.process_time`, 2026-12-03; ~1 % of converting a body). markup.py keeps one per allow-list.

nh3 (0.3.8, through PyO3) prints an exception raised in `attribute_filter` as "Exception ignored", drops the
attribute and carries on; a Ctrl-C arriving while nh3 runs is raised in the filter (Python runs signal handlers
at the next Python code, which is the filter), so it was lost and the build went on. The filter's exceptions
are kept and raised once nh3 returns; signals with a Python handler are held while nh3 runs
(load/heldsignals.py). The exceptions are kept per thread (`serve` sanitises on several), in the cleaner,
never in module state.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

import nh3

from briefgen.load.heldsignals import held_signals


class GuardedCleaner:
    """`nh3.Cleaner(attribute_filter=keep, **options)` whose `clean` raises what `keep` raised (module docstring).

    `keep(tag, attribute, value)` gives the value to write, or None to drop the attribute."""

    __slots__ = ("_cleaner", "_local")

    def __init__(self, keep: Callable[[str, str, str], str | None], **options: Any) -> None:
        local = self._local = threading.local()

        def guarded(tag: str, attr: str, value: str) -> str | None:
            try:
                return keep(tag, attr, value)
            except BaseException as exc:  # noqa: BLE001 — raised by `clean`, after nh3 returns
                local.failed.append(exc)
                return None

        self._cleaner = nh3.Cleaner(attribute_filter=guarded, **options)

    def clean(self, fragment: str) -> str:
        """`fragment` (HTML) sanitised; raises the first exception the filter raised, once nh3 is done."""
        failed: list[BaseException] = []
        self._local.failed = failed
        with held_signals():  # (Ctrl-C, serve's stop signals and its timer: noted, raised after nh3)
            clean = self._cleaner.clean(fragment)
        if failed:
            raise failed[0]
        return clean
