"""Story grouping on every labelled set of tests/stories/, at the defaults: the "Other labelled sets" table of
docs/stories.md.

    PYTHONPATH=$PWD:tests python benchmarks/stories_sets.py

For each folder of tests/stories/ with a config.yaml and labels (`labels.yaml` with a `stories:` map, read by
storyeval.truth, or a trial's `labels.md`, read by storyeval.trial_stories), groups the whole set as a build does
(storyeval.load_site, storyeval.group) and prints its articles, the labelled articles grouped, and the pairwise
counts: true pairs found, false merges, missed pairs, precision and recall (IIR §16.3; a set with no grouped pair has
precision 1). A set whose labels name no story is listed as such. Standard library, briefgen and tests/ only; ~15 s.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "stories")]

import storyeval  # noqa: E402

SETS = ROOT / "tests" / "stories"


def labelled(folder: Path) -> dict[str, str]:
    """slug → true story of a set's labelled articles ({} when the folder has no story labels)."""
    if (folder / "labels.yaml").exists() and "stories" in (storyeval.labels(folder) or {}):
        return storyeval.truth(None, folder)
    if (folder / "labels.md").exists():
        return storyeval.trial_stories(folder)
    return {}


def main() -> None:
    print("| set | articles | labelled | true pairs found | false merges | missed | P | R |")
    print("|---|---|---|---|---|---|---|---|")
    for folder in sorted(p for p in SETS.iterdir() if (p / "config.yaml").exists()):
        real = labelled(folder)
        if not real:
            print(f"| {folder.name} | | no story labels | | | | | |")
            continue
        site = storyeval.load_site(folder)
        predicted = storyeval.assignment(storyeval.group(site))
        counts = storyeval.pairwise(predicted, real, [slug for slug in real if slug in predicted])
        print(f"| {folder.name} | {len(site.articles)} | {sum(slug in predicted for slug in real)} "
              f"| {counts.true_positives} | {counts.false_positives} | {counts.false_negatives} "
              f"| {counts.precision:.3f} | {counts.recall:.3f} |")


if __name__ == "__main__":
    main()
