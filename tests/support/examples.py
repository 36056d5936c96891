"""How many examples a property draws: the count its author chose, scaled for this run.

The whole suite must run within CI's 10 minutes on two cores (README, "Development"). In a run
measured on 2026-12-03 (`tools/test.sh` with a plugin taking each test's CPU), the 605 hypothesis
properties took 780 of the suite's 1,665 s of test time, and a profile of every eighth module put
~30 % of the suite's CPU in Hypothesis itself (drawing, mutating and recording examples) beside
what the properties run. Each `max_examples` in the suite is therefore written `examples(n)`:
n times BRIEFGEN_EXAMPLES_SCALE (default 0.5), rounded, never below 1. Explicit `@example` inputs
(the reported ones) run whatever the scale.

For a deeper search than CI's, as before a release or after changing a stage's rules:
`BRIEFGEN_EXAMPLES_SCALE=4 bash tools/test.sh tests/analyse` (any positive number).

The default was 0.5 from 2026-12-03; it is 0.3 since 2026-12-05 (evening), with a floor (`FLOOR`): the suite took
795 s of tests in a fresh clone against CI's 600 s, the properties 44-49 % of it (a `--junitxml` run of the suite,
docs/log/performance.md "Session of 2026-12-05, evening"). The floor keeps what CI drew at 0.5 up to FLOOR examples:
a property whose author set fewer than 20 (each of its examples builds a site, starts a process or a browser) draws
what it drew before, and none draws fewer than 10 that drew 10 or more. CI draws new examples on every run (no
example database, no fixed seed), so a lower count per run slows the search across runs rather than leaving inputs
unsearched; a set `BRIEFGEN_EXAMPLES_SCALE` is taken as it is, without the floor.

Since 2026-12-07 (CT7) the default scale's counts are further held to a time budget a property, by each property's
measured CPU a draw: support/drawbudget.py (applied at collection by tests/conftest.py, off under a set scale).
"""
from __future__ import annotations

import os

DEFAULT_SCALE = 0.3
FLOOR = 10  # the default scale never takes a property below min(FLOOR, what it drew at 0.5)
FORMER_SCALE = 0.5  # the default of 2026-12-03 to 2026-12-05


def scale() -> float:
    """BRIEFGEN_EXAMPLES_SCALE as a positive float; DEFAULT_SCALE when unset or empty.

    Raises ValueError when it is set to anything else, so that a mistyped deep run does not
    silently run the default."""
    written = os.environ.get("BRIEFGEN_EXAMPLES_SCALE", "").strip()
    if not written:
        return DEFAULT_SCALE
    value = float(written)
    if not value > 0 or value == float("inf"):
        raise ValueError(f"BRIEFGEN_EXAMPLES_SCALE must be a positive number, not {written!r}")
    return value


def examples(count: int) -> int:
    """`count` examples scaled by `scale()`: round(count * scale), at least 1; under the default scale also at least
    min(FLOOR, round(count * FORMER_SCALE)) (module docstring)."""
    scaled = max(1, round(count * scale()))
    if os.environ.get("BRIEFGEN_EXAMPLES_SCALE", "").strip():
        return scaled
    return max(scaled, min(FLOOR, round(count * FORMER_SCALE)))
