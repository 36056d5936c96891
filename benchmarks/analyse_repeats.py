"""How much of an article's analyses is the same work done again: calls repeated with the same arguments.

    python benchmarks/analyse_repeats.py /dev/shm/c1k [--articles 1000] [--top 25] [--cache DIR]

Runs the per-article analyses a build runs on one article's plain text in one pass, in its order (run_analyses:
topics by keyword "T", `find_people` "P", `story_features` "S" and the search text "Q", `render/searchtext.
analyse_text`) and
watches every call of a briefgen function (sys.setprofile) whose arguments are all hashable: a call
with the same function and arguments as an earlier one of the same article's pass is a repeat (a
generator counts when it starts, not at each resumption). Calls with an unhashable argument (a
list, a Counter) are not counted: their identity would say nothing (a freed object's id is reused).

The repeats are then replayed, unprofiled, in a loop (CPU time, `time.process_time`, minimum of 3, cyclic
GC off): their real cost, per article, beside the three analyses' own CPU time on the same articles. The
letters after each line say which analyses made the calls: a function called by two of them with the
same arguments is work one could compute once and pass on. It cannot see a regex or a str method run again
on the same text by two different functions (C calls give no arguments to a profiler): those were counted
by hand (docs/log/performance.md, "Session of 2026-12-06/07, late night: what one article's analyses share (SP2)").
Inputs are read as analyse_bench.py reads them. Not a test: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import dis
import gc
import sys
import time
from pathlib import Path
from types import CodeType, FrameType
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyse_bench import Analyses, load_site  # noqa: E402
from briefgen.render.searchtext import search_analysis  # noqa: E402

_GENERATOR = 0x20  # inspect.CO_GENERATOR


def repeats(items: list[tuple[str, str]], analyses: dict[str, Callable[[str, str], Any]]
            ) -> dict[CodeType, tuple[list[tuple[Callable[..., Any], tuple[Any, ...], int]], set[str], int]]:
    """code → ([(function, arguments, times repeated)], the analyses calling it, all its calls), over `items`."""
    found: dict[CodeType, tuple[list[tuple[Callable[..., Any], tuple[Any, ...], int]], set[str], int]] = {}
    starts: dict[CodeType, int] = {}
    calls: dict[tuple[CodeType, tuple[Any, ...]], list[Any]] = {}
    current = ""

    def watch(frame: FrameType, event: str, arg: Any) -> None:
        code = frame.f_code
        if event != "call" or "briefgen" not in code.co_filename or "<" in code.co_name or code.co_kwonlyargcount:
            return
        if code.co_flags & _GENERATOR:  # a resumption is a "call" too: only the first counts
            if code not in starts:
                starts[code] = next(i.offset for i in dis.get_instructions(code) if i.opname == "RESUME")
            if frame.f_lasti != starts[code]:
                return
        function = frame.f_globals.get(code.co_name)
        function = function if getattr(function, "__code__", None) is code else getattr(function, "__wrapped__", None)
        if getattr(function, "__code__", None) is not code:
            return  # (a method, a nested function: not replayed)
        arguments = tuple(frame.f_locals.get(name) for name in code.co_varnames[:code.co_argcount])
        try:
            hash(arguments)
        except TypeError:
            return
        seen = calls.get((code, arguments))
        if seen is None:
            calls[(code, arguments)] = [1, {current}, function]
        else:
            seen[0] += 1
            seen[1].add(current)

    for title, text in items:
        calls.clear()
        sys.setprofile(watch)
        try:
            for current, run in analyses.items():
                run(title, text)
        finally:
            sys.setprofile(None)
        for (code, arguments), (count, callers, function) in calls.items():
            replays, named, total = found.get(code, ([], set(), 0))
            if count > 1:
                replays.append((function, arguments, count - 1))
                named |= callers
            found[code] = (replays, named, total + count)
    return found


def cpu(work: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args(argv)
    site = load_site(args.dir, args.cache)
    per_article = Analyses(site.config)
    analyses = {"T": per_article.functions()["match_keywords"], "P": per_article.people, "S": per_article.stories,
                "Q": search_analysis(site.config.language).run}
    items = [(a.title, site.texts[a.slug]) for a in site.articles][:args.articles]
    for title, text in items[:50]:  # (patterns compiled, memos warm, as in a build's worker)
        for run in analyses.values():
            run(title, text)
    found = repeats(items, analyses)
    gc.disable()
    n = len(items)
    own = {name: cpu(lambda run=run: [run(title, text) for title, text in items]) / n * 1e6
           for name, run in analyses.items()}
    rows = sorted(((cpu(lambda replays=replays: [f(*a) for f, a, k in replays for _ in range(k)]) / n * 1e6,
                    code, sum(k for _, _, k in replays), named, total)
                   for code, (replays, named, total) in found.items() if replays), key=lambda row: -row[0])
    print(f"{n} articles; CPU an article: " + ", ".join(f"{k} {v:.0f} µs" for k, v in own.items())
          + f"; repeated calls {sum(row[0] for row in rows):.1f} µs, of which by two analyses or more "
            f"{sum(row[0] for row in rows if len(row[3]) > 1):.1f} µs")
    print("µs/article  repeats/article of calls/article  analyses  function")
    for spent, code, count, named, total in rows[:args.top]:
        print(f"{spent:8.2f}  {count / n:6.2f} of {total / n:6.1f}  {''.join(sorted(named)):3}  "
              f"{code.co_filename.split('briefgen/')[-1]}:{code.co_firstlineno} {code.co_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
