"""CPU time of the per-article text analyses on run-on text: the shapes whose cost grew with the square of a
sentence's, a run's or a list's length (BR24, 2026-12-06; docs/log/performance.md "Hostile input").

    python benchmarks/runon_text.py                          # every shape at 2,000 and 8,000 words
    python benchmarks/runon_text.py --sizes 4000 16000 --only capitals quotations
    python benchmarks/runon_text.py --baseline /dev/shm/s43   # also another checkout's briefgen, alternating

Each shape is one plain text (as a build's analyses read an article's body) given to `names_in`, `quotes_in`,
`find_people`, `story_features` and `match_keywords` of the sample's configuration, in a fresh process per
checkout and size; CPU seconds (time.process_time, minimum of `--repeat`, cyclic GC off), `>T` past the
`--timeout`. A linear shape's time grows ×4 from 2,000 to 8,000 words; a quadratic one's ×16.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Anna", "Jan", "Maria", "Peter", "Olga", "Tom", "Lena", "Karl"]
LAST = ["Berg", "Smith", "Novak", "Kowalski", "Reid", "Ortiz"]


def _names(n: int) -> str:
    return ", ".join(f"{FIRST[i % 8]} {LAST[i // 8 % 6]}" for i in range(n // 2))


SHAPES = {  # n: about the number of words
    "capitals": lambda n: "Foo Bar Baz Qux " * (n // 4),  # /tmp/br24/caps8000: one sentence, no end
    "quotations": lambda n: "".join(f'AnnaAx BergAy said "yes {i}", ' for i in range(n // 5)),  # names1200
    "names": lambda n: _names(n) + ".",  # one list of names
    "names-and": lambda n: _names(n) + " and Anna Berg Union.",
    "titles": lambda n: "Minister of State for Foo of Bar " * (n // 7),
    "colon-frames": lambda n: "".join(f'{FIRST[i % 3]} Berg{i} told reporters: "yes {i}", ' for i in range(n // 6)),
    "said-after": lambda n: "".join(f'"No {i}," said Anna Berg, ' for i in range(n // 5)),
    "references": lambda n: "Anna Berg spoke. " + "".join(f'"No {i}," Berg said. ' for i in range(n // 5)),  # punctuated
    "quote-marks": lambda n: '"a" ' * (n // 2),
    "commas": lambda n: "a, " * n,
    "no-spaces": lambda n: "a" * (5 * n),
    "brackets": lambda n: "(" * n + "x" + ")" * n,
}

CHILD = r"""
import gc, json, signal, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2] + "/benchmarks")
from briefgen.load.config import load_config
from pathlib import Path
from analyse_bench import Analyses
from runon_text import SHAPES
functions = Analyses(load_config(Path(sys.argv[2]) / "config.yaml")[0]).functions()
text, repeat, limit = SHAPES[sys.argv[3]](int(sys.argv[4])), int(sys.argv[5]), int(sys.argv[6])
def stop(*_): raise TimeoutError
signal.signal(signal.SIGALRM, stop)
gc.disable()
out = {}
for name, work in functions.items():
    best = None
    for _ in range(repeat):
        signal.alarm(limit)
        start = time.process_time()
        try:
            work("Title", text)
        except TimeoutError:
            best = None
            break
        except RecursionError:  # (the text's runs nested a reading per word: a crash before 2026-12-06)
            best = "RecursionError"
            break
        finally:
            signal.alarm(0)
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)  # type: ignore[type-var]
    out[name] = best
print(json.dumps(out))
"""


def run(code: Path, shape: str, size: int, repeat: int, limit: int) -> dict[str, float | str | None]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(code), str(ROOT), shape, str(size), str(repeat), str(limit)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def _shown(value: float | str | None, limit: int) -> str:
    return f">{limit}" if value is None else value if isinstance(value, str) else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000])
    parser.add_argument("--only", nargs="+", choices=list(SHAPES))
    parser.add_argument("--baseline", type=Path, help="another checkout's tree (its briefgen/ is timed too)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=60, help="seconds per analysis")
    args = parser.parse_args(argv)
    codes = [("after", ROOT)] + ([("before", args.baseline)] if args.baseline else [])
    for shape in args.only or SHAPES:
        for size in args.sizes:
            for label, code in codes:
                times = run(code, shape, size, args.repeat, args.timeout)
                shown = " ".join(f"{k}={_shown(v, args.timeout)}" for k, v in times.items())
                print(f"{shape:13} {size:6} {label:6} {shown}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
