"""Where one text analysis spends its time: cProfile over the benchmark corpus.

    python benchmarks/analyse_profile.py /dev/shm/c1k find_people [--top 30] [--sort tottime]
    python benchmarks/analyse_profile.py /dev/shm/c1k compare_reports
    python benchmarks/analyse_profile.py /dev/shm/c10k group_stories

FUNCTION is one of the per-article analyses of analyse_bench.py (run on every article), or
`compare_reports` (every story of two or more reports) or a whole-site stage (`people_of`,
`NameIndex.build`, `misspellings`, `group_stories`; their per-article inputs are computed
first, unprofiled). Inputs are read as analyse_bench.py reads them (`--cache` as there).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyse_bench import (PER_ARTICLE, WHOLE_SITE, Analyses, NameIndex, NameMention, group_stories,  # noqa: E402
                           load_site, misspellings, outlets_of, people_of, story_reports)
from briefgen.analyse.compare import compare_reports  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("function", choices=(*PER_ARTICLE, "compare_reports", *WHOLE_SITE))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args(argv)
    site = load_site(args.dir, args.cache)
    analyses = Analyses(site.config)
    items = [(a.title, site.texts[a.slug]) for a in site.articles]
    profile = cProfile.Profile()
    if args.function in PER_ARTICLE:
        run = analyses.functions()[args.function]
        profile.runcall(lambda: [run(title, text) for title, text in items])
    else:
        features = {a.slug: analyses.stories(a.title, site.texts[a.slug]) for a in site.articles}
        if args.function == "compare_reports":
            stories = story_reports(site, group_stories(site.articles, features, site.config))
            profile.runcall(lambda: [compare_reports(s) for s in stories])
        elif args.function == "group_stories":
            profile.runcall(lambda: group_stories(site.articles, features, site.config))
        else:
            people = {a.slug: analyses.people(a.title, site.texts[a.slug]) for a in site.articles}
            mentions = {slug: tuple(NameMention(s, 0, 0, n.kind, n.full) for n in found.named for s in n.surfaces)
                        for slug, found in people.items()}
            work = {"people_of": lambda: people_of(site.articles, people, site.config.people, outlets_of(site)),
                    "NameIndex.build": lambda: NameIndex.build(site.config.people, mentions),
                    "misspellings": lambda: misspellings(NameIndex.build(site.config.people, mentions))}
            profile.runcall(work[args.function])
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
