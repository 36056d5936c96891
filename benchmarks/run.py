"""Time briefgen builds on a synthetic corpus, optionally against Hugo and Pelican.

    python benchmarks/run.py --articles 1000 [--runs 5] [--compare] [--pelican]
                             [--baseline CHECKOUT] [--keep DIR] [--cmd "..."] [--json FILE]

Measures, each as wall time of a subprocess (time.perf_counter around it)
and peak RSS of its whole process tree:

- cold build: `.briefgen-cache/` and `output/` removed before each run;
- no-change rebuild: cache and output warm, nothing edited;
- one-article edit: a sentence appended to a different article each run.

Hugo and Pelican have no persistent incremental build, so they are timed
cold only; their cold time is the fair baseline for briefgen's rebuilds too.
`--baseline CHECKOUT` times another briefgen checkout (e.g. a `git worktree` of an
older commit) on its own copy of the same corpus, in the same run, for before/after
figures, the two checkouts' runs alternated scenario by scenario. Both checkouts' bytecode, regular expressions and
dataclass methods are compiled first (`python -m briefgen.speed.regexcache`), so start-up never includes compiling,
as in an installation that has run once (this matters where PYTHONDONTWRITEBYTECODE is set).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import bench_env
from corpus_model import DEFAULT_SEED, Corpus, generate_corpus
from make_corpus import CorpusDirError, make_corpus
from proc_rss import PeakRssSampler

REPO_ROOT = Path(__file__).resolve().parent.parent
EDIT_STRIDE = 7919  # a prime, so successive edits land far apart in the sorted file list


@dataclass(frozen=True, slots=True)
class Sample:
    seconds: float
    cpu_seconds: float  # user + system of the build and the children it waited for
    peak_rss: int


@dataclass(frozen=True, slots=True)
class Measure:
    """All runs of one tool in one scenario; `error` is set when a run failed."""

    tool: str
    scenario: str
    samples: tuple[Sample, ...] = ()
    error: str | None = None

    @property
    def label(self) -> str:
        return f"{self.tool} {self.scenario}"

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.samples)

    @property
    def peak_rss(self) -> int:
        return max(s.peak_rss for s in self.samples)


@dataclass(frozen=True, slots=True)
class Tool:
    """How to build one project: command, environment, and what 'cold' deletes."""

    name: str
    cmd: tuple[str, ...]
    project: Path
    cold_paths: tuple[str, ...]
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))


class BuildFailed(Exception):
    pass


def timed_run(tool: Tool) -> Sample:
    """Run the build once; the clock covers process start-up, as a user waits for it.

    os.wait4 instead of Popen.wait also yields CPU time, which varies far less
    than wall time when other work shares the machine.
    """
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen(tool.cmd, cwd=tool.project, env=tool.env,
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        with PeakRssSampler(proc.pid) as sampler:
            _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        returncode = proc.returncode = os.waitstatus_to_exitcode(status)
        if returncode != 0:
            log.seek(0)
            raise BuildFailed(f"{shlex.join(tool.cmd)} exited with {returncode}:\n"
                              + abridge(log.read().decode("utf-8", "replace")))
    return Sample(seconds=elapsed, cpu_seconds=usage.ru_utime + usage.ru_stime, peak_rss=sampler.peak)


def abridge(output: str, head: int = 20, tail: int = 3) -> str:
    """First errors say what is wrong, the last lines how it ended; skip the middle."""
    lines = output.rstrip().splitlines()
    if len(lines) <= head + tail + 1:
        return "\n".join(lines)
    return "\n".join(lines[:head] + [f"[... {len(lines) - head - tail} lines ...]"] + lines[-tail:])


def make_cold(tool: Tool) -> None:
    for name in tool.cold_paths:
        shutil.rmtree(tool.project / name, ignore_errors=True)


def append_sentence(project: Path, run: int) -> Path:
    """Edit one article body; run k edits a different file than run k-1."""
    articles = sorted((project / "content" / "articles").glob("*.md"))
    path = articles[(run * EDIT_STRIDE + 13) % len(articles)]
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(f"\nUpdate {run + 1}: officials in Kyiv said more details would follow.\n")
    return path


def prepare(tool: Tool, scenario: str, run: int) -> None:
    """What a scenario's run does before it is timed: a cold one deletes the cache and output, an edit edits."""
    if scenario == "cold":
        make_cold(tool)
    elif scenario == "one-edit":
        append_sentence(tool.project, run)


def measure(tool: Tool, scenario: str, runs: int) -> Measure:
    """`runs` timed builds of one scenario; the first failure ends the scenario."""
    samples = []
    try:
        for run in range(runs):
            prepare(tool, scenario, run)
            samples.append(timed_run(tool))
    except BuildFailed as exc:
        return Measure(tool.name, scenario, tuple(samples), error=str(exc))
    return Measure(tool.name, scenario, tuple(samples))


def bench_alternating(tools: tuple[Tool, Tool], runs: int) -> list[Measure]:
    """`bench_briefgen` of two checkouts, their runs alternated (A B, B A, A B, …) scenario by scenario. Timed one
    after the other, the first checkout's runs fell on other minutes than the second's: on this VM, whose speed
    drifts within a run, the same code measured 17-20 % more CPU first than second (docs/log/performance.md, "Session
    of 2026-12-06, late afternoon"). Returns the first's measures, then the second's."""
    done: dict[str, list[Measure]] = {tool.name: [] for tool in tools}
    for scenario in ("cold", "no-change", "one-edit"):
        samples: dict[str, list[Sample]] = {tool.name: [] for tool in tools}
        errors: dict[str, str] = {}
        going = [t for t in tools if not (done[t.name] and done[t.name][-1].error)]
        for run in range(runs):
            for tool in (going if run % 2 == 0 else going[::-1]):
                if tool.name in errors:
                    continue
                try:
                    prepare(tool, scenario, run)
                    samples[tool.name].append(timed_run(tool))
                except BuildFailed as exc:
                    errors[tool.name] = str(exc)
        for tool in going:
            done[tool.name].append(Measure(tool.name, scenario, tuple(samples[tool.name]), error=errors.get(tool.name)))
    return done[tools[0].name] + done[tools[1].name]


def bench_briefgen(tool: Tool, runs: int) -> list[Measure]:
    """Cold, then no-change and edits on the warm state the cold runs leave behind."""
    results = [measure(tool, "cold", runs)]
    for scenario in ("no-change", "one-edit"):
        if results[-1].error:
            break
        results.append(measure(tool, scenario, runs))
    return results


def briefgen_tool(project: Path, cmd: str | None, checkout: Path = REPO_ROOT, name: str = "briefgen") -> Tool:
    """Default command runs `checkout`'s package, installed or not (PYTHONPATH), from compiled bytecode."""
    env = dict(os.environ)
    if cmd is None:
        argv: tuple[str, ...] = (sys.executable, "-m", "briefgen", "build")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(checkout), env.get("PYTHONPATH")) if p)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "briefgen")], check=True)
        # ... and its kept patterns and methods (speed/regexcache.py), which a build writes only where Python writes
        # bytecode: without them every timed run compiled the patterns added since they were last written
        # (~0.1 s of a one-edit rebuild at 10,000 articles on 2026-12-06, PYTHONDONTWRITEBYTECODE set)
        subprocess.run([sys.executable, "-m", "briefgen.speed.regexcache"], cwd=checkout, env=env, check=False)
    else:
        argv = tuple(shlex.split(cmd))
    return Tool(name, argv, project, (".briefgen-cache", "output"), env)


def write_projects(base: Path, corpus: Corpus, formats: list[str]) -> dict[str, Path]:
    """One project per format under `base`, replacing earlier corpora (edits included)."""
    projects = {}
    for fmt in formats:
        projects[fmt] = base / fmt
        make_corpus(projects[fmt], len(corpus.articles), fmt, corpus.seed, force=True, corpus=corpus)
    return projects


def format_bytes(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n else "n/a"


def format_table(measures: list[Measure]) -> str:
    rows = [("measure", "median", "min–max", "runs", "peak RSS", "CPU median")]
    for m in measures:
        if m.samples:
            rows.append((m.label, f"{m.median:.3f} s", f"{min(m.times):.3f}–{max(m.times):.3f} s",
                         str(len(m.samples)), format_bytes(m.peak_rss), f"{m.cpu_median:.3f} s"))
        if m.error:
            rows.append((m.label, "FAILED", "", str(len(m.samples)), "", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    aligns = ("<", ">", ">", ">", ">", ">")
    return "\n".join("  ".join(f"{cell:{a}{w}}" for cell, a, w in zip(row, aligns, widths)) for row in rows)


def ratios(measures: list[Measure]) -> dict[str, float]:
    """briefgen median / other tool's cold median, for every pair that has data."""
    ok = {m.label: m for m in measures if m.samples and not m.error}
    out = {}
    for other in ("hugo", "pelican"):
        baseline = ok.get(f"{other} cold")
        for scenario in ("cold", "no-change", "one-edit"):
            mine = ok.get(f"briefgen {scenario}")
            if baseline and mine:
                out[f"briefgen {scenario} / {other} cold"] = mine.median / baseline.median
    for scenario in ("cold", "no-change", "one-edit"):
        mine, before = ok.get(f"briefgen {scenario}"), ok.get(f"baseline {scenario}")
        if mine and before:
            out[f"briefgen {scenario} / baseline {scenario}"] = mine.median / before.median
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measure (default 5)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--distinct-events", action="store_true",
                        help="every event with details of its own, so that stories group as on a real archive "
                             "(corpus_model.py)")
    parser.add_argument("--compare", action="store_true", help="also time `hugo --quiet` if on PATH")
    parser.add_argument("--pelican", action="store_true",
                        help="also time Pelican (installs it into a temporary venv with pip)")
    parser.add_argument("--pelican-runs", type=int, default=2, help="runs for Pelican (default 2)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write corpora into DIR and keep them (and the Pelican venv)")
    parser.add_argument("--cmd", help='briefgen command (default: "python -m briefgen build")')
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also time the briefgen of another checkout (before/after in one run)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write results as JSON")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.runs < 1 or args.pelican_runs < 1:
        parser.error("--articles, --runs and --pelican-runs must be at least 1")
    return args


def run_benchmarks(args: argparse.Namespace, base: Path) -> tuple[dict, list[Measure], list[str]]:
    """Generate, build, time. Returns corpus facts, measures and notes for the report."""
    notes: list[str] = []
    start = time.perf_counter()
    corpus = generate_corpus(args.articles, args.seed, args.distinct_events)
    projects = write_projects(base, corpus, ["briefgen"])
    corpus_info = {"articles": len(corpus.articles), "notes": len(corpus.notes), "seed": args.seed,
                   "distinct_events": args.distinct_events,
                   "generate_seconds": round(time.perf_counter() - start, 3), "dir": str(base)}
    tools = [briefgen_tool(projects["briefgen"], args.cmd)]
    hugo = shutil.which("hugo") if args.compare else None
    if args.compare and not hugo:
        notes.append("hugo not found on PATH; Hugo comparison skipped")
    if hugo:
        path = write_projects(base, corpus, ["hugo"])["hugo"]
        tools.append(Tool("hugo", (hugo, "--quiet"), path, ("public", "resources")))
    if args.pelican:
        pelican = bench_env.pelican_command(base / "pelican-venv", notes)
        if pelican:
            path = write_projects(base, corpus, ["pelican"])["pelican"]
            tools.append(Tool("pelican", (pelican, "content", "-s", "pelicanconf.py"), path,
                              ("output", "cache", "__pycache__")))
    if args.baseline:  # (both checkouts' runs alternated: `bench_alternating`)
        copy = base / "baseline"
        make_corpus(copy, len(corpus.articles), "briefgen", corpus.seed, force=True, corpus=corpus)
        measures = bench_alternating((tools[0], briefgen_tool(copy, None, args.baseline.resolve(), "baseline")),
                                     args.runs)
    else:
        measures = bench_briefgen(tools[0], args.runs)
    if measures[0].samples and not (tools[0].project / "output" / "index.html").is_file():
        notes.append("briefgen cold build wrote no output/index.html (is --cmd a real build?)")
    for project in (tools[0].project, base / "baseline"):  # their output and cache, gigabytes of RAM on a tmpfs
        shutil.rmtree(project / "output", ignore_errors=True)  # at 100,000 articles: Hugo, which needs ~15 GB,
        shutil.rmtree(project / ".briefgen-cache", ignore_errors=True)  # was killed for memory beside them
    for tool in tools[1:]:
        measures.append(measure(tool, "cold", args.pelican_runs if tool.name == "pelican" else args.runs))
    return corpus_info, measures, notes


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="briefgen-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    load_before = bench_env.load_average()
    try:
        corpus_info, measures, notes = run_benchmarks(args, base)
        machine = bench_env.machine_info(briefgen_tool(base, args.cmd).env, base / "pelican-venv")
        machine["load"] = f"{load_before} before, {bench_env.load_average()} after"
    except CorpusDirError as exc:
        print(f"run.py: {exc}", file=sys.stderr)
        return 2
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(bench_env.format_machine(machine))
    print(f"corpus: {corpus_info['articles']} articles, {corpus_info['notes']} notes, "
          f"seed {corpus_info['seed']}{', distinct events' if corpus_info['distinct_events'] else ''}, "
          f"generated in {corpus_info['generate_seconds']:.2f} s"
          + (f" into {base}" if args.keep else ""))
    print()
    print(format_table(measures))
    found = ratios(measures)
    if found:
        print()
        for name, value in found.items():
            print(f"{name}: {value:.2f}×")
    for m in measures:
        if m.error:
            print(f"\n{m.label} failed: {m.error}", file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({
            "machine": machine, "corpus": corpus_info, "ratios": found,
            "measures": [{"tool": m.tool, "scenario": m.scenario, "times": m.times,
                          "cpu_times": [s.cpu_seconds for s in m.samples],
                          "median": m.median if m.samples else None,
                          "peak_rss_bytes": m.peak_rss if m.samples else None,
                          "error": m.error} for m in measures],
        }, indent=2) + "\n", encoding="utf-8")
    return 1 if any(m.error for m in measures) else 0


if __name__ == "__main__":
    sys.exit(main())
