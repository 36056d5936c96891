"""Scoring of quote attribution on a labelled site of its own (tests/analyse/hospital/), as a report:

    PYTHONPATH=. python tests/analyse/quoteset.py tests/analyse/hospital [--corrected] [--failures]

The site is a briefgen site (config.yaml, content/articles/) with quotes.yaml: every quotation of
every article (its whole text; its opening words with `match: prefix` at the top), title quotations first, with its speaker (a canonical name, an organisation,
`unnamed` or `none`). A prediction is a returned quotation with a speaker (`Quote.name`),
canonicalised as a People page does (`NameIndex.canonical`; with `corrected`, after applying the
spelling suggestions first). Unlike `evaluation.score_evalset`, a returned quotation that matches no
label counts as a wrong prediction when it has a speaker (a labelling gap must not hide a false
attribution), and a label no returned quotation matches counts as a miss.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyse.evaluation import Score, _plain, same_name, site_articles  # noqa: E402

from briefgen.analyse.names import NameIndex, names_in  # noqa: E402
from briefgen.analyse.quotes import quotes_in  # noqa: E402
from briefgen.analyse.spelling import misspellings  # noqa: E402


def score_site(root: Path, corrected: bool = False) -> Score:
    """Precision and recall of speakers on the labelled site `root` (module docstring)."""
    people, articles = site_articles(root)
    found = {name: names_in(title, text) for name, (title, text, _) in articles.items()}
    index = NameIndex.build(people, found)
    fixes = {s.surface: s.target for s in misspellings(index)} if corrected else {}
    labels: dict[str, list[dict]] = {}
    written = yaml.safe_load((root / "quotes.yaml").read_text(encoding="utf-8"))
    prefix = written.get("match") == "prefix"  # (labels of a quotation's opening words: tests/stories/recall/, T14)
    for label in written["quotes"]:
        labels.setdefault(label["slug"] + ".md", []).append(label)
    labelled = predictions = correct = traps = false_quotes = 0
    failures: list[str] = []
    for name, (title, text, _) in sorted(articles.items()):
        quotes = list(quotes_in(title, text))
        for label in labels.get(name, []):
            want, expected = _plain(label["quote"]), label["speaker"]
            got = next((q for q in quotes if _plain(q.text) == want or prefix and _plain(q.text).startswith(want)), None)
            if got is not None:
                quotes.remove(got)
            if expected == "none":
                traps += 1
                if got is not None:
                    false_quotes += 1
                    predictions += got.name is not None
                    if got.name is not None:
                        failures.append(f"NOT A QUOTE given to {got.name!r}: {name}: {want}")
                continue
            named = expected != "unnamed"
            labelled += named
            if got is None or got.name is None:
                if named:
                    failures.append(f"[{label['frame']}] MISSED {expected!r} ({got.frame if got else 'not returned'}): "
                                    f"{name}: {want[:70]}")
                continue
            predictions += 1
            who = index.canonical(fixes.get(got.name, got.name)) or got.name
            if named and (same_name(who, expected) or same_name(got.name, expected)):
                correct += 1
            else:
                failures.append(f"[{label['frame']}] WRONG {expected!r} got {got.name!r}/{who!r} ({got.frame}): "
                                f"{name}: {want[:70]}")
        for q in quotes:
            if q.name is not None:
                predictions += 1
                failures.append(f"UNLABELLED quotation given to {q.name!r} ({q.frame}): {name}: {q.text[:70]}")
    total = sum(len(v) for v in labels.values())
    return Score(total, labelled, predictions, correct, traps, false_quotes, tuple(failures))


if __name__ == "__main__":
    result = score_site(Path(sys.argv[1]), "--corrected" in sys.argv)
    if "--failures" in sys.argv:
        print("\n".join(result.failures))
    print(result.line(sys.argv[1]))
