"""The story grouping measured on the labelled evaluation set, with the issue's thresholds.

Pairwise precision and F1 at the configured threshold (the set's config.yaml says 0.5,
the default): on the tune part (used for tuning) and on the held-out part (not used),
alone (1×) and inside 700 background articles of the benchmark generator (10×), where
no background article may join a labelled one. Figures and curves: docs/stories.md
(`python benchmarks/stories_eval.py` prints them).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.stories import StoryGrouping
from stories.storyeval import EVAL, Site, all_features, assignment, embed, group, labels, load_site, pairwise, truth

REPO = Path(__file__).resolve().parents[2]
PRECISION, F1 = 0.95, 0.9
ADDS_ACCURACY = 0.65  # reached: tune 0.67, held-out 0.69 (docs/stories.md); word overlap misses full paraphrase


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(EVAL)


@pytest.fixture(scope="module")
def grouped(site: Site) -> dict[str, str]:
    return assignment(group(site))


@pytest.mark.parametrize("part", ["tune", "held-out", None])
def test_pairwise_precision_and_f1(grouped: dict[str, str], part: str | None) -> None:
    """None: all labelled articles, so that pairs across the two parts count too."""
    counts = pairwise(grouped, truth(), truth(part))
    assert counts.precision >= PRECISION and counts.f1 >= F1, counts


def test_the_original_leads_its_story(site: Site) -> None:
    grouping = group(site)
    for story_id, entry in labels()["stories"].items():
        if "original" in entry:
            story = grouping.story_of(entry["original"])
            assert story.lead == entry["original"], (story_id, story)
    assert grouping.story_of("wsj-china-role-report").original == "The Wall Street Journal"


def test_related_and_distinct_pairs_are_never_merged(grouped: dict[str, str]) -> None:
    stories = labels()["stories"]
    for first, second, _ in labels()["related"] + labels()["distinct"]:
        assert {grouped[s] for s in stories[first]["articles"]}.isdisjoint(
            grouped[s] for s in stories[second]["articles"]), (first, second)


@pytest.fixture(scope="module")
def ten_times(tmp_path_factory: pytest.TempPathFactory) -> Site:
    background = tmp_path_factory.mktemp("background")
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), str(background), "--articles",
                    "700", "--seed", "7", "--force"], check=True, capture_output=True)
    return load_site(embed(background, tmp_path_factory.mktemp("ten") / "site"))


@pytest.fixture(scope="module")
def ten_times_grouped(ten_times: Site) -> StoryGrouping:
    """The 10× site grouped once for the three parts (it was grouped once a part: ~17 s of a loaded run)."""
    return group(ten_times, found=all_features(ten_times))


@pytest.mark.parametrize("part", ["tune", "held-out", None])
def test_inside_ten_times_as_many_articles(ten_times_grouped: StoryGrouping, part: str | None) -> None:
    grouping = ten_times_grouped
    predicted, real = assignment(grouping), truth()
    counts = pairwise(predicted, real, truth(part))
    assert counts.precision >= PRECISION and counts.f1 >= F1, counts
    for slug in truth(part):
        assert all(member in real for member in grouping.story_of(slug).members), grouping.story_of(slug)


def adds_accuracy(site: Site, part: str) -> float:
    adds = yaml.safe_load((EVAL / "adds.yaml").read_text(encoding="utf-8"))["stories"]
    right = total = 0
    for story, articles in adds.items():
        if labels()["stories"][story]["part"] != part:
            continue
        comparison = compare_reports([(slug, site.texts[slug]) for slug in articles])
        for report in comparison.reports:
            gold = articles[report.slug]
            assert len(gold) == len(report.sentences), report.slug
            for sentence, found in zip(gold, report.counterparts):
                right += bool(sentence["same"]) == bool(found)
                total += 1
    return right / total


@pytest.mark.parametrize("part", ["tune", "held-out"])
def test_what_each_adds_sentence_accuracy(site: Site, part: str) -> None:
    assert adds_accuracy(site, part) >= ADDS_ACCURACY
