"""Instructions an article of the story features, counted by callgrind: a figure no other load on the machine moves.

    python benchmarks/make_corpus.py /dev/shm/c1k --articles 1000
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/story_instructions.py /dev/shm/c1k
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/story_instructions.py /dev/shm/c1k --more
    # instructions an article = (the second "Collected" − the first) / --count

Reads the first `--warm` + `--count` articles of the corpus (parsed as a build parses them), runs
`story_features` on the first `--warm` (filling the caches a build's worker fills), and with `--more` on the next
`--count` too: the difference of the two runs' totals is what `--count` articles cost with warm caches. `--code`
runs another checkout (a `git archive`). Run valgrind on the interpreter itself, not a shim that execs it
(pyenv's: callgrind then counts nothing). Standard library and briefgen only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--warm", type=int, default=200)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--more", action="store_true", help="also run the --count articles after the warm ones")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))
    from briefgen.analyse.storyfeatures import credit_finder, story_features
    from briefgen.load.config import load_config
    from briefgen.load.documents import make_article, parse_file
    from briefgen.load.files import confinement, discover, read_source
    from briefgen.load.markup import MarkdownRenderer, plain_blocks
    from briefgen.speed.memo import digest

    config, problems = load_config(args.corpus / "config.yaml")
    assert config is not None, problems
    files, _ = discover(args.corpus, "articles", confinement(args.corpus))
    renderer, texts = MarkdownRenderer(), []
    for f in files[:args.warm + args.count]:  # (read alike by both runs: the difference is the features alone)
        raw = read_source(args.corpus, f.path, confinement(args.corpus))
        parsed = parse_file(raw, f.path, f.id_prefix, renderer)
        article, _ = make_article(parsed, f.path, f.stem, digest(f.path, raw), config)
        if article is not None:
            texts.append((article.title, plain_blocks(parsed.body_html)))
    finder = credit_finder(tuple(sorted({s.name for s in config.sources})))
    for title, text in texts[:args.warm]:
        story_features(title, text, finder)
    if args.more:
        for title, text in texts[args.warm:]:
            story_features(title, text, finder)


if __name__ == "__main__":
    main()
