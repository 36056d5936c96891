"""Citations of a doc's sections resolve: each section named after a docs path is a heading of that file.

Code, tests, benchmarks, tools, README.md and the docs cite a section as `docs/performance.md, "Hostile input"`,
`docs/log/performance.md ("Session of 2026-12-07, …")`, or by a task's id (`docs/log/performance.md, SP8`). When a
doc is split into a reference and its record (docs/log/), a citation left pointing at the wrong file names a heading
that is not there. This module finds every such citation and checks that the quoted name is a heading of the cited
file, or the start of one (citations abbreviate long headings), and that a cited id is a word of some heading.

General on purpose: `CHECKED` names the docs whose citations are checked; the other docs' helpers add theirs.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("performance",)  # docs/<name>.md and docs/log/<name>.md
SOURCE_DIRS = ("briefgen", "tests", "benchmarks", "tools")
# Being split into a reference and a log by other helpers this session; their citations of docs/performance.md are
# retargeted when those splits land (the lead: drop a name from here once its doc is merged).
RESTRUCTURING = frozenset({"docs/stories.md", "docs/people.md", "docs/log/stories.md", "docs/log/people.md"})

_PATH = r"docs/(?:log/)?(?:%s)\.md" % "|".join(re.escape(name) for name in CHECKED)
# After the path: separators, then a quoted name (straight, escaped or curly quotes), or a task's id (SP8, CT5, FX44).
_CITATION = re.compile(r"(?P<path>%s)`?(?=[ \t\n,(:])(?P<sep>[ \t]*[,(:]?[ \t\n]*(?:#[ \t]*)?)(?:\\?[\"“](?P<name>[^\"”\\]{1,300})"
                       r"\\?[\"”]|(?P<id>\b[A-Z]{2,4}\d{1,3}\b))" % _PATH)
_CONTINUATION = re.compile(r"[ \t]*\n[ \t]*(?:#+[ \t]*|\*[ \t]*|//[ \t]*)?")  # a line break inside a cited name


def headings(text: str) -> list[str]:
    """A Markdown file's ATX headings' texts, in order, outside fenced code (a fence closes with a bare fence only)."""
    found, fence = [], None
    for line in text.splitlines():
        opener = re.match(r"\s*(`{3,}|~{3,})", line)
        if opener:
            if fence is None:
                fence = opener.group(1)
            elif line.strip() == fence:
                fence = None
            continue
        heading = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if fence is None and heading:
            found.append(" ".join(heading.group(1).split()))
    return found


def citations(text: str) -> list[tuple[int, str, str, str]]:
    """(line, cited path, kind, name) for each section citation in `text`: kind "name" (quoted) or "id"."""
    found = []
    for match in _CITATION.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if match.group("name") is not None:
            name = " ".join(_CONTINUATION.sub(" ", match.group("name")).split())
            found.append((line, match.group("path"), "name", name))
        else:
            found.append((line, match.group("path"), "id", match.group("id")))
    return found


def resolves(kind: str, name: str, heads: list[str]) -> bool:
    """Whether a cited name is a heading or a heading's start, or a cited id a word of a heading."""
    if kind == "id":
        return any(re.search(r"\b%s\b" % re.escape(name), head) for head in heads)
    return any(head.startswith(name) for head in heads)


def sources() -> list[Path]:
    """Every file whose citations are checked: the code, tests, benchmarks, tools, README.md and the docs."""
    files = [path for folder in SOURCE_DIRS for path in sorted((ROOT / folder).rglob("*"))
             if path.is_file() and path.suffix in {".py", ".sh", ".md", ".txt", ""} and "__pycache__" not in path.parts]
    files += [ROOT / "README.md"] + sorted((ROOT / "docs").rglob("*.md"))
    return [path for path in files  # (this module's own examples are not citations)
            if path.relative_to(ROOT).as_posix() not in RESTRUCTURING and path != Path(__file__).resolve()]


def broken_citations(root: Path = ROOT) -> list[str]:
    """Each citation whose section is not a heading of the cited file, as "file:line: path "name"" lines."""
    heads: dict[str, list[str]] = {}
    broken = []
    for path in sources():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for line, cited, kind, name in citations(text):
            if cited not in heads:
                target = root / cited
                heads[cited] = headings(target.read_text(encoding="utf-8")) if target.exists() else []
            if not resolves(kind, name, heads[cited]):
                broken.append(f'{path.relative_to(root)}:{line}: {cited} "{name}"')
    return broken


def test_every_cited_section_is_a_heading_of_its_file():
    broken = broken_citations()
    assert not broken, "cited sections that are no heading of the cited file:\n" + "\n".join(broken)


def test_citations_are_found_in_the_forms_written():
    text = ('x (docs/performance.md, "Hostile input").\n'
            '# cost (docs/log/performance.md, "Session\n# of 2026-12-05, late night").\n'
            '    text (docs/log/performance.md,\n    "Fifth session of 2026-12-03: story features") and\n'
            'f"docs/performance.md, \\"Two-tier story features\\")"\n'
            'docs/log/performance.md SP7; docs/performance.md has each run; [docs/performance.md](docs/performance.md)\n'
            'docs/log/performance.md (“Caveats”)\n'
            '("docs/performance.md", "name", "x")\n'
            '(cProfile; `docs/log/performance.md`,\n"Fifth session of 2026-12-03")\n')
    assert citations(text) == [
        (1, "docs/performance.md", "name", "Hostile input"),
        (2, "docs/log/performance.md", "name", "Session of 2026-12-05, late night"),
        (4, "docs/log/performance.md", "name", "Fifth session of 2026-12-03: story features"),
        (6, "docs/performance.md", "name", "Two-tier story features"),
        (7, "docs/log/performance.md", "id", "SP7"),
        (8, "docs/log/performance.md", "name", "Caveats"),
        (10, "docs/log/performance.md", "name", "Fifth session of 2026-12-03"),
    ]


@pytest.mark.parametrize("kind, name, expected", [
    ("name", "Caveats", True), ("name", "Session of 2026-12-07, evening: the story", True),
    ("name", "Session of 2026-12-08", False), ("name", "story features", False),
    ("id", "SP7", True), ("id", "SP1", False),
])
def test_a_name_resolves_to_a_heading_or_its_start(kind, name, expected):
    heads = headings("# Doc\n\n## Caveats\n\n```sh\n# Not a heading\n```\n\n"
                     "### Session of 2026-12-07, evening: the story features (SP12)\n#### SP7 (same session)\n")
    assert "Not a heading" not in heads
    assert resolves(kind, name, heads) is expected
