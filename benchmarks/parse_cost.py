"""CPU time of `parse_file` per article over a corpus: the per-file cost of a cold build.

    python benchmarks/make_corpus.py /tmp/corpus --articles 1000
    python benchmarks/parse_cost.py /tmp/corpus                    # this checkout
    python benchmarks/parse_cost.py /tmp/corpus --code /tmp/old    # another checkout, to compare
    python benchmarks/parse_cost.py /tmp/corpus --raw-html         # each article with an <abbr> added

CPU time (`time.process_time`) rather than wall time, minimum of `--runs` passes, one
Markdown renderer reused as in a build: on a shared machine this is the steadiest
measure. `--raw-html` adds a sentence with raw HTML to every body, so that the slower
path for bodies with raw HTML (defusing, the HTML5 check) is measured too.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

SENTENCE = 'The <abbr title="North Atlantic Treaty Organization">NATO</abbr> summit.\n\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a site made by make_corpus.py")
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1],
                        help="checkout whose briefgen to time (default: this one)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--raw-html", action="store_true", help="add a sentence with raw HTML to every body")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code))
    from briefgen.load.documents import parse_file
    from briefgen.load.markup import MarkdownRenderer

    files = []
    for path in sorted((args.corpus / "content" / "articles").glob("*.md")):
        raw = path.read_bytes()
        if args.raw_html:
            head, fence, body = raw.decode().partition("\n---\n")
            raw = (head + fence + SENTENCE + body).encode()
        files.append((raw, f"content/articles/{path.name}", path.stem))
    renderer = MarkdownRenderer()
    for raw, display, stem in files[:50]:  # warm up: instances, regex caches
        parse_file(raw, display, stem, renderer)
    runs = []
    for _ in range(args.runs):
        started = time.process_time()
        for raw, display, stem in files:
            parse_file(raw, display, stem, renderer)
        runs.append((time.process_time() - started) / len(files) * 1000)
    print(f"{args.code}: {len(files)} articles{' with raw HTML' if args.raw_html else ''}: "
          f"min {min(runs):.3f} ms, median {statistics.median(runs):.3f} ms per article (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
