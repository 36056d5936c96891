"""Cost of the text analyses (analyse/), and a digest of their results to prove a speed-up changed nothing.

    python benchmarks/make_corpus.py /dev/shm/c1k --articles 1000
    python benchmarks/analyse_bench.py time /dev/shm/c1k [--big /dev/shm/c10k] [--baseline CHECKOUT]
    python benchmarks/analyse_bench.py digest /dev/shm/c1k --write before.json    # then, after a change:
    python benchmarks/analyse_bench.py digest /dev/shm/c1k --check before.json
    python benchmarks/analyse_bench.py flags /dev/shm/c1k [--show 10]

`time`: CPU time (time.process_time, cyclic GC off as in a build), the minimum over `--repeat`
passes in each of `--rounds` worker processes, of every text analysis on the corpus DIR, read as
a build reads it (front matter, Markdown, sanitised HTML → plain text; not timed):
per article `names_in`, `quotes_in`, `find_people`, `story_features`, `match_keywords`; per
story of two or more reports `compare_reports` (the grouping's stories, lead first, as story
pages call it); and, on `--big DIR` (e.g. 10,000 articles), the whole-site `people_of` (of
which `NameIndex.build`), `misspellings` and `group_stories`. With `--baseline CHECKOUT` (a
copy of another commit's tree) the same script times that checkout's `briefgen` too, rounds
alternating between the two, and prints before → after.

`digest`: every function above (and `NameIndex.build`, `misspellings`) run on the corpus DIR,
the sample briefing (the repository's config.yaml and content/), the story evaluation set
(tests/stories/eval/) and the labelled cases of tests/analyse/data/; each result's `repr` is
hashed (repr, not pickle: pickle's bytes depend on which equal strings share an object). The
JSON file holds one hash per function and input; `--check` names the inputs whose results differ.
The `briefgen` that runs is this checkout's, or the one at $BRIEFGEN_CODE: to take the digest
of an older commit, `git archive <commit> briefgen | tar -x -C /tmp/before` and run
`BRIEFGEN_CODE=/tmp/before python benchmarks/analyse_bench.py digest DIR --write before.json`.

`flags`: counts of names, quotations and misspelling suggestions on DIR, and the first `--show`
suggestions, so that false flags on a corpus are visible.

`--cache DIR` keeps the loaded inputs (articles and plain texts) as pickles in DIR between runs.
Not a test: timings depend on the machine (docs/log/performance.md, "Text analyses").
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import pickle
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("BRIEFGEN_CODE") or str(ROOT))  # the checkout whose briefgen is timed

import yaml  # noqa: E402

from briefgen.analyse.compare import compare_reports  # noqa: E402
from briefgen.analyse.names import NameIndex, NameMention, names_in  # noqa: E402
from briefgen.analyse.people import people_analysis, people_of  # noqa: E402
from briefgen.analyse.quotes import quotes_in  # noqa: E402
from briefgen.analyse.spelling import misspellings  # noqa: E402
from briefgen.analyse.stories import group_stories, story_analysis  # noqa: E402
from briefgen.analyse.topics import keyword_index, match_keywords  # noqa: E402
from briefgen.load.config import Config, Person, load_config  # noqa: E402
from briefgen.load.documents import Article, make_article, parse_file  # noqa: E402
from briefgen.load.files import confinement, discover, read_source  # noqa: E402
from briefgen.load.markup import MarkdownRenderer, plain_blocks  # noqa: E402

PER_ARTICLE = ("names_in", "quotes_in", "find_people", "story_features", "match_keywords")
WHOLE_SITE = ("people_of", "NameIndex.build", "misspellings", "group_stories")


@dataclass(frozen=True, slots=True)
class Site:
    config: Config
    articles: tuple[Article, ...]
    texts: dict[str, str]  # slug → plain text of the body, as run_analyses gives it


def load_site(root: Path, cache: Path | None = None) -> Site:
    """A site's config, articles and plain texts, read with briefgen's own loaders as a build reads them."""
    files = sorted((root / "content" / "articles").rglob("*.md"))
    stamp = hashlib.sha256(repr([(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files]).encode())
    pickled = cache / f"{stamp.hexdigest()[:20]}.pickle" if cache else None
    if pickled is not None and pickled.exists():
        return Site(*pickle.loads(pickled.read_bytes()))
    config, problems = load_config(root / "config.yaml")
    assert config is not None, problems
    found, _ = discover(root, "articles", confinement(root))
    renderer = MarkdownRenderer()
    articles, texts = [], {}
    for f in found:
        raw = read_source(root, f.path, confinement(root))
        parsed = parse_file(raw, f.path, f.id_prefix, renderer)
        article, _ = make_article(parsed, f.path, f.stem, hashlib.sha256(raw).hexdigest(), config)
        if article is not None:
            articles.append(article)
            texts[article.slug] = plain_blocks(parsed.body_html)
    site = Site(config, tuple(articles), texts)
    if pickled is not None:
        pickled.parent.mkdir(parents=True, exist_ok=True)
        pickled.write_bytes(pickle.dumps((site.config, site.articles, site.texts)))  # no class of __main__
    return site


class Analyses:
    """The per-article analyses of one site, configured as the build configures them."""

    def __init__(self, config: Config) -> None:
        self.people = people_analysis(config.people).run
        self.stories = story_analysis(config).run
        self.keywords = keyword_index(config.topics)

    def functions(self) -> dict[str, Callable[[str, str], Any]]:
        return {"names_in": names_in, "quotes_in": quotes_in, "find_people": self.people,
                "story_features": self.stories,
                "match_keywords": lambda title, text: match_keywords(title, text, self.keywords)}


def outlets_of(site: Site) -> list[str]:
    """The outlet names the build passes to `people_of` (build.plan)."""
    articles, config = site.articles, site.config
    return sorted({a.source for a in articles} | {a.via for a in articles if a.via} | {s.name for s in config.sources})


def story_reports(site: Site, grouping: Any) -> list[list[tuple[str, str]]]:
    """(slug, text) of each story of two or more articles, lead first: what a story page compares."""
    return [[(slug, site.texts[slug]) for slug in story.members] for story in grouping.stories
            if len(story.members) > 1]


# --- digest ------------------------------------------------------------------------------------

def _hash(value: Any) -> str:
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def site_digest(site: Site) -> dict[str, str]:
    out: dict[str, str] = {}
    analyses = Analyses(site.config)
    items = [(a.slug, a.title, site.texts[a.slug]) for a in site.articles]
    results: dict[str, dict[str, Any]] = {}
    for name, run in analyses.functions().items():
        results[name] = {slug: run(title, text) for slug, title, text in items}
        out.update({f"{name}/{slug}": _hash(value) for slug, value in results[name].items()})
    people = people_of(site.articles, results["find_people"], site.config.people, outlets_of(site))
    out["people_of"] = _hash(people)
    index = NameIndex.build(site.config.people, results["names_in"])
    out["NameIndex.build"] = _hash(index)
    out["misspellings"] = _hash(misspellings(index))
    out["misspellings/people_of"] = _hash(misspellings(people.index))
    grouping = group_stories(site.articles, results["story_features"], site.config)
    out["group_stories"] = _hash(grouping)
    for reports in story_reports(site, grouping):
        out[f"compare_reports/{reports[0][0]}"] = _hash(compare_reports(reports))
    for k in range(len(items) - 3):  # any reports, not only a story's: 2, 3 and 4 neighbours by slug
        width = 2 + k % 3
        out[f"compare_reports/any/{items[k][0]}"] = _hash(compare_reports([(s, x) for s, _, x in items[k:k + width]]))
    out["settings"] = _hash((people_analysis(site.config.people).settings, story_analysis(site.config).settings))
    return out


def cases_digest(data: Path, config: Config) -> dict[str, str]:
    """The labelled cases of tests/analyse/data/: each text through every per-article analysis,
    and the misspellings of each name case added to its background corpus (as the evaluation does)."""
    out: dict[str, str] = {}
    functions = Analyses(config).functions()
    cases = yaml.safe_load((data / "quotes.yaml").read_text(encoding="utf-8"))
    names = yaml.safe_load((data / "names.yaml").read_text(encoding="utf-8"))
    texts = [(case.get("title", ""), case["text"]) for case in cases] + [("", c["text"]) for c in names["cases"]]
    for name, run in functions.items():
        out.update({f"{name}/case{n}": _hash(run(title, text)) for n, (title, text) in enumerate(texts)})
    people = [Person(p["name"], tuple(p.get("aliases", ()))) for p in names["declared"]]
    corpus = {f"background/{name}/{n}": names_in("", f"{name} said the talks would continue. "
                                                    f"Officials met {name} in Brussels.")
              for name in names["background"] for n in range(names["articles_each"])}
    for n, case in enumerate(names["cases"]):
        index = NameIndex.build(people, {**corpus, "case": names_in("", case["text"])})
        out[f"misspellings/case{n}"] = _hash((index, misspellings(index)))
    return out


def digest_all(corpus: Path, cache: Path | None) -> dict[str, str]:
    out: dict[str, str] = {}
    sample = load_site(ROOT, cache)
    for label, site in (("corpus", load_site(corpus, cache)), ("sample", sample),
                        ("evalset", load_site(ROOT / "tests" / "stories" / "eval", cache))):
        out.update({f"{label}/{key}": value for key, value in site_digest(site).items()})
    out.update({f"cases/{key}": value for key, value in cases_digest(ROOT / "tests" / "analyse" / "data",
                                                                     sample.config).items()})
    return out


def check(found: dict[str, str], expected: dict[str, str]) -> int:
    differ = sorted(k for k in expected.keys() | found.keys() if found.get(k) != expected.get(k))
    groups: dict[str, int] = {}
    for key in differ:
        group = "/".join(key.split("/")[:2])
        groups[group] = groups.get(group, 0) + 1
    for group, count in sorted(groups.items()):
        print(f"DIFFERENT {group}: {count}")
    for key in differ[:20]:
        print(f"  {key}")
    print(f"{len(found)} results, {len(differ)} different")
    return 1 if differ else 0


def flags(site: Site, show: int) -> int:
    """What the people analyses find on a corpus, so that false flags are visible: counts, and
    the first `show` misspelling suggestions."""
    found = {a.slug: names_in(a.title, site.texts[a.slug]) for a in site.articles}
    said = [q for a in site.articles for q in quotes_in(a.title, site.texts[a.slug])]
    suggestions = misspellings(NameIndex.build(site.config.people, found))
    print(f"{len(found)} articles: {sum(map(len, found.values()))} name mentions, {len(said)} quotations "
          f"({sum(q.speaker is not None for q in said)} with a speaker), {len(suggestions)} suggestions")
    for s in suggestions[:show]:
        print(f"  {s.article}: {s.surface!r} -> {s.suggestion!r} ({s.reason})")
    return 0


# --- timing ------------------------------------------------------------------------------------

def best_of(repeat: int, work: Callable[[], Any]) -> float:
    """Minimum CPU seconds of `repeat` calls; cyclic GC off, as during a build (speed/parallel.py)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
        gc.enable()
    return min(times)


def measure(corpus: Path, big: Path | None, repeat: int, cache: Path | None,
            only: frozenset[str] = frozenset()) -> dict[str, float]:
    """Seconds per article (per story for compare_reports, per run for whole-site stages); `only`: these."""
    site = load_site(corpus, cache)
    items = [(a.title, site.texts[a.slug]) for a in site.articles]
    out: dict[str, float] = {}
    for name, run in Analyses(site.config).functions().items():
        if not only or name in only:
            out[name] = best_of(repeat, lambda: [run(title, text) for title, text in items]) / len(items)
    if not only or "compare_reports" in only:
        stories_run = Analyses(site.config).stories
        features = {a.slug: stories_run(a.title, site.texts[a.slug]) for a in site.articles}
        stories = story_reports(site, group_stories(site.articles, features, site.config))
        three = [s for s in stories if len(s) == 3]
        out["compare_reports"] = best_of(repeat, lambda: [compare_reports(s) for s in stories]) / max(1, len(stories))
        out["compare_reports (3 reports)"] = best_of(repeat, lambda: [compare_reports(s) for s in three]) / max(1, len(three))
        out["stories compared"] = len(stories)
    if big is not None and (not only or only & set(WHOLE_SITE)):
        out.update(measure_whole_site(load_site(big, cache), repeat))
    return out


def measure_whole_site(site: Site, repeat: int) -> dict[str, float]:
    analyses = Analyses(site.config)
    people = {a.slug: analyses.people(a.title, site.texts[a.slug]) for a in site.articles}
    features = {a.slug: analyses.stories(a.title, site.texts[a.slug]) for a in site.articles}
    outlets = outlets_of(site)
    mentions = {slug: tuple(NameMention(s, 0, 0, n.kind, n.full) for n in found.named for s in n.surfaces)
                for slug, found in people.items()}  # what people_of builds its index from
    index = NameIndex.build(site.config.people, mentions)
    return {"people_of": best_of(repeat, lambda: people_of(site.articles, people, site.config.people, outlets)),
            "NameIndex.build": best_of(repeat, lambda: NameIndex.build(site.config.people, mentions)),
            "misspellings": best_of(repeat, lambda: misspellings(index)),
            "group_stories": best_of(repeat, lambda: group_stories(site.articles, features, site.config)),
            "articles (big)": len(site.articles)}


def _worker(code: Path, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, "time", str(args.dir), "--repeat", str(args.repeat), "--rounds", "0", "--json"]
    command += ["--big", str(args.big)] if args.big else []
    command += ["--cache", str(args.cache)] if args.cache else []
    command += ["--only", args.only] if args.only else []
    env = dict(os.environ, BRIEFGEN_CODE=str(code), PYTHONHASHSEED="0")
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def show(after: dict[str, float], before: dict[str, float] | None) -> None:
    for name, seconds in after.items():
        if name in ("stories compared", "articles (big)"):
            print(f"{name}: {seconds:.0f}")
            continue
        unit, scale = ("ms", 1000) if name in (*PER_ARTICLE, "compare_reports", "compare_reports (3 reports)") else ("s", 1)
        per = "per article" if name in PER_ARTICLE else "per story" if name.startswith("compare") else "per run"
        if before is None:
            print(f"{name:28} {seconds * scale:8.3f} {unit} {per}")
        else:
            old = before[name]
            print(f"{name:28} {old * scale:8.3f} -> {seconds * scale:8.3f} {unit} {per}  ({old / seconds:5.1f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("time", "digest", "flags"))
    parser.add_argument("dir", type=Path, help="a corpus from benchmarks/make_corpus.py")
    parser.add_argument("--big", type=Path, help="time the whole-site stages on this (larger) corpus")
    parser.add_argument("--repeat", type=int, default=5, help="passes per worker process")
    parser.add_argument("--rounds", type=int, default=2, help="worker processes per checkout, alternating")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT", help="also time this checkout's briefgen")
    parser.add_argument("--cache", type=Path, help="keep loaded inputs here as pickles")
    parser.add_argument("--write", type=Path, help="digest: write the digest to this JSON file")
    parser.add_argument("--check", type=Path, help="digest: compare with this JSON file")
    parser.add_argument("--only", default="", help="time: these functions only (comma-separated)")
    parser.add_argument("--show", type=int, default=10, help="flags: suggestions to print")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command == "flags":
        return flags(load_site(args.dir, args.cache), args.show)
    if args.command == "digest":
        found = digest_all(args.dir, args.cache)
        if args.write:
            args.write.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        return check(found, json.loads(args.check.read_text(encoding="utf-8"))) if args.check else 0
    if args.rounds == 0:  # a worker: one checkout, printed as JSON for the parent
        result = measure(args.dir, args.big, args.repeat, args.cache, frozenset(filter(None, args.only.split(","))))
        print(json.dumps(result) if args.json else result)
        return 0
    load_site(args.dir, args.cache)  # fill the cache before the workers start
    mine: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    for _ in range(args.rounds):
        if args.baseline:
            theirs.append(_worker(args.baseline.resolve(), args))
        mine.append(_worker(Path(os.environ.get("BRIEFGEN_CODE") or ROOT), args))
    best = {k: min(r[k] for r in mine) for k in mine[0]}
    print(f"{args.dir}: CPU time, minimum of {args.repeat} passes x {args.rounds} processes; load {os.getloadavg()[0]:.2f}")
    show(best, {k: min(r[k] for r in theirs) for k in theirs[0]} if theirs else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
