"""Time each part of the story features (analyse/storyfeatures.story_features) on a benchmark corpus.

    python benchmarks/make_corpus.py /dev/shm/c1k --articles 1000
    python benchmarks/story_feature_parts.py /dev/shm/c1k [--code PATH] [--rounds 3]

Wraps every function `storyfeatures` calls (credits, terms, capitals, places, the lead's follow-up, event day,
announcement, actors and terms …) with a timer, runs the features over every article `--rounds` times (after a
warm-up of 100 articles, as a build's worker warms its caches) and prints each part's CPU microseconds per article
(`process_time`, the least of the rounds: the machine is shared), largest first, and the total's least. `--code`
times another checkout (a `git archive`). The wrapping itself adds ~1 µs a call; compare two checkouts with this
script, not with stories_bench.py's figures. Standard library and briefgen only.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

PARTS = ("lead_terms", "counted", "numbers_as_digits", "article_terms", "detect_credits", "capitals", "written_forms",
         "compound_forms", "shown_with_compounds", "lead_actors", "lead_follows", "addresses_reader", "scoop_claim",
         "lead_announces", "lead_event_day", "place_terms", "lead_days", "for_readers", "cause_terms",
         "tells_future", "lead_sentence", "words", "copy_prints", "signoff_credits", "listed_roundup", "news_credits",
         "credit_placings", "sourced_outlets", "opening_dateline", "shown_amount", "lead_incidents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))
    spec = importlib.util.spec_from_file_location("stories_bench", args.code / "benchmarks" / "stories_bench.py")
    bench = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    import briefgen.analyse.storyfeatures as features
    from briefgen.load.markup import plain_blocks

    config, articles, html = bench.load(args.corpus)
    texts = [(a.title, plain_blocks(html[a.revision]) if isinstance(html[a.revision], str) else html[a.revision])
             for a in articles]
    finder = features.credit_finder(tuple(sorted({s.name for s in config.sources})))
    spent: dict[str, float] = {}

    def timed(name: str):  # type: ignore[no-untyped-def]
        function = getattr(features, name)

        def run(*given, **named):  # type: ignore[no-untyped-def]
            start = time.process_time()
            try:
                return function(*given, **named)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return run

    for name in PARTS:
        if hasattr(features, name):
            setattr(features, name, timed(name))
    for title, text in texts[:100]:
        features.story_features(title, text, finder)
    best: dict[str, float] = {}
    total = float("inf")
    for _ in range(args.rounds):
        spent.clear()
        start = time.process_time()
        for title, text in texts:
            features.story_features(title, text, finder)
        total = min(total, time.process_time() - start)
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    spent = best
    print(f"{args.code}: {total / len(texts) * 1e6:.0f} µs an article ({len(texts)} articles)")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:22s} {seconds / len(texts) * 1e6:7.1f} µs")


if __name__ == "__main__":
    main()
