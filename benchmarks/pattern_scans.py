"""What each regular expression's scans cost the text analyses, and which of them the engine cannot skip through.

    python benchmarks/pattern_scans.py /dev/shm/c1k [--top 22] [--code CHECKOUT] [--cache DIR]

Every module-level pattern of briefgen.analyse, .site and .load is replaced by a recorder; `find_people` and
`story_features` run over every article of DIR and `compare_reports` (with the headlines) over every story of two
reports or more its grouping makes, as analyse_bench.py reads them. Each pattern's scanning calls (`search`,
`finditer`, `findall`, `sub`, `split`; not `match`, which tries one place) are then replayed unrecorded (CPU,
`time.process_time`, least of 3, cyclic GC off): what the pattern's scans cost one pass of each analysis over DIR.
"NO-PREFIX" marks a pattern with no literal prefix and no first-character set (re's compiler, `_get_literal_prefix`,
`_get_charset_prefix`): the engine tries it at every character of the text — a case-blind pattern (`re.IGNORECASE`
of letters), one opening with `\\b`, a look-behind or a look-ahead. Such a scan is cut by reading the first character
before the look-around (shoutednames._SHOUTED, page_evidence._RUN) or by a case-sensitive twin in the lower-cased
text (figuregates.holds): docs/log/performance.md SP16. A recorder's own overhead is not in the replayed figures;
a `sub` given a function is not replayed. Not a test: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import pkgutil
import re
import sys
import time
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, Callable

SCANS = ("search", "finditer", "findall", "sub", "subn", "split")
PACKAGES = ("briefgen.analyse", "briefgen.site", "briefgen.load")


def prefixed(pattern: re.Pattern[str]) -> bool:
    """Whether re's compiler gives `pattern` a literal prefix or a first-character set to skip to."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    prefix, _, _ = _compiler._get_literal_prefix(tree, tree.state.flags)
    return bool(prefix) or _compiler._get_charset_prefix(tree, tree.state.flags) is not None


class Recorder:
    """A pattern's stand-in: its scanning calls are recorded in `calls` (method, args, kwargs), then made."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.real = pattern  # (not `pattern`: a module reads the pattern's own `.pattern`, its text)
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.real, name)
        if name not in SCANS:
            return found

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return found(*args, **kwargs)
        return recorded


def install() -> dict[str, Recorder]:
    """Replace every module-level str pattern of PACKAGES, in every module that holds it, by one Recorder each."""
    modules = []
    for package in PACKAGES:
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            try:
                modules.append(importlib.import_module(f"{package}.{info.name}"))
            except Exception:  # (a module needing an optional dependency)
                continue
    named: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                named.setdefault(id(value), (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value))
    recorders = {key: Recorder(pattern) for key, pattern in named.values()}
    by_id = {i: recorders[key] for i, (key, _) in named.items()}
    for module in modules:
        for name, value in list(vars(module).items()):
            if id(value) in by_id and isinstance(value, re.Pattern):
                setattr(module, name, by_id[id(value)])
    return recorders


def replay(recorder: Recorder, rounds: int = 3) -> float:
    """CPU seconds of the recorded scans made again with the pattern itself, least of `rounds`."""
    calls = [c for c in recorder.calls if not (c[0] in ("sub", "subn") and not isinstance(c[1][0], str))]
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for name, args, kwargs in calls:
            found = getattr(recorder.real, name)(*args, **kwargs)
            if name == "finditer":
                list(found)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--top", type=int, default=22)
    parser.add_argument("--code", help="a checkout whose briefgen is measured (default: this one)")
    parser.add_argument("--cache", type=Path, help="keep the loaded inputs here (analyse_bench.py --cache)")
    args = parser.parse_args(argv)
    if args.code:
        os.environ["BRIEFGEN_CODE"] = args.code
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import analyse_bench as bench  # (it puts $BRIEFGEN_CODE first on the path)

    site = bench.load_site(args.dir, args.cache)
    recorders = install()
    functions = bench.Analyses(site.config).functions()
    titles = {a.slug: a.title for a in site.articles}
    features: dict[str, Any] = {}

    def compared() -> None:
        from briefgen.analyse.compare import compare_reports
        from briefgen.analyse.stories import group_stories

        for reports in bench.story_reports(site, group_stories(site.articles, features, site.config)):
            compare_reports(reports, [titles[slug] for slug, _ in reports])
    phases: list[tuple[str, Callable[[], Any]]] = [
        ("find_people", lambda: [functions["find_people"](a.title, site.texts[a.slug]) for a in site.articles]),
        ("story_features", lambda: features.update(
            {a.slug: functions["story_features"](a.title, site.texts[a.slug]) for a in site.articles})),
        ("compare_reports", compared)]
    gc.disable()
    for label, run in phases:
        for recorder in recorders.values():
            recorder.calls = []
        run()
        rows = sorted(((replay(r), key, len(r.calls), prefixed(r.real)) for key, r in recorders.items() if r.calls),
                      reverse=True)
        print(f"== {label}: scans {sum(r[0] for r in rows) * 1e3:.0f} ms a pass; "
              f"of patterns with no prefix {sum(r[0] for r in rows if not r[3]) * 1e3:.0f} ms")
        for seconds, key, count, has_prefix in rows[:args.top]:
            print(f"{seconds * 1e3:8.1f} ms {count:7d} calls {'' if has_prefix else 'NO-PREFIX'} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
