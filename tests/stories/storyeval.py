"""Measuring story grouping on the labelled evaluation set (tests/stories/eval/), shared by the
evaluation test and benchmarks/stories_eval.py.

- `load_site(root)`: a site folder → config, articles and their plain texts, read with
  briefgen's own loaders (front matter, Markdown, plain text), as a build reads them: each `source:` and `via:`
  by any name of its `sources:` outlet resolved by the build's one function (viaoutlets.resolved_outlets).
- `pairwise(predicted, truth, slugs)`: pairwise precision, recall and F1 over the
  article pairs of `slugs` (Manning et al., IIR §16.3: a pair is a true positive when
  both clusterings put the two articles together).
- `subsets(slugs, size, draws, seed)` and `subset_groupings(...)`: seeded random small briefings
  drawn from a labelled set, each grouped alone (benchmarks/stories_small.py, test_small_briefings.py).
- `embed(eval_root, background_root, target)`: the evaluation articles inside a
  background corpus (benchmarks/make_corpus.py), as one site for the 10× measurement.
"""
from __future__ import annotations

import itertools
import random
import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import yaml

from briefgen.analyse.people import people_analysis, people_of
from briefgen.analyse.stories import StoryGrouping, group_stories, story_analysis
from briefgen.analyse.viaoutlets import resolved_outlets
from briefgen.load.config import Config, load_config
from briefgen.load.documents import Article, make_article, parse_file
from briefgen.load.files import confinement, discover, read_source
from briefgen.load.markup import MarkdownRenderer, plain_blocks

EVAL = Path(__file__).resolve().parent / "eval"


@dataclass(frozen=True, slots=True)
class Site:
    config: Config
    articles: tuple[Article, ...]
    texts: dict[str, str]  # slug → plain text of the body


def load_site(root: Path) -> Site:
    config, problems = load_config(root / "config.yaml")
    assert config is not None, problems
    files, _ = discover(root, "articles", confinement(root))
    renderer = MarkdownRenderer()
    articles, texts = [], {}
    for f in files:
        parsed = parse_file(read_source(root, f.path, confinement(root)), f.path, f.id_prefix, renderer)
        article, problems = make_article(parsed, f.path, f.stem, f.path, config)
        assert article is not None, problems
        articles.append(article)
        texts[article.slug] = plain_blocks(parsed.body_html)
    resolved, _ = resolved_outlets(articles, config)  # (as a build: `via: PAI` is "… (PAI)"; FX29)
    return Site(config, resolved, texts)


def labels(root: Path = EVAL) -> dict:
    """labels.yaml of an evaluation set (`root`: tests/stories/eval/ or tests/stories/doping/)."""
    return yaml.safe_load((root / "labels.yaml").read_text(encoding="utf-8"))


def truth(part: str | None = None, root: Path = EVAL) -> dict[str, str]:
    """slug → true story id, for the articles of one part (None: all) of the set at `root`."""
    return {slug: story for story, entry in labels(root)["stories"].items()
            if part is None or entry["part"] == part for slug in entry["articles"]}


def all_features(site: Site) -> dict[str, object]:
    analysis = story_analysis(site.config)
    return {a.slug: analysis.run(a.title, site.texts[a.slug]) for a in site.articles}


def group(site: Site, threshold: float | None = None, found: Mapping[str, object] | None = None) -> StoryGrouping:
    config = site.config if threshold is None else replace(site.config, story_threshold=threshold)
    return group_stories(site.articles, found if found is not None else all_features(site), config)


def assignment(grouping: StoryGrouping) -> dict[str, str]:
    return {slug: story.id for story in grouping.stories for slug in story.members}


@dataclass(frozen=True, slots=True)
class PairCounts:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        real = self.true_positives + self.false_negatives
        return self.true_positives / real if real else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def people_page(site: Site) -> tuple:
    """The People page's entries of `site`, as a build makes them (people_analysis per article, then people_of)."""
    config = site.config
    analysis = people_analysis(config.people, config.sources, config.language)
    found = {a.slug: analysis.run_for(a, site.texts[a.slug]) for a in site.articles}
    return people_of(site.articles, found, config.people, [s.name for s in config.sources]).people


def pairwise(predicted: Mapping[str, str], real: Mapping[str, str], slugs: Iterable[str]) -> PairCounts:
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(slugs), 2):
        same, should = predicted[a] == predicted[b], real[a] == real[b]
        tp += same and should
        fp += same and not should
        fn += should and not same
    return PairCounts(tp, fp, fn)


def wrong_pairs(predicted: Mapping[str, str], real: Mapping[str, str], slugs: Iterable[str]) -> list[str]:
    out = []
    for a, b in itertools.combinations(sorted(slugs), 2):
        same, should = predicted[a] == predicted[b], real[a] == real[b]
        if same != should:
            out.append(f"{'FALSE MERGE' if same else 'missed'}: {a} / {b}")
    return out


def merged_distinct(grouping: StoryGrouping, root: Path) -> list[tuple[str, str]]:
    """The labelled distinct pairs of stories (labels.yaml `distinct:`) that `grouping` puts together."""
    predicted, stories = assignment(grouping), labels(root)["stories"]
    return [(first, second) for first, second, _ in labels(root)["distinct"]
            if not {predicted[s] for s in stories[first]["articles"]}.isdisjoint(
                predicted[s] for s in stories[second]["articles"])]


def credit_problems(site: Site, grouping: StoryGrouping, root: Path, others: bool = False) -> list[tuple]:
    """Labelled stories with an `original` whose story is not led and credited by it, or whose other labelled
    articles are not all re-reports; `others`: the story may hold more articles than the label (only the
    labelled ones are read), else its roles are exactly the label's."""
    source = {a.slug: a.source for a in site.articles}
    problems: list[tuple] = []
    for story_id, entry in labels(root)["stories"].items():
        if "original" not in entry:
            continue
        original, story = entry["original"], grouping.story_of(entry["original"])
        if story.lead != original or story.original != source[original]:
            problems.append((story_id, story))
        roles = {slug: role for slug, role in story.roles
                 if slug != original and (not others or slug in entry["articles"])}
        if roles != {slug: "re-report" for slug in entry["articles"] if slug != original}:
            problems.append((story_id, story.roles))
    return problems


def subsets(slugs: Iterable[str], size: int, draws: int, seed: int) -> list[list[str]]:
    """`draws` random subsets of `size` of `slugs`, each sorted (all of them once when size ≥ their
    number); one `random.Random` seeded by (seed, size, number of slugs), so a draw repeats."""
    pool = sorted(slugs)
    if size >= len(pool):
        return [pool]
    rng = random.Random(f"{seed}:{size}:{len(pool)}")
    return [sorted(rng.sample(pool, size)) for _ in range(draws)]


def subset_groupings(site: Site, found: Mapping[str, object], slugs: Iterable[str], size: int, draws: int,
                     seed: int) -> Iterator[tuple[list[str], dict[str, str]]]:
    """Per draw of `subsets`: the chosen slugs and slug → story id, grouped as a briefing of only them."""
    by_slug = {a.slug: a for a in site.articles}
    for chosen in subsets(slugs, size, draws, seed):
        yield chosen, assignment(group_stories(tuple(by_slug[s] for s in chosen), found, site.config))


def embed(background: Path, target: Path) -> Path:
    """A site at `target`: the background corpus's config and articles plus the evaluation articles."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(background, target)
    for path in (EVAL / "content" / "articles").glob("*.md"):
        shutil.copy(path, target / "content" / "articles" / path.name)
    return target


__all__ = ["Site", "load_site", "labels", "truth", "all_features", "group", "assignment", "pairwise",
           "wrong_pairs", "subsets", "subset_groupings", "embed", "EVAL", "PairCounts"]


def trial_stories(root: Path) -> dict[str, str]:
    """slug → story, from a trial's labels.md (tests/stories/rail/, recall/): the lines of its "## Stories" section up to
    the next heading ("- S1 ballot result, Mon 5 Oct: wire-ballot, …"; a singleton's "- X1 ledger-explainer
    (singleton; …)"), the slugs after each line's last colon; the related and distinct lists after it are not read."""
    text = (root / "labels.md").read_text(encoding="utf-8")
    section = text.split("## Stories", 1)[1].split("\n", 1)[1]
    found: dict[str, str] = {}
    for line in section.splitlines():
        if line.startswith("#"):
            break
        story = re.match(r"- (\w+) (.*)", re.sub(r"\(.*?\)", "", line))
        if story:
            for slug in re.findall(r"[a-z]\w*(?:-\w+)+", story.group(2).rpartition(":")[2]):
                found[slug] = story.group(1)
    return found
