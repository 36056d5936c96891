"""Per-article cost of quote attribution and name discovery, and the corpus-wide spelling check.

    python benchmarks/make_corpus.py /tmp/corpus --articles 1000
    PYTHONPATH=. python benchmarks/analyse_bench.py /tmp/corpus [--repeat 5] [--show 10]

Reads DIR/config.yaml and DIR/content/articles/*.md, turns each body into the plain text the
build passes to the analyses (Markdown → sanitised, smartened HTML → text), then times, per
article, `quotes_in(title, text)` and `names_in(title, text)` (CPU time, best of --repeat passes
over the whole corpus, divided by the number of articles), and once `NameIndex.build` +
`misspellings`. Prints the counts too, and the first --show suggestions, so that false flags
on a corpus are visible. Not a test: timings depend on the machine (docs/people.md).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.spelling import misspellings
from briefgen.load.config import Person
from briefgen.load.frontmatter import split
from briefgen.load.markup import MarkdownRenderer, plain_text


def load(root: Path) -> tuple[tuple[Person, ...], dict[str, tuple[str, str]]]:
    config = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
    people = tuple(Person(p["name"], tuple(p.get("aliases") or ())) for p in config.get("people") or ())
    renderer = MarkdownRenderer()
    articles = {}
    for path in sorted((root / "content" / "articles").glob("*.md")):
        parts, _ = split(path.read_text(encoding="utf-8"), str(path))
        if parts is None:
            continue
        front = yaml.safe_load(parts.front) or {}
        articles[path.name] = (str(front.get("title", "")), plain_text(renderer.render(parts.body, path.stem)))
    return people, articles


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()  # CPU time: steadier than wall time on a shared machine
        work()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="a site project (config.yaml, content/articles/)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--show", type=int, default=10, help="suggestions to print")
    args = parser.parse_args(argv)
    people, articles = load(args.dir)
    items = list(articles.values())
    words = sum(len(text.split()) for _, text in items) / max(1, len(items))
    quote_time = best_of(args.repeat, lambda: [quotes_in(t, x) for t, x in items])
    name_time = best_of(args.repeat, lambda: [names_in(t, x) for t, x in items])
    found = {key: names_in(t, x) for key, (t, x) in articles.items()}
    quotes = [q for t, x in items for q in quotes_in(t, x)]
    start = time.perf_counter()
    suggestions = misspellings(NameIndex.build(people, found))
    corpus_time = time.perf_counter() - start
    n = len(items)
    print(f"{n} articles, {words:.0f} words each on average")
    print(f"quotes_in: {1000 * quote_time / n:.3f} ms per article; {len(quotes)} quotations, "
          f"{sum(q.speaker is not None for q in quotes)} with a speaker")
    print(f"names_in:  {1000 * name_time / n:.3f} ms per article; {sum(map(len, found.values()))} mentions")
    print(f"NameIndex.build + misspellings: {1000 * corpus_time:.1f} ms for the corpus; "
          f"{len(suggestions)} suggestions")
    for s in suggestions[:args.show]:
        print(f"  {s.article}: {s.surface!r} -> {s.suggestion!r} ({s.reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
