"""Upstream corrections waiting beside edited articles: `NAME.md.upstream`, said on every run until resolved.

`briefgen fetch --update` writes a feed's newer version of an article beside the file when the editor has edited
it (importer/upstream.py), with one warning in that run. A tester, 2026-12-05 (T10 finding 7): the Evening
Courier corrected "kills" to "injures" and added a "Correction:" paragraph; `crane-…-kills-worker.md.upstream` was
announced once, and `check`, `check -v`, `build`, `fetch`, `feeds` and the serve panel never mentioned it again —
a correction the editor had not merged, forgotten. Now every one of them says it waits (`waiting_upstream`), at
the edited file's first line that differs, with what differs and how to resolve it, until the `.upstream` file is
gone.

Takes the project root and a `.md.upstream` path (relative, under content/articles/); gives a warning. Reads
two small files per waiting correction, only when there is one: the content walk (load/files.discover) finds them
as it walks; `fetch` and `feeds` list them (`waiting_upstreams`). Kept free of heavy imports (discover's path).
"""
from __future__ import annotations

import difflib
import html
import os
import re
from pathlib import Path

from briefgen.diagnostics import Diagnostic, warning

SUFFIX = ".md.upstream"
ARTICLES = "content/articles"
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*?)\s*$")
_BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote|figcaption|dd|dt|td|th|pre)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_SHOWN = 60  # characters of a paragraph quoted
_QUOTED = 3  # paragraphs quoted on each side, then "and N more"


def is_waiting_upstream(path: str) -> bool:
    """Whether `path` (project-relative, slashes) is a correction fetch put beside an article of content/articles/."""
    return path.endswith(SUFFIX) and path.startswith(ARTICLES + "/")


def waiting_upstreams(root: Path, said: frozenset[str] = frozenset()) -> list[Diagnostic]:
    """A reminder (`waiting_upstream`) for every `NAME.md.upstream` under the project's content/articles/, in
    path order, but those of the articles in `said` (a fetch that wrote or kept one warned of it already): for
    `fetch` and `feeds`, which do not walk the content as a build does."""
    found: list[str] = []
    base = root / ARTICLES
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = Path(folder).relative_to(root).as_posix()
        found += [f"{rel}/{name}" for name in files if name.endswith(SUFFIX) and not name.startswith(".")]
    return [waiting_upstream(root, path) for path in sorted(found) if path.removesuffix(".upstream") not in said]


def waiting_upstream(root: Path, path: str) -> Diagnostic:
    """The warning for the correction at `path` (a `NAME.md.upstream`): at the edited `NAME.md`'s first line that
    differs from it (or at the correction itself when `NAME.md` is gone), saying what differs — the front-matter
    fields and the paragraphs only one of them has — and how to resolve it."""
    article = path.removesuffix(".upstream")
    name = path.rsplit("/", 1)[-1]
    upstream = _read(root / path)
    mine = _read(root / article)
    if mine is None:
        return warning(path, 1, (f"an upstream version of {article.rsplit('/', 1)[-1]} waits here, but that file is "
                                 f"gone: to publish the feed's version, rename this file to {article}; else delete "
                                 "it"))
    line, differs = _differences(mine, upstream or "")
    what = f" ({differs})" if differs else " (no difference left: you have merged it)"
    return warning(article, line, (
        f"changed upstream, not merged yet: the feed's newer version waits in {name}{what}; merge what you want "
        f"into this file by hand, then delete {name} (or take the feed's version whole, losing your edits: "
        f"`mv {path} {article}`); until then every check, build and fetch says so"))


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def first_difference(mine: str, upstream: str) -> int:
    """The first line of `mine` that differs from `upstream` (1-based; 1 when none does): where `build`, `check` and
    the `fetch --update` that writes the `.upstream` all warn of it (T22, 2026-12-07: fetch said line 1, build line 9)."""
    ours, theirs = mine.splitlines(), upstream.splitlines()
    for tag, start, _, _, _ in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag != "equal":
            return min(start + 1, max(len(ours), 1))
    return 1


def _differences(mine: str, upstream: str) -> tuple[int, str]:
    """The first line of `mine` that differs from `upstream` (1-based), and what differs in words."""
    line = first_difference(mine, upstream)
    (front_ours, body_ours), (front_theirs, body_theirs) = _parts(mine), _parts(upstream)
    said = []
    for key in dict.fromkeys([*front_theirs, *front_ours]):
        if front_ours.get(key) != front_theirs.get(key):
            value = front_theirs.get(key)
            said.append(f"{key}: “{_cut(value)}” there" if value is not None else f"{key}: not there")
    only_theirs = [p for p in body_theirs if p not in set(body_ours)]
    only_ours = [p for p in body_ours if p not in set(body_theirs)]
    if only_theirs:
        said.append(f"{_count(len(only_theirs))} only there: {_quoted(only_theirs, only_ours)}")
    if only_ours:
        said.append(f"{_count(len(only_ours))} only here: {_quoted(only_ours, only_theirs)}")
    return line, "; ".join(said)


def _quoted(paragraphs: list[str], others: list[str]) -> str:
    """The first `_QUOTED` of `paragraphs` (one side's own), each quoted beside the other side's paragraph at the same
    place (`_shown`), then how many more: a tester added a paragraph and the feed changed the first; the warning said
    "2 paragraphs only here" and quoted one, so the added paragraph was named nowhere (T28, 2026-12-07)."""
    shown = [f"“{_shown(p, others[k] if k < len(others) else None)}”" for k, p in enumerate(paragraphs[:_QUOTED])]
    more = len(paragraphs) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _parts(text: str) -> tuple[dict[str, str], list[str]]:
    """The top-level front-matter fields as written (text), and the body's paragraphs as plain text."""
    lines = text.splitlines()
    front: dict[str, str] = {}
    body_start = 0
    if lines and lines[0].strip() == "---":
        for k, line in enumerate(lines[1:], start=1):
            if line.strip() in ("---", "..."):
                body_start = k + 1
                break
            if (match := _FRONT_KEY.match(line)) is not None:
                front[match.group(1)] = match.group(2).strip("'\"")
    body = "\n".join(lines[body_start:])
    blocks = [found.group(2) for found in _BLOCK.finditer(body)] or re.split(r"\n\s*\n", body)
    return front, [p for p in (" ".join(html.unescape(_TAG.sub(" ", b)).split()) for b in blocks) if p]


def _shown(paragraph: str, other: str | None) -> str:
    """`paragraph` (words joined by single spaces) as quoted beside `other`, the first paragraph only on the other
    side: cut to `_SHOWN` characters, or where both cuts would read the same, from three words before the first word
    that differs, after "…". A tester's warning quoted one edited paragraph on both sides by the same opening words
    ("1 paragraph only there: “Pharmacists will be able…”; 2 paragraphs only here: “Pharmacists will be able…”";
    T14, 2026-12-06)."""
    if other is None or _cut(paragraph) != _cut(other):
        return _cut(paragraph)
    words, others = paragraph.split(" "), other.split(" ")
    same = 0
    while same < min(len(words), len(others)) and words[same] == others[same]:
        same += 1
    start = max(0, same - 3)
    return f"… {_cut(' '.join(words[start:]))}" if start else _cut(paragraph)


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN].rsplit(" ", 1)[0] + " …"


def _count(n: int) -> str:
    return f"{n} paragraph{'s' if n != 1 else ''}"
