"""Story grouping on the benchmark corpus, scored against the events the generator wrote.

    python benchmarks/make_corpus.py /dev/shm/c10k --articles 10000
    python benchmarks/stories_synthetic.py /dev/shm/c10k 10000 [--seed SEED] [--distinct-events]

The generator (corpus_model.py) writes articles in *events*: one outlet reports, others
re-tell it days later sharing names, places, numbers and paraphrased facts. Those events
are a ground truth at any size, unlike the labelled evaluation set (76 articles, and 776
with background): this prints pairwise precision and recall of `group_stories` (through
a real build plan, memo included) against them, to see how grouping holds up as an
archive grows. The corpus must be the one `make_corpus.py` wrote with the same count and
seed. Standard library and briefgen only.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import corpus_model  # noqa: E402
from briefgen import build  # noqa: E402
from briefgen.speed.cache import BuildCache  # noqa: E402


def true_events(count: int, seed: int, distinct: bool = False) -> dict[str, int]:
    """slug → event number, by regenerating the corpus and recording each event's size."""
    sizes: list[int] = []
    make_event = corpus_model.make_event

    def recording(filler, max_size):  # type: ignore[no-untyped-def]
        event = make_event(filler, max_size)
        sizes.append(min(len(event.outlets), max_size))
        return event

    corpus_model.make_event = recording
    try:
        corpus = corpus_model.generate_corpus(count, seed, distinct)
    finally:
        corpus_model.make_event = make_event
    events, start = {}, 0
    for number, size in enumerate(sizes):
        for article in corpus.articles[start:start + size]:
            events[article.slug] = number
        start += size
    return events


def grouped(site: Path) -> dict[str, str]:
    """slug → story id, from a build plan of the site (its memo is used, nothing is written)."""
    inputs, _ = build.gather(site / "config.yaml", build.BuildOptions())
    assert inputs is not None
    cache = BuildCache(inputs.root, inputs.output, None)
    articles, _ = cache.files.revisions(inputs.root, list(inputs.articles), inputs.confine)
    notes, _ = cache.files.revisions(inputs.root, list(inputs.notes), inputs.confine)
    planned, _ = build.plan(replace(inputs, articles=tuple(articles), notes=tuple(notes)), cache, 2)
    return {slug: story.id for story in planned.grouping.stories for slug in story.members}


def pairs(groups: dict[str, object]) -> set[tuple[str, str]]:
    members: dict[object, list[str]] = {}
    for slug, group in groups.items():
        members.setdefault(group, []).append(slug)
    return {tuple(sorted(p)) for m in members.values() for p in itertools.combinations(m, 2)}  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("articles", type=int)
    parser.add_argument("--seed", type=int, default=corpus_model.DEFAULT_SEED)
    parser.add_argument("--distinct-events", action="store_true", help="the corpus was made with this flag too")
    args = parser.parse_args()
    truth = true_events(args.articles, args.seed, args.distinct_events)
    found = grouped(args.site)
    missing = set(truth) - set(found)
    if missing:
        sys.exit(f"{len(missing)} generated articles are not in the site (another count or seed?)")
    true_pairs, found_pairs = pairs(truth), pairs({s: found[s] for s in truth})
    hits = len(true_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else float("nan")
    print(f"{args.articles} articles, {len(set(truth.values()))} events: {len(true_pairs)} true pairs, "
          f"{len(found_pairs)} grouped, {hits} right; precision {precision:.3f}, recall {hits / len(true_pairs):.3f}")


if __name__ == "__main__":
    main()
