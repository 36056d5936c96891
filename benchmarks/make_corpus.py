"""Write a deterministic synthetic briefing site for benchmarking.

    python benchmarks/make_corpus.py DIR --articles N [--format briefgen|hugo|pelican]
                                     [--seed S] [--force] [--distinct-events]

The same seed and N give a byte-identical tree, so timings from different
machines or commits are measured on the same input. Articles are ~700-word
Markdown bodies from the diplomacy/war-news domain; see corpus_model.py for
how they are made and corpus_writers.py for each generator's file format.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from corpus_model import DEFAULT_SEED, Corpus, generate_corpus
from corpus_writers import FORMATS, MARKER, write_corpus


class CorpusDirError(Exception):
    """DIR cannot be used: it holds files that this script did not write."""


def prepare_dir(dest: Path, force: bool) -> None:
    """Refuse to mix with existing files; with --force replace only an earlier corpus.

    The marker check keeps `--force` from deleting a directory that a user
    passed by mistake (their home, the repository).
    """
    if dest.exists() and any(dest.iterdir()):
        if not force:
            raise CorpusDirError(f"{dest} is not empty (use --force to replace an earlier corpus)")
        if not (dest / MARKER).is_file():
            raise CorpusDirError(f"{dest} has no {MARKER} marker; refusing to delete it")
        shutil.rmtree(dest)
    dest.mkdir(parents=True, exist_ok=True)


def make_corpus(dest: Path, n_articles: int, fmt: str = "briefgen",
                seed: int = DEFAULT_SEED, force: bool = False,
                corpus: Corpus | None = None, distinct: bool = False) -> Corpus:
    """Generate (or reuse `corpus`) and write it; returns the corpus for callers that time it."""
    prepare_dir(dest, force)
    corpus = corpus if corpus is not None else generate_corpus(n_articles, seed, distinct)
    write_corpus(corpus, dest, fmt)
    return corpus


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="directory to write the site project into")
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--format", choices=FORMATS, default="briefgen", help="site generator format")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--force", action="store_true", help="replace an earlier generated corpus in DIR")
    parser.add_argument("--distinct-events", action="store_true",
                        help="give every event a village, an official and a count of its own (corpus_model.py)")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    try:
        corpus = make_corpus(args.dir, args.articles, args.format, args.seed, args.force,
                             distinct=args.distinct_events)
    except CorpusDirError as exc:
        print(f"make_corpus: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - start
    print(f"wrote {len(corpus.articles)} articles and {len(corpus.notes)} notes "
          f"({args.format}, seed {args.seed}) to {args.dir} in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
