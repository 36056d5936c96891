"""Check a generated briefgen corpus against the content format of SPEC.md.

    python benchmarks/check_corpus.py DIR

Independent of the briefgen package on purpose: it tells whether a failing
benchmark build is the corpus's fault or the builder's. Checks required keys
and types, slug syntax, that topic ids and note->article links resolve, and
that every article without `topics:` contains at least one topic keyword
(otherwise keyword assignment would have nothing to find).
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
NOTE_KINDS = {"context", "why-it-matters", "what-to-watch", "correction"}


def split_front_matter(path: Path) -> tuple[dict, str]:
    """(metadata, body) of a `---`-delimited file; raises ValueError when malformed."""
    raw = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    if not raw.startswith("---\n"):
        raise ValueError("no front matter")
    end = raw.find("\n---\n", 3)
    if end < 0:
        raise ValueError("front matter not closed")
    meta = yaml.load(raw[4:end], Loader=Loader)
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, raw[end + 5:]


def is_iso_date(value: object) -> bool:
    if isinstance(value, (date, datetime)):
        return True
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def check_article(meta: dict, body: str, topics: dict[str, list[str]]) -> list[str]:
    errors = [f"missing {key}" for key in ("title", "source", "published") if key not in meta]
    if "published" in meta and not is_iso_date(meta["published"]):
        errors.append(f"published is not ISO 8601: {meta['published']!r}")
    for key in ("topics", "tags"):
        if key in meta and not is_str_list(meta[key]):
            errors.append(f"{key} is not a list of strings")
    errors += [f"unknown topic {t!r}" for t in meta.get("topics") or () if t not in topics]
    if "ai_assisted" in meta and not isinstance(meta["ai_assisted"], bool):
        errors.append("ai_assisted is not a bool")
    author = meta.get("author", "")
    if not (isinstance(author, str) or is_str_list(author)):
        errors.append("author is neither a string nor a list of strings")
    if "topics" not in meta and not any(matches(body, words) for words in topics.values()):
        errors.append("no topics and no topic keyword in the body")
    return errors


def matches(body: str, keywords: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(k)}\b", body, re.IGNORECASE) for k in keywords)


def check_note(meta: dict, topics: dict[str, list[str]], slugs: set[str]) -> list[str]:
    errors = [f"missing {key}" for key in ("title", "date") if key not in meta]
    if meta.get("kind", "context") not in NOTE_KINDS:
        errors.append(f"unknown kind {meta['kind']!r}")
    errors += [f"unknown topic {t!r}" for t in meta.get("topics") or () if t not in topics]
    errors += [f"unknown article {a!r}" for a in meta.get("articles") or () if a not in slugs]
    if not meta.get("topics") and not meta.get("articles"):
        errors.append("attached to neither topics nor articles")
    return errors


def check_corpus(root: Path) -> list[str]:
    """Every problem as 'path: message'; empty when the corpus is valid."""
    config = yaml.load((root / "config.yaml").read_text(encoding="utf-8"), Loader=Loader)
    topics = {t["id"]: list(t.get("keywords", [])) for t in config["topics"]}
    problems = [f"config.yaml: bad topic id {t!r}" for t in topics if not re.fullmatch(r"[a-z0-9-]+", t)]
    articles = sorted((root / "content" / "articles").glob("*.md"))
    slugs = {path.stem for path in articles}
    for path in articles + sorted((root / "content" / "notes").glob("*.md")):
        try:
            meta, body = split_front_matter(path)
        except (ValueError, yaml.YAMLError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        errors = check_article(meta, body, topics) if path.parent.name == "articles" \
            else check_note(meta, topics, slugs)
        if not SLUG.fullmatch(path.stem):
            errors.append("file name is not a valid slug")
        problems += [f"{path}: {e}" for e in errors]
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    problems = check_corpus(Path(argv[0]))
    print("\n".join(problems) if problems else f"{argv[0]}: corpus is valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
