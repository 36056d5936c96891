"""Citations of a doc's sections in the code and tests resolve: every section name quoted after a docs path
(`docs/stories.md, "Story ids"`, `docs/log/stories.md ("Labelling stories")`, across a comment's line break too) is a
heading of that file, or the start of one.

A "heading" is a Markdown heading (`## Limits`) or the bold or italic words that open a paragraph or a list item
(`**A trial on rates and recalls** (2026-12-03 …`, `- *An outlet's desk is its outlet* (FX98 …`): the docs name
their rules so, and the code cites them by those words. A cited name matches when it is a heading's start, compared
with white space, quotation marks and apostrophes folded and an unclosed bracket's tail allowed ("BR35's breaks of
FX61's credits (FX67)" cites "### BR35's breaks of FX61's credits (FX67, 2026-12-07)"). The unquoted forms
"docs/X.md, Method 4" and "docs/X.md, Limits" name the heading "Method" or "Limits".

Written for docs/stories.md and its record docs/log/stories.md (task DOC2, 2026-12-07: the page became a reference
and its sections moved to the log); `DOCS` lists the files checked, and widening it to every docs/*.md and
docs/log/*.md checks all of them with the same rules (the other docs' helpers write their own modules).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ("docs/stories.md", "docs/log/stories.md")  # the cited files checked here
SCANNED = ("briefgen", "tests", "benchmarks", "tools", "README.md")  # where citations are looked for
SUFFIXES = {".py", ".html", ".yaml", ".yml", ".md", ".txt", ".toml", ".cfg", ".ini", ".j2", ".json"}

_PATH = r"(docs/(?:[\w-]+/)*[\w.-]+\.md)"
_QUOTED = r"[\"“]([\w`][^\"”]{0,199})[\"”]"  # (a name opens with a letter, a digit or a backtick)
_CITATION = re.compile(_PATH + r"[,;:]?\s*\(?\s*" + _QUOTED + r"((?:\s*,\s*" + _QUOTED + r")*)")
_MORE = re.compile(r",\s*" + _QUOTED)
_BARE = re.compile(_PATH + r",?\s+(Method|Limits)\b")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?:#+[ \t]*|//[ \t]*|\*[ \t]+)?")  # a line break and a comment's marker
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_LEAD = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?(?:\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*(?!\*))")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": ""})


def fold(name: str) -> str:
    """A section name compared: apostrophes and quotation marks straight, no backticks, white space single."""
    return " ".join(name.translate(_FOLD).split())


def headings(text: str) -> set[str]:
    """The section names of a Markdown text (folded): its headings, and the bold or italic words opening a paragraph
    or a list item."""
    found = set()
    for line in text.splitlines():
        heading = _HEADING.match(line)
        lead = _LEAD.match(line)
        if heading:
            found.add(fold(heading.group(1).replace("**", "")))
        if lead:
            found.add(fold(lead.group(1) or lead.group(2)))
    return found


def resolves(name: str, names: set[str]) -> bool:
    """Whether the cited `name` is the start of one of `names` (folded); an unclosed bracket's tail ("… (FX67)" for
    "… (FX67, 2026-12-07)") and closing punctuation are allowed."""
    cited = fold(name).rstrip(".,;: ")
    if cited.count("(") < cited.count(")"):
        cited = cited[:-1]
    candidates = {cited, cited.rstrip(")")}
    return any(heading.startswith(c) for heading in names for c in candidates if c)


def citations(text: str) -> list[tuple[str, str]]:
    """(docs path, section name) of every section a text cites, line breaks inside a comment or docstring joined."""
    joined = _LINE_BREAK.sub(" ", text)
    found = []
    for match in _CITATION.finditer(joined):
        found.append((match.group(1), match.group(2)))
        found.extend((match.group(1), more) for more in _MORE.findall(match.group(3)))
    found.extend(_BARE.findall(joined))
    return found


def scanned_files() -> list[Path]:
    files = []
    for part in SCANNED:
        path = ROOT / part
        files.extend([path] if path.is_file() else
                     (p for p in sorted(path.rglob("*")) if p.suffix in SUFFIXES and p.is_file()
                      and "__pycache__" not in p.parts and "golden" not in p.parts))
    return [f for f in files if f != Path(__file__).resolve()]  # (this module's examples are no citations)


def cited_sections(docs: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(file, docs path, section name) of every citation of one of `docs` in the scanned files."""
    found = []
    for path in scanned_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found.extend((str(path.relative_to(ROOT)), doc, name) for doc, name in citations(text) if doc in docs)
    return found


def unresolved(docs: tuple[str, ...], root: Path = ROOT) -> list[str]:
    """The citations of `docs` that name no section of the file they cite (or a file that does not exist)."""
    names = {doc: headings((root / doc).read_text(encoding="utf-8")) if (root / doc).exists() else set()
             for doc in docs}
    return [f"{where}: {doc}, {name!r}" for where, doc, name in cited_sections(docs) if not resolves(name, names[doc])]


def test_citations_of_the_stories_docs_resolve():
    assert cited_sections(DOCS), "no citation found: the pattern no longer reads the code's citations"
    assert unresolved(DOCS) == []


@pytest.mark.parametrize("text, cited", [
    ('(docs/stories.md, "Story ids")', [("docs/stories.md", "Story ids")]),
    ('docs/log/stories.md ("Labelling stories"), as', [("docs/log/stories.md", "Labelling stories")]),
    ('# the third (docs/log/stories.md, "A trial\n# in the City\'s style"): 28', [
        ("docs/log/stories.md", "A trial in the City's style")]),
    ('(docs/log/stories.md, "An\noutlet\'s desk is its outlet", "Names that hold an outlet\'s").', [
        ("docs/log/stories.md", "An outlet's desk is its outlet"),
        ("docs/log/stories.md", "Names that hold an outlet's")]),
    ("(docs/log/stories.md, Method 4). The", [("docs/log/stories.md", "Method")]),
    ("(docs/stories.md). Nothing cited", []),
])
def test_citations_are_read(text, cited):
    assert citations(text) == cited


def test_a_broken_citation_is_found(tmp_path):
    """A citation naming a section that is not there is reported; one naming a heading's start, a bold lead or an
    italic lead is not."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.md").write_text(
        "# X\n\n## Limits\n\n### BR35's breaks of FX61's credits (FX67, 2026-12-07)\n\n"
        "**A trial on rates and recalls** (2026-12-03): 28 articles.\n\n"
        "  - *An outlet’s desk is its outlet* (FX98, decided): …\n", encoding="utf-8")
    names = headings((tmp_path / "docs" / "x.md").read_text(encoding="utf-8"))
    assert all(resolves(name, names) for name in (
        "Limits", "BR35's breaks of FX61's credits (FX67)", "A trial on rates", "An outlet's desk is its outlet"))
    assert not any(resolves(name, names) for name in ("Story ids", "A trial on a count", "Limits of grouping"))
