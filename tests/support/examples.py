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
"""
from __future__ import annotations

import os

DEFAULT_SCALE = 0.5


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
    """`count` examples scaled by `scale()`: round(count * scale), at least 1."""
    return max(1, round(count * scale()))
