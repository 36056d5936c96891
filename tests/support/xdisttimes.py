"""How the suite's two pytest-xdist workers shared a run's time, from its junit file (and its `-v -v` log).

    python tests/support/xdisttimes.py replay RUN.xml            # loadscope replayed with conftest's module order
    python tests/support/xdisttimes.py workers RUN.xml RUN.log   # each worker's tests as the log says they ran

`replay` hands the modules (a test class is a unit of its own) to two workers as pytest-xdist 3.8's `loadscope`
does with `--no-loadscope-reorder`: in tests/conftest.py's order (HEAVY_MODULES, then by number of tests), one
unit each at the start, and a worker takes the next unit whenever two or fewer of its tests are left; each test takes
its junit time. `workers` sums the junit times of the tests each worker ran (`[gw0] [ 12%] PASSED tests/…` lines).
Both print each worker's summed time and its last modules: a worker that ends long before the other is the time a
better order would win (docs/log/performance.md, "Session of 2026-12-05, late night: the test suite").
"""
from __future__ import annotations

import collections
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"


def junit_times(junit: Path) -> dict[str, list[tuple[str, float]]]:
    """Each unit of work (module path, or `path::Class`) → its tests' (name, seconds), in the file's order."""
    units: dict[str, list[tuple[str, float]]] = collections.OrderedDict()
    for case in ET.parse(junit).getroot().iter("testcase"):
        parts = case.get("classname", "").split(".")
        last = max(n for n, part in enumerate(parts) if part.startswith("test"))
        classes = parts[last + 1:]
        unit = "/".join(parts[:last + 1]) + ".py" + "".join(f"::{c}" for c in classes)
        units.setdefault(unit, []).append((case.get("name", ""), float(case.get("time", 0))))
    return units


def replay(junit: Path, workers: int = 2) -> list[tuple[float, list[str]]]:
    """Each worker's (summed seconds, units in the order it took them) under loadscope (module docstring)."""
    units = junit_times(junit)
    heavy = re.findall(r'^\s+"(tests/[^"]+\.py)"', CONFTEST.read_text().split("HEAVY_MODULES = (")[1].split(")\n")[0],
                       re.M)
    rank = {module: n for n, module in enumerate(heavy)}
    counts: collections.Counter[str] = collections.Counter()
    for unit, tests in units.items():
        counts[unit.split("::")[0]] += len(tests)
    queue = collections.deque(sorted(units, key=lambda u: (rank.get(u.split("::")[0], len(rank)),
                                                           -counts[u.split("::")[0]], u.split("::")[0])))
    pending: list[collections.deque[float]] = [collections.deque() for _ in range(workers)]
    clock, taken = [0.0] * workers, [[] for _ in range(workers)]

    def take(worker: int) -> None:
        unit = queue.popleft()
        taken[worker].append(unit)
        pending[worker].extend(seconds for _, seconds in units[unit])

    for worker in range(workers):
        take(worker)
    for worker in range(workers):
        if queue and len(pending[worker]) <= 2:
            take(worker)
    while any(pending):
        worker = min((w for w in range(workers) if pending[w]), key=lambda w: clock[w] + pending[w][0])
        clock[worker] += pending[worker].popleft()
        if queue and len(pending[worker]) <= 2:
            take(worker)
    return list(zip(clock, taken))


def ran(junit: Path, log: Path) -> dict[str, list[tuple[str, float]]]:
    """Each worker → its (module, summed seconds) in the order the `-v -v` log shows it ran them."""
    seconds = {(unit.split("::")[0], name): t for unit, tests in junit_times(junit).items() for name, t in tests}
    found: dict[str, list[tuple[str, float]]] = collections.defaultdict(list)
    for line in log.read_text(errors="replace").splitlines():
        match = re.match(r"\[(gw\d+)\] \[\s*\d+%\] [A-Z]+ (\S+)", line)
        if match:
            module, _, rest = match.group(2).partition("::")
            took = seconds.get((module, rest.split("::")[-1]), 0.0)
            modules = found[match.group(1)]
            if modules and modules[-1][0] == module:
                modules[-1] = (module, modules[-1][1] + took)
            else:
                modules.append((module, took))
    return found


def main(argv: list[str]) -> int:
    """Print `replay` or `workers` (module docstring)."""
    if argv[:1] == ["replay"] and len(argv) == 2:
        for n, (total, units) in enumerate(replay(Path(argv[1]))):
            print(f"gw{n}: {total:.1f} s; last units: {units[-4:]}")
        return 0
    if argv[:1] == ["workers"] and len(argv) == 3:
        for worker, modules in sorted(ran(Path(argv[1]), Path(argv[2])).items()):
            last = [(m, round(t, 1)) for m, t in modules[-4:]]
            print(f"{worker}: {sum(t for _, t in modules):.1f} s in {len(modules)} modules; last: {last}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
