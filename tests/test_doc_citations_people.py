"""Citations of a doc's sections in the code and tests resolve: each section named after a docs path is a heading
of that file (or a heading's prefix).

A citation is a docs path followed by a quoted section name — `docs/people.md, "Addresses"`, `docs/people.md
("The people index")`, `docs/people.md "Fragments"`, `docs/log/people.md, \\"Addresses\\"` in a Python string, the
name running on over one line break of a comment or docstring — or by a task's id (`docs/log/people.md, FX99`),
which must be a word of one of its headings. `docs/x.md: "…"` quotes an example, not a section, and is not read.

DOC3 (2026-12-07) split docs/people.md into a reference and its record, docs/log/people.md; a citation of a section
that moved had to follow it. `CHECKED` names the docs whose citations are checked: the docs of the same split
(performance, stories) can be added to it; the code reads any docs/*.md and docs/log/*.md.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("people",)  # docs/<name>.md and docs/log/<name>.md
SCANNED = ("briefgen", "tests", "benchmarks", "tools")
SUFFIXES = {".py", ".html", ".txt", ".md", ".yaml", ".yml", ".toml", ".cfg", ".sh", ".xml", ".j2"}
TASK_ID = r"(?:FX|BR|QW|T|SP|FR|CT|DOC)\d+"

# a docs path, then ", " / " (" / " " (a line break allowed), then a quoted name (straight, escaped or curly)
_QUOTED = re.compile(
    r"docs/(?P<doc>(?:log/)?[A-Za-z0-9_-]+)\.md(?:,[ \t]*\n?[ \t#]*|[ \t]*\(|[ \t]+)"
    r"(?:\\?\"|“)(?P<name>[^\"“”\\\n]{1,150}(?:\n[ \t#*]*[^\"“”\\\n]{1,150})?)(?:\\?\"|”)")
_TASK = re.compile(r"docs/(?P<doc>(?:log/)?[A-Za-z0-9_-]+)\.md,[ \t]*(?P<name>" + TASK_ID + r")\b")


def _key(text: str) -> str:
    """A name or heading as compared: one space for any run of white space or comment marks, curly apostrophes
    straight, case folded."""
    return re.sub(r"[ \t]*\n[ \t#*]*|\s+", " ", text).replace("’", "'").strip().casefold()


def headings(path: Path) -> tuple[str, ...]:
    """The Markdown headings of `path` (ATX `#` lines outside fenced code), as `_key` compares them."""
    found, fenced = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            found.append(_key(line.lstrip("#")))
    return tuple(found)


def citations(text: str) -> list[tuple[str, str, int, bool]]:
    """(doc, section name, line, is a task id) of each citation in `text`; doc as "people" or "log/people"."""
    found = [(m["doc"], m["name"], m.start(), False) for m in _QUOTED.finditer(text)]
    found += [(m["doc"], m["name"], m.start(), True) for m in _TASK.finditer(text)]
    return [(doc, name, text.count("\n", 0, at) + 1, task) for doc, name, at, task in found]


def unresolved(root: Path, checked: tuple[str, ...] = CHECKED) -> list[str]:
    """`path:line: message` for each citation under `root`'s code and tests (and README.md) of a doc in `checked`
    whose section is no heading (nor a heading's prefix; a task id: no heading's word) of that doc."""
    files = [root / "README.md"] + sorted(p for d in SCANNED for p in (root / d).rglob("*")
                                          if p.suffix in SUFFIXES and p.is_file() and "__pycache__" not in p.parts)
    known: dict[str, tuple[str, ...]] = {}
    problems = []
    for path in files:
        if path.resolve() == Path(__file__).resolve() or not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for doc, name, line, task in citations(text):
            if doc.removeprefix("log/") not in checked:
                continue
            where = f"{path.relative_to(root)}:{line}"
            target = root / "docs" / f"{doc}.md"
            if not target.exists():
                problems.append(f"{where}: docs/{doc}.md does not exist")
                continue
            heads = known.setdefault(doc, headings(target))
            key = _key(name)
            if task:
                ok = any(re.search(r"\b" + re.escape(key) + r"\b", h) for h in heads)
            else:
                ok = any(h.startswith(key) for h in heads)
            if not ok:
                problems.append(f'{where}: docs/{doc}.md has no section "{name}"')
    return problems


def test_every_cited_section_is_a_heading() -> None:
    assert unresolved(ROOT) == []


@pytest.mark.parametrize("cited, resolves", [
    ('(docs/people.md, "Addresses")', True),
    ('f"restores the addresses (docs/people.md, \\"Addresses\\")"', True),
    ('docs/people.md ("The people index").', True),
    ('(docs/people.md, "German and French\n# frames": …)', True),
    ('docs/people.md ("Measured")', True),          # a prefix of "Measured: how well it works"
    ('(docs/log/people.md, FX99)', True),
    ('(docs/people.md, "Adresses")', False),
    ('(docs/people.md, FX99)', False),              # FX99's section is in the record, not the reference
    ('(docs/log/people.md, "No such section")', False),
    ('(docs/people.md: "Golden Valley said")', None),  # an example quoted, no citation
])
def test_a_citation_is_read_and_checked(tmp_path: Path, cited: str, resolves: bool | None) -> None:
    """The reader on made-up files: the real docs, one source file citing them."""
    (tmp_path / "docs" / "log").mkdir(parents=True)
    for doc in ("people.md", "log/people.md"):
        (tmp_path / "docs" / doc).write_text((ROOT / "docs" / doc).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "briefgen").mkdir()
    (tmp_path / "briefgen" / "m.py").write_text(f"# {cited}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("", encoding="utf-8")
    assert len(citations(cited)) == (0 if resolves is None else 1)
    assert (unresolved(tmp_path) == []) == (resolves is not False)
