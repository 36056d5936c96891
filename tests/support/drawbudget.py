"""The properties' time in CI: a property whose draws are costly draws fewer of them, never fewer than FLOOR.

`examples(n)` (support/examples.py) scales every property's count alike, whatever a draw costs: a property whose draw
takes 1 ms and one whose draw builds a site for 150 ms both draw 0.3 of their authors' counts. CT7 (2026-12-07,
docs/log/performance.md "CT7: the suite under CI's 10 minutes") gave the suite's CI run a time budget per property instead:
under the default scale, a property draws at most as many examples as fit in BUDGET_S seconds by its measured cost a
draw, and never fewer than min(FLOOR, its count). Properties whose draws fit keep their counts; the cost of a draw is
measured, not guessed, and kept in `drawcosts.json` beside this module (CPU seconds a draw, by test function;
properties whose draw costs under RECORDED_FROM are left out: at the suite's counts, ≤ 120 since 2026-12-05, the
budget cannot cut them).

The cost is CPU time (the test process's and its reaped children's, in the test's call: Hypothesis's own work on a
draw included), not wall time: a measuring run on the shared machine ran at load 10-15 on two cores, where a test's wall
was 5-7 times its CPU, the queue rather than the test. A property whose work is in processes the test does not reap
(the prestarted command server's children, Chromium, the Nu Html Checker) or in waiting shows less than it costs and
keeps more of its count: those already draw few (support/examples.py's floor).

A set BRIEFGEN_EXAMPLES_SCALE turns the budget off (a deeper search draws the scaled counts in full), as does
BRIEFGEN_DRAW_BUDGET=off. The costs go stale as tests change; a property not in the file keeps its count. To measure
them again (a whole run; each worker writes its own file):

    BRIEFGEN_DRAW_COSTS=/tmp/costs bash tools/test.sh -p support.drawbudget
    python tests/support/drawbudget.py /tmp/costs      # rewrites drawcosts.json from /tmp/costs.*.tsv

The committed file's run is named in `drawcosts.json`'s "measured" entry.
"""
from __future__ import annotations

import json
import math
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

BUDGET_S = 0.3  # CPU seconds of draws a property may take in CI (CT7: docs/performance.md)
FLOOR = 10  # never fewer draws than min(FLOOR, the property's count): support/examples.py's floor
RECORDED_FROM = BUDGET_S / 120  # CPU seconds a draw: cheaper properties of ≤ 120 examples are never cut
COSTS = Path(__file__).with_name("drawcosts.json")


def budgeted(count: int, cost: float, budget: float = BUDGET_S, floor: int = FLOOR) -> int:
    """The examples a property of `count` examples draws when a draw costs `cost` seconds: the draws that fit in
    `budget` seconds, at most `count`, at least min(`floor`, `count`). A cost of 0 or less keeps `count`."""
    if cost <= 0 or count * cost <= budget:
        return count
    return max(min(count, floor), min(count, math.floor(budget / cost * (1 + 1e-9))))  # 0.3 / 0.01 is 29.99…


def function_key(nodeid: str) -> str:
    """A test's id without its parameters ('tests/a.py::test_b[x]' -> 'tests/a.py::test_b'): the costs are kept per
    test function, the largest of its parameters'."""
    return nodeid.split("[", 1)[0]


def load_costs(path: Path = COSTS) -> dict[str, float]:
    """The recorded costs, seconds a draw by test function; empty when the file is missing."""
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))["costs"])
    except FileNotFoundError:
        return {}


def active() -> bool:
    """True under the default scale (BRIEFGEN_EXAMPLES_SCALE unset or empty) unless BRIEFGEN_DRAW_BUDGET=off."""
    if os.environ.get("BRIEFGEN_EXAMPLES_SCALE", "").strip():
        return False
    return os.environ.get("BRIEFGEN_DRAW_BUDGET", "").strip().lower() != "off"


def _property_function(item: pytest.Item) -> object | None:
    test = getattr(item, "obj", None)
    test = getattr(test, "__func__", test)  # a method's function: settings are read from it
    return test if getattr(test, "is_hypothesis_test", False) else None


def apply_budget(items: Iterable[pytest.Item], costs: dict[str, float] | None = None) -> list[tuple[str, int, int]]:
    """Lower each collected property's max_examples to `budgeted(...)` by its recorded cost (when `active()`).

    Returns (test function, examples before, after) for each property whose count was lowered. Hypothesis reads a
    test's settings from the attribute its `@settings`/`@given` set, when the test is called (hypothesis/core.py)."""
    if not active():
        return []
    costs = load_costs() if costs is None else costs
    lowered: list[tuple[str, int, int]] = []
    for item in items:
        key = function_key(item.nodeid)
        test = _property_function(item) if key in costs else None
        if test is None:
            continue
        current = test._hypothesis_internal_use_settings  # type: ignore[attr-defined]
        count = budgeted(current.max_examples, costs[key])
        if count < current.max_examples:
            test._hypothesis_internal_use_settings = settings(current, max_examples=count)  # type: ignore[attr-defined]
            lowered.append((key, current.max_examples, count))
    return lowered


# Measuring: loaded as a plugin (`-p support.drawbudget`) with BRIEFGEN_DRAW_COSTS set, each property's draws are
# counted and its call's CPU taken; a line a test: nodeid, CPU seconds of its call, draws.

@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Count a property's draws (calls of Hypothesis's inner test) and take its call's CPU; write them where
    BRIEFGEN_DRAW_COSTS says, one file a worker."""
    prefix = os.environ.get("BRIEFGEN_DRAW_COSTS")
    test = _property_function(item) if prefix else None
    if test is None:
        return (yield)
    handle = test.hypothesis  # type: ignore[attr-defined]
    inner, draws = handle.inner_test, [0]

    def counted(*args: object, **kwargs: object) -> object:
        draws[0] += 1
        return inner(*args, **kwargs)

    handle.inner_test = counted
    start = _cpu()
    try:
        return (yield)
    finally:
        took = _cpu() - start
        handle.inner_test = inner
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        with open(f"{prefix}.{worker}.tsv", "a", encoding="utf-8") as out:
            out.write(f"{json.dumps(item.nodeid)}\t{took:.4f}\t{draws[0]}\n")


def _cpu() -> float:
    """CPU seconds of this process and its reaped children so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def costs_of(lines: Iterable[str]) -> dict[str, float]:
    """CPU seconds a draw by test function from measured lines (`pytest_runtest_call`'s), the largest of a function's
    parameters', those of RECORDED_FROM or more, rounded to the millisecond."""
    costs: dict[str, float] = {}
    for line in lines:
        nodeid, took, draws = line.rstrip("\n").split("\t")
        if int(draws) > 0:
            key = function_key(json.loads(nodeid))
            costs[key] = max(costs.get(key, 0.0), float(took) / int(draws))
    return {key: round(cost, 4) for key, cost in sorted(costs.items()) if cost >= RECORDED_FROM}


if __name__ == "__main__":
    prefix = sys.argv[1]
    measured = [line for path in sorted(Path(prefix).parent.glob(Path(prefix).name + ".*.tsv"))
                for line in path.read_text(encoding="utf-8").splitlines()]
    note = sys.argv[2] if len(sys.argv) > 2 else ""
    COSTS.write_text(json.dumps({"measured": note, "costs": costs_of(measured)}, indent=0) + "\n", encoding="utf-8")
    print(f"{COSTS}: {len(costs_of(measured))} properties of {len(measured)} measured")
