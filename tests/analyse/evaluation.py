"""Scoring of quote attribution and misspelling flags on labelled data (tests/analyse/data/).

Used by the evaluation tests and runnable as a report:

    PYTHONPATH=. python tests/analyse/evaluation.py            # tune split, with failures
    PYTHONPATH=. python tests/analyse/evaluation.py --held     # + held-out figures (no failures shown)
    PYTHONPATH=. python tests/analyse/evaluation.py --evalset ../wt-evalset/tests/stories/eval [--failures]

Quotes: every third case (file order index % 3 == 2) is held out. A prediction is a returned
quotation with a speaker; it is correct when its `name` (article-local full name) equals the
labelled speaker (case, spaces, a leading "the" and apostrophe style ignored).
precision = correct / predictions, recall = correct / labelled speakers. A `not_quote` case
counts as a false prediction if its quotation is returned with a speaker, and as a false
quote if it is returned at all.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefgen.analyse.names import NameIndex, names_in  # noqa: E402
from briefgen.analyse.quotes import Quote, quotes_in  # noqa: E402
from briefgen.analyse.spelling import misspellings  # noqa: E402
from briefgen.load.config import Person, load_config  # noqa: E402
from briefgen.load.frontmatter import split as split_front_matter  # noqa: E402
from briefgen.load.markup import MarkdownRenderer, plain_blocks  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def site_articles(root: Path = ROOT) -> tuple[tuple[Person, ...], dict[str, tuple[str, str, str]]]:
    """A site's declared people and its articles as file name → (title, plain text, file text). The plain
    text is what the build's analyses read (`plain_blocks`: a blank line between blocks); it was
    `plain_text` (blocks joined by a space), so a frame could read into the next paragraph here
    and not in the build, and the other way round."""
    config, problems = load_config(root / "config.yaml")  # as a build reads it ("{name: Which?}" is not plain YAML)
    assert config is not None, problems
    people = config.people
    renderer = MarkdownRenderer()
    articles = {}
    for path in sorted((root / "content" / "articles").glob("*.md")):
        source = path.read_text(encoding="utf-8")
        parts, _ = split_front_matter(source, str(path))
        front = yaml.safe_load(parts.front) or {}
        articles[path.name] = (str(front["title"]), plain_blocks(renderer.render(parts.body, path.stem)), source)
    return people, articles


@dataclass(frozen=True, slots=True)
class Score:
    cases: int
    labelled: int      # cases with a labelled speaker
    predictions: int   # quotations returned with a speaker
    correct: int
    traps: int         # not_quote cases
    false_quotes: int  # not_quote cases whose quotation was returned anyway
    failures: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label}: {self.cases} cases, precision {self.precision:.3f} ({self.correct}/{self.predictions}), "
                f"recall {self.recall:.3f} ({self.correct}/{self.labelled}), F1 {self.f1:.3f}, "
                f"not-a-quote traps returned as quotes {self.false_quotes}/{self.traps}")


def load_cases(path: Path = DATA / "quotes.yaml") -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def split(cases: Sequence[dict], held: bool) -> list[dict]:
    return [c for n, c in enumerate(cases) if (n % 3 == 2) == held]


def same_name(predicted: str | None, expected: str | None) -> bool:
    def norm(name: str | None) -> str:
        text = " ".join((name or "").replace("\u2019", "'").lower().split())
        return text[4:] if text.startswith("the ") else text
    return predicted is not None and expected is not None and norm(predicted) == norm(expected)


def _pick(quotes: Sequence[Quote], fragment: str | None) -> Quote | None:
    for q in quotes:
        if fragment is None or fragment in q.text:
            return q
    return None


def score(cases: Sequence[dict], attribute: Callable[[str, str], Sequence[Quote]] = quotes_in) -> Score:
    labelled = predictions = correct = traps = false_quotes = 0
    failures: list[str] = []
    for case in cases:
        text = case["text"]
        quotes = attribute(case.get("title", ""), text)
        if "not_quote" in case:
            traps += 1
            q = _pick(quotes, case["not_quote"])
            if q is not None:
                false_quotes += 1
                predictions += q.speaker is not None
                failures.append(f"NOT A QUOTE but returned ({q.speaker}, {q.frame}): {text}")
            continue
        expected = case.get("speaker")
        labelled += expected is not None
        q = _pick(quotes, case.get("quote"))
        got = q.name if q is not None else None
        if got is not None:
            predictions += 1
            if same_name(got, expected):
                correct += 1
                continue
        elif expected is None:
            continue
        frame = q.frame if q is not None else "no quote"
        failures.append(f"[{case.get('frame')}] expected {expected!r}, got {got!r} ({frame}): {text}")
    return Score(len(cases), labelled, predictions, correct, traps, false_quotes, tuple(failures))


@dataclass(frozen=True, slots=True)
class NameScore:
    cases: int
    to_flag: int
    flagged: int       # misspellings flagged with the expected suggestion
    false_flags: int   # suggestions on names that are not misspellings (or a wrong suggestion)
    failures: tuple[str, ...]

    def line(self, label: str) -> str:
        return (f"{label}: {self.cases} name cases, misspellings flagged {self.flagged}/{self.to_flag}, "
                f"false flags {self.false_flags}")


def load_names(path: Path = DATA / "names.yaml") -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def background(data: dict) -> dict[str, tuple]:
    """The corpus the name cases are added to, as article key → mentions."""
    found = {}
    for name in data["background"]:
        for n in range(data["articles_each"]):
            text = f"{name} said the talks would continue. Officials met {name} in Brussels."
            found[f"background/{name}/{n}"] = names_in("", text)
    return found


def score_names(data: dict, held: bool) -> NameScore:
    people = [Person(p["name"], tuple(p.get("aliases", ()))) for p in data["declared"]]
    corpus = background(data)
    cases = [c for n, c in enumerate(data["cases"]) if (n % 3 == 2) == held]
    to_flag = flagged = false_flags = 0
    failures: list[str] = []
    for case in cases:
        index = NameIndex.build(people, {**corpus, "case": names_in("", case["text"])})
        found = [(s.surface, s.suggestion) for s in misspellings(index) if s.article == "case"]
        expected = (case["flag"], case.get("suggestion")) if case["flag"] else None
        to_flag += expected is not None
        for pair in found:
            if pair == expected:
                flagged += 1
            else:
                false_flags += 1
                failures.append(f"FALSE FLAG {pair[0]!r} -> {pair[1]!r}: {case['text']}")
        if expected is not None and expected not in found:
            failures.append(f"MISSED {expected[0]!r} -> {expected[1]!r}: {case['text']}")
    return NameScore(len(cases), to_flag, flagged, false_flags, tuple(failures))


def _plain(quote: str) -> str:
    """Quotation text as labelled: straight quotes, one space, no trailing comma."""
    table = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(quote.translate(table).split()).rstrip(",").strip()


def score_evalset(root: Path, corrected: bool = False) -> tuple[Score, str]:
    """Attribution on the story evaluation set (branch evalset: tests/stories/eval/), not tuned on.

    Its labels are canonical names (config `people:`), organisations, `unnamed` or `none`; a
    prediction is compared after NameIndex.canonical (with `corrected`, after applying the
    spelling suggestions first, as a People page would). Also returns a line on its name flags.
    """
    people, articles = site_articles(root)
    found = {name: names_in(title, text) for name, (title, text, _) in articles.items()}
    index = NameIndex.build(people, found)
    labels = yaml.safe_load((root / "quotes.yaml").read_text(encoding="utf-8"))["quotes"]
    quotes = {name: quotes_in(title, text) for name, (title, text, _) in articles.items()}
    fixes = {s.surface: s.target for s in misspellings(index)}
    labelled = predictions = correct = traps = false_quotes = 0
    failures: list[str] = []
    for label in labels:
        want = _plain(label["quote"])
        got = next((q for q in quotes.get(label["slug"] + ".md", ()) if _plain(q.text) == want), None)
        expected = label["speaker"]
        if expected == "none":
            traps += 1
            if got is not None:
                false_quotes += 1
                predictions += got.speaker is not None
                failures.append(f"NOT A QUOTE but returned ({got.speaker}): {label['slug']}: {want}")
            continue
        named = expected != "unnamed"
        labelled += named
        if got is None or got.name is None:
            if named:
                failures.append(f"[{label['frame']}] MISSED {expected!r} ({got.frame if got else 'no quote'}): "
                                f"{label['slug']}: {want[:60]}")
            continue
        predictions += 1
        who = index.canonical(fixes.get(got.name, got.name) if corrected else got.name) or got.name
        if named and (same_name(who, expected) or same_name(got.name, expected)):
            correct += 1
        else:
            failures.append(f"[{label['frame']}] WRONG {expected!r} got {got.name!r}/{who!r} ({got.frame}): "
                            f"{label['slug']}: {want[:60]}")
    names = yaml.safe_load((root / "names.yaml").read_text(encoding="utf-8"))
    flagged = {(s.article.removesuffix(".md"), s.surface, s.suggestion) for s in misspellings(index)}
    expected_flags = {(f["slug"], f["wrong"], f["suggest"]) for f in names.get("flags", ())}
    hits = len(flagged & expected_flags)
    extra = sorted(flagged - expected_flags)
    note = (f"evalset names: flagged {hits}/{len(expected_flags)} expected misspellings, "
            f"{len(extra)} other flags: {extra}")
    return Score(len(labels), labelled, predictions, correct, traps, false_quotes, tuple(failures)), note


def main(argv: list[str]) -> int:
    if "--evalset" in argv:
        result, note = score_evalset(Path(argv[argv.index("--evalset") + 1]), "--corrected" in argv)
        if "--failures" in argv:
            print("\n".join(result.failures))
        print(result.line("evalset"))
        print(note)
        return 0
    path = Path(argv[argv.index("--file") + 1]) if "--file" in argv else DATA / "quotes.yaml"
    cases = load_cases(path)
    if "--file" in argv:
        result = score(cases)
        print(result.line(str(path)))
        return 0
    tune = score(split(cases, held=False))
    for failure in tune.failures:
        print(failure)
    print(tune.line("tune"))
    names = score_names(load_names(), held=False)
    for failure in names.failures:
        print(failure)
    print(names.line("tune"))
    if "--held" in argv:
        print(score(split(cases, held=True)).line("held-out"))
        print(score_names(load_names(), held=True).line("held-out"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
