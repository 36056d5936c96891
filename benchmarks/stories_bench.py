"""Time the story stage on a benchmark corpus: per-article features and the whole-site grouping.

    python benchmarks/make_corpus.py /tmp/c10k --articles 10000
    python benchmarks/stories_bench.py /tmp/c10k [--jobs 2] [--runs 3] [--grouping FILE]

Prints, for the articles of the corpus (Markdown parsed beforehand, not timed):
- features: CPU time per article in one process (`story_analysis(config).run`), a fresh
  process's first pass (its caches cold, as a build's worker's);
- features cold: wall time of `run_analyses` with an empty memo and `--jobs` workers,
  as a cold build runs them (parallel when there are 200 articles or more);
- features warm: the same with the memo filled (a no-change rebuild);
- grouping: wall time of `group_stories` (median of `--runs`), which a no-change
  rebuild repeats unless the integrator memoises it (key: the digest of every
  article's revision, published time, source, via and story, plus the config);
- the number of candidate pairs scored, stories, and the largest story;
- "the story stage, cold" (issue 9's measure, docs/log/performance.md "Sixth session of
  2026-12-02"): CPU seconds of the features over all articles + wall seconds of grouping
  (median); and, as a second figure, the wall time of both with `--jobs` workers.
All of it runs with the cyclic collector paused, as `briefgen build` runs (speed/parallel.py
`paused_gc`, the youngest generation collected after every 64 articles as a worker does);
`--gc` leaves the collector running (how the figures before 2026-12-02's sixth session were taken).
`--grouping FILE` writes the grouping (each story's id and members, the suggestions and the
related links, one per line) to compare two commits' groupings byte for byte.
Standard library and briefgen only; run it on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.analyse.similarity import score_pairs  # noqa: E402
from briefgen.analyse.stories import _report, group_stories, story_analysis  # noqa: E402
from briefgen.load.config import load_config  # noqa: E402
from briefgen.load.documents import make_article, parse_file  # noqa: E402
from briefgen.load.files import confinement, discover, read_source  # noqa: E402
from briefgen.load.markup import MarkdownRenderer, plain_blocks  # noqa: E402
from briefgen.speed.memo import Memo, digest  # noqa: E402
from briefgen.speed.parallel import SERIAL_CHUNK, collect_young, paused_gc  # noqa: E402
from briefgen.speed.stages import run_analyses  # noqa: E402


def load(root: Path) -> tuple[object, tuple, dict[str, str]]:
    """Config, articles and body HTML by revision, read as a build reads them."""
    config, problems = load_config(root / "config.yaml")
    assert config is not None, problems
    files, _ = discover(root, "articles", confinement(root))
    renderer = MarkdownRenderer()
    articles, html = [], {}
    for f in files:
        raw = read_source(root, f.path, confinement(root))
        parsed = parse_file(raw, f.path, f.id_prefix, renderer)
        article, _ = make_article(parsed, f.path, f.stem, digest(f.path, raw), config)
        if article is not None:
            articles.append(article)
            html[article.revision] = parsed.body_html
    return config, tuple(articles), html


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gc", action="store_true", help="leave the cyclic collector running")
    parser.add_argument("--grouping", type=Path, help="write the grouping here, one story a line")
    args = parser.parse_args()
    with contextlib.nullcontext() if args.gc else paused_gc():
        measure(args)


def measure(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    config, articles, html = load(args.corpus)
    print(f"{len(articles)} articles parsed in {time.perf_counter() - started:.1f} s (not part of the stage)")
    analysis = story_analysis(config)  # type: ignore[arg-type]
    texts = {a.revision: plain_blocks(html[a.revision]) for a in articles}
    cpu = time.process_time()
    for k, a in enumerate(articles, 1):
        analysis.run(a.title, texts[a.revision])
        if k % SERIAL_CHUNK == 0:
            collect_young()
    per_article = (time.process_time() - cpu) / len(articles)
    print(f"features, one process: {per_article * 1e6:.0f} µs CPU per article "
          f"({per_article * len(articles):.2f} s for all)")
    memo = Memo()
    wall = time.perf_counter()
    found = run_analyses(articles, (analysis,), memo, html.__getitem__, args.jobs)["stories"]
    cold = time.perf_counter() - wall
    wall = time.perf_counter()
    run_analyses(articles, (analysis,), memo, html.__getitem__, args.jobs)
    warm = time.perf_counter() - wall
    print(f"features cold, run_analyses with {args.jobs} jobs (plain text included): {cold:.2f} s")
    print(f"features warm (memo hit): {warm:.2f} s")
    times = []
    for _ in range(args.runs):
        wall = time.perf_counter()
        grouping = group_stories(articles, found, config)  # type: ignore[arg-type]
        times.append(time.perf_counter() - wall)
    ordered = sorted(articles, key=lambda a: a.slug)
    _, scored = score_pairs([_report(a, found[a.slug]) for a in ordered], config.story_window)  # type: ignore[attr-defined]
    sizes = sorted(len(s.members) for s in grouping.stories)
    print(f"grouping: median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}, "
          f"{args.runs} runs); {len(scored)} candidate pairs; {len(grouping.stories)} stories, "
          f"largest {sizes[-1]}, {len(grouping.suggestions)} suggestions, {len(grouping.related)} related links")
    paired = {i for p in scored for i in (p.a, p.b)}
    print(f"articles in a scored pair: {len(paired)} of {len(articles)} (what pair-only features would be read for: "
          f"docs/log/performance.md, \"Session of 2026-12-05, morning\": two-tier story features)")
    grouped = statistics.median(times)
    print(f"story stage, cold: features CPU + grouping wall = {per_article * len(articles):.2f} + {grouped:.2f} "
          f"= {per_article * len(articles) + grouped:.2f} s")
    print(f"story stage, cold, wall with {args.jobs} workers (features cold + grouping): {cold + grouped:.2f} s")
    if args.grouping is not None:
        lines = [f"story {s.id} {' '.join(s.members)} {s.score} {' | '.join(s.evidence)}" for s in grouping.stories]
        lines += [f"suggest {g.story} {g.join} {g.score} {' | '.join(g.evidence)}" for g in grouping.suggestions]
        lines += [f"related {r.first} {r.second} {r.score} {' | '.join(r.evidence)}" for r in grouping.related]
        args.grouping.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
