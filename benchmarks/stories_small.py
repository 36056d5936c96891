"""Story grouping in small briefings: random subsets of the labelled sets, at the default threshold.

    python benchmarks/stories_small.py [--draws 300] [--seed 1] [--sizes 8 16 32] [--wrong N]

An editor often starts a briefing with a handful of articles about one running matter. For
each labelled set (tests/stories/eval/ by part — tune, held-out —, tests/stories/reactions/,
tests/stories/doping/) and each size, draws `--draws` random subsets (one `random.Random(seed)`,
sorted slugs, so the figures repeat), groups each subset alone (as a briefing of only those
articles) and prints the mean per-draw pairwise precision, recall and F1 (a draw with no grouped
pair has precision 1, with no true pair recall 1), and the pooled counts. The full set is one
draw. `--wrong N` prints the N false merges met most often, with their pair score and the terms
both hold, idf first. The figures are in docs/log/stories.md ("Small briefings").
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from briefgen.analyse.similarity import score_pairs  # noqa: E402
from briefgen.analyse.stories import prepare  # noqa: E402
from stories.storyeval import EVAL, Site, all_features, load_site, pairwise, subset_groupings, truth  # noqa: E402

STORIES = ROOT / "tests" / "stories"
SETS = (("eval tune", EVAL, "tune"), ("eval held-out", EVAL, "held-out"),
        ("reactions", STORIES / "reactions", None), ("doping", STORIES / "doping", None))


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    size: int
    draws: int
    precision: float  # mean over draws
    recall: float
    f1: float
    pooled: tuple[int, int, int]  # true positives, false positives, false negatives over all draws


def measure(name: str, site: Site, found: dict, real: dict[str, str], size: int, draws: int, seed: int,
            wrong: Counter | None = None, examples: dict | None = None) -> Row:
    ps, rs, fs, tp, fp, fn = [], [], [], 0, 0, 0
    for chosen, predicted in subset_groupings(site, found, real, size, draws, seed):
        counts = pairwise(predicted, real, chosen)
        ps.append(counts.precision), rs.append(counts.recall), fs.append(counts.f1)
        tp, fp, fn = tp + counts.true_positives, fp + counts.false_positives, fn + counts.false_negatives
        if wrong is not None:
            for k, a in enumerate(chosen):
                for b in chosen[k + 1:]:
                    if predicted[a] == predicted[b] and real[a] != real[b]:
                        wrong[(name, size, a, b)] += 1
                        examples.setdefault((name, size, a, b), chosen)
    n = len(ps)
    return Row(name, min(size, len(real)), n, sum(ps) / n, sum(rs) / n, sum(fs) / n, (tp, fp, fn))


def evidence(site: Site, found: dict, slugs: list[str], a: str, b: str) -> str:
    """The pair's score and shared terms (idf, df) inside the briefing of `slugs`."""
    archive = prepare(tuple(sorted((x for x in site.articles if x.slug in slugs), key=lambda x: x.slug)), found)
    weights, scored = score_pairs(archive.reports, site.config.story_window, archive.df)
    index = {r.slug: i for i, r in enumerate(archive.reports)}
    i, j = sorted((index[a], index[b]))
    pair = next((p for p in scored if (p.a, p.b) == (i, j)), None)
    shared = sorted(set(archive.reports[i].terms) & set(archive.reports[j].terms), key=lambda t: -weights.idf[t])
    terms = ", ".join(f"{t} {weights.idf[t]:.1f}/{archive.df[t]}" for t in shared[:10])
    return f"score {pair.score if pair else 0:.2f} cosine {pair.cosine if pair else 0:.2f}: {terms}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--draws", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 16, 32])
    parser.add_argument("--wrong", type=int, default=0, help="print the N false merges met most often")
    args = parser.parse_args()
    print("| set | articles | draws | P | R | F1 | pooled P | pooled R |")
    print("|---|---|---|---|---|---|---|---|")
    wrong: Counter = Counter()
    examples: dict = {}
    loaded = {}
    for name, root, part in SETS:
        if root not in loaded:
            site = load_site(root)
            loaded[root] = (site, all_features(site))
        site, found = loaded[root]
        real = truth(part, root)
        for size in [*[s for s in args.sizes if s < len(real)], len(real)]:
            row = measure(name, site, found, real, size, args.draws, args.seed, wrong if args.wrong else None,
                          examples)
            tp, fp, fn = row.pooled
            print(f"| {name} | {row.size} | {row.draws} | {row.precision:.3f} | {row.recall:.3f} | {row.f1:.3f} "
                  f"| {tp / max(tp + fp, 1):.3f} | {tp / max(tp + fn, 1):.3f} |")
    for (name, size, a, b), times in wrong.most_common(args.wrong):
        root = next(r for n, r, _ in SETS if n == name)
        site, found = loaded[root]
        print(f"{times:4d}x {name} ({size}): {a} / {b}\n"
              f"      in a draw: {evidence(site, found, examples[(name, size, a, b)], a, b)}\n"
              f"      full set:  {evidence(site, found, sorted(truth(None, root)), a, b)}")


if __name__ == "__main__":
    main()
