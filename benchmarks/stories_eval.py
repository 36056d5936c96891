"""Measure story grouping on the labelled evaluation set: the figures in docs/stories.md.

    python benchmarks/stories_eval.py [--background DIR] [--markdown]

Prints pairwise precision / recall / F1 against the threshold (a curve), for the tune
and the held-out parts and for all labelled articles (pairs across the parts too), at 1× (the 76 labelled articles alone) and at 10× (inside the
700 background articles of `benchmarks/make_corpus.py --articles 700 --seed 7`,
generated into a temporary folder unless --background names one), how many background
articles joined a labelled story, the related/distinct pairs, the what-each-adds
sentence accuracy, and a digest of the grouping (equal digests under different
PYTHONHASHSEED values show the grouping is deterministic).
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

from briefgen.analyse.compare import compare_reports  # noqa: E402
from briefgen.analyse.stories import group_stories  # noqa: E402
from stories.storyeval import EVAL, all_features, assignment, embed, labels, load_site, pairwise, truth  # noqa: E402

THRESHOLDS = tuple(round(0.25 + 0.05 * k, 2) for k in range(12))


def curve(site, found, markdown: bool) -> None:  # type: ignore[no-untyped-def]
    real = truth()
    head = ("| threshold | tune P | tune R | tune F1 | held-out P | held-out R | held-out F1 | all P | all F1 "
            "| background joined |")
    print(head if markdown else head.replace("|", " "))
    if markdown:
        print("|" + "---|" * 10)
    for threshold in THRESHOLDS:
        grouping = group_stories(site.articles, found, replace(site.config, story_threshold=threshold))
        predicted = assignment(grouping)
        cells = [f"{threshold:.2f}"]
        for part in ("tune", "held-out"):
            counts = pairwise(predicted, real, truth(part))
            cells += [f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}"]
        counts = pairwise(predicted, real, real)  # all labelled articles: pairs across the parts count too
        cells += [f"{counts.precision:.3f}", f"{counts.f1:.3f}"]
        joined = sum(1 for slug in real for m in grouping.story_of(slug).members if m not in real)
        cells.append(str(joined))
        print(("| " + " | ".join(cells) + " |") if markdown else "  ".join(cells))


def pairs_report(site, found) -> None:  # type: ignore[no-untyped-def]
    grouping = group_stories(site.articles, found, site.config)
    story = {slug: s.id for s in grouping.stories for slug in s.members}
    linked = {(r.first, r.second) for r in grouping.related} | {(r.second, r.first) for r in grouping.related}
    stories = labels()["stories"]

    def status(first: str, second: str) -> str:
        ids_a = {story[s] for s in stories[first]["articles"]}
        ids_b = {story[s] for s in stories[second]["articles"]}
        if ids_a & ids_b:
            return "merged"
        return "linked" if any((x, y) in linked for x in ids_a for y in ids_b) else "apart"

    for kind in ("related", "distinct"):
        found_status = [status(a, b) for a, b, _ in labels()[kind]]
        print(f"{kind} pairs ({len(found_status)}): " + ", ".join(
            f"{name} {found_status.count(name)}" for name in ("merged", "linked", "apart")))


def adds_report(site) -> None:  # type: ignore[no-untyped-def]
    adds = yaml.safe_load((EVAL / "adds.yaml").read_text(encoding="utf-8"))["stories"]
    for part in ("tune", "held-out"):
        right = total = added_right = added_total = 0
        for story, articles in adds.items():
            if labels()["stories"][story]["part"] != part:
                continue
            for report in compare_reports([(slug, site.texts[slug]) for slug in articles]).reports:
                for gold, found in zip(articles[report.slug], report.counterparts):
                    right += bool(gold["same"]) == bool(found)
                    total += 1
                    if not gold["same"]:
                        added_total += 1
                        added_right += not found
        print(f"what each adds, {part}: sentence accuracy {right / total:.3f} ({right}/{total}); "
              f"sentences that only one source has, found: {added_right}/{added_total}")


def digest(site, found) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(repr(group_stories(site.articles, found, site.config)).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--background", type=Path, help="a corpus made by make_corpus.py (default: made now)")
    parser.add_argument("--markdown", action="store_true", help="print the curves as Markdown tables")
    args = parser.parse_args()
    site = load_site(EVAL)
    found = all_features(site)
    print(f"1x: {len(site.articles)} labelled articles, threshold {site.config.story_threshold}")
    curve(site, found, args.markdown)
    pairs_report(site, found)
    adds_report(site)
    print(f"digest 1x: {digest(site, found)}")
    with tempfile.TemporaryDirectory() as tmp:
        background = args.background
        if background is None:
            background = Path(tmp) / "background"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(background),
                            "--articles", "700", "--seed", "7"], check=True, capture_output=True)
        big = load_site(embed(background, Path(tmp) / "ten"))
        big_found = all_features(big)
        print(f"\n10x: {len(big.articles)} articles (the labelled ones inside {background})")
        curve(big, big_found, args.markdown)
        pairs_report(big, big_found)
        print(f"digest 10x: {digest(big, big_found)}")


if __name__ == "__main__":
    main()
