"""Citations of a doc's sections resolve: every section named after a docs path is a section of the file it names.

The code, tests, benchmarks, tools, README.md and the docs cite a section of docs/*.md, docs/log/*.md or README.md
by its name after the path — `docs/stories.md, "Story ids"`, `docs/log/stories.md ("Labelling stories")`,
`docs/people.md "Fragments"`, `` `docs/log/performance.md`, "Fifth session …" ``, `docs/log/people.md, \\"Addresses\\"`
in a Python string, `README.md, "Moving from another generator"`; the name may run over line breaks of a comment or
docstring (`#`, `//`, `*` marks), be in curly quotes, and be followed by more names (`, "…"`) — or by a task's id
(`docs/log/performance.md SP7`, `docs/log/people.md, FX99`), or by the bare words Method or Limits. `docs/x.md: "…"`
(a colon) quotes an example, not a section, and is not read; a name opens with a letter, a digit or a backtick (so
`"docs/stories.md", "docs/people.md"` is no citation). A Markdown link's anchor (`docs/x.md#story-ids`) is a citation
too: it must be the GitHub anchor of a section; so must a Markdown doc's own links to a Markdown file relative to it or
to its own sections (`[docs/log/people.md](log/people.md)`, `[Labelling stories](#labelling-stories)`), whose file must
exist (links inside `code spans` are examples).

A file's sections are its ATX headings (`## Limits`) and the bold or italic words that open a paragraph or a list item
(`**A trial on rates and recalls** (2026-12-03 …`, `- *An outlet's desk is its outlet* (FX98 …`), outside fenced code
(a `#` line in a code block is no heading); README.md's also the words before a colon that open a paragraph
(`Printing: pages print …`). A cited name resolves when it is a section's start (citations abbreviate long headings),
compared with white space, case, quotation marks and apostrophes folded and backticks dropped, a closing punctuation
and an unclosed bracket's tail allowed ("BR35's breaks of FX61's credits (FX67)" cites "BR35's breaks of FX61's
credits (FX67, 2026-12-07)"); a task's id resolves when it is a word of a section's name.

The chronological records docs/log/*.md are cited files but not citing ones: they are kept verbatim, and their text
cites the docs as they were when it was written (DOC4, 2026-12-07, merging DOC1–DOC3's three modules of this test).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("briefgen", "tests", "benchmarks", "tools", "docs", "README.md")  # where citations are looked for
NOT_CITING = ("docs/log/",)  # verbatim records: cited, never read for citations
SUFFIXES = {".py", ".sh", ".md", ".txt", ".html", ".yaml", ".yml", ".toml", ".cfg", ".ini", ".j2", ".json", ".xml",
            ".css", ".js", ""}

_PATH = r"(?<![\w.-])(?P<path>docs/(?:[\w-]+/)*[\w.-]+\.md|README(?:\.md)?)"
_BREAK = r"[ \t]*\n[ \t]*(?:#+|//|\*)?[ \t]*"  # a line break, and a comment's marker on the next line
_QUOTE = r"\\?[\"“](?P<name>[\w`](?:[^\"”\\]|\\(?![\"”])){0,299})\\?[\"”]"
# after the path (and a closing backtick): a separator — a comma, semicolon or bracket, or white space — then a quote
_CITATION = re.compile(_PATH + r"`?(?=[ \t\n,;(])[ \t]*[,;(]?(?:%s|[ \t]*)\(?" % _BREAK + _QUOTE)
_MORE = re.compile(r"[ \t]*,(?:%s|[ \t]*)" % _BREAK + _QUOTE)
_TASK = re.compile(_PATH + r"`?[ \t]*[,(]?(?:%s|[ \t]*)(?P<name>\b(?:[A-Z]{2,4}|T)\d{1,3}\b)(?![-\w])" % _BREAK)
_BARE = re.compile(_PATH + r",?(?:%s|[ \t]+)(?P<name>Method|Limits)\b" % _BREAK)
_ANCHOR = re.compile(_PATH + r"#(?P<name>[\w-]+)")
_LINK = re.compile(r"\]\((?P<path>(?:[\w.-]+/)*[\w.-]+\.md)?(?:#(?P<name>[\w-]+))?\)")  # a Markdown link to a .md or #anchor
_CODE_SPAN = re.compile(r"`+[^`\n]*`+")
_BREAK_IN_NAME = re.compile(_BREAK)

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_LEAD = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?(?:\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*(?!\*))")
_LABEL = re.compile(r"^([A-Z][\w' -]{0,40}):\s")  # README.md's "Printing: pages print …"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": None, "\\": None})


def fold(name: str) -> str:
    """A section name as compared: apostrophes and quotation marks straight, no backticks or backslashes, no bold
    marks, white space single, case folded."""
    return " ".join(name.replace("**", "").translate(_FOLD).split()).casefold()


def sections(text: str, labels: bool = False, leads: bool = True) -> list[str]:
    """The section names (folded) of a Markdown text, in order: its ATX headings and the bold or italic words opening
    a paragraph or a list item, outside fenced code (a fence closes with a bare fence of its kind, at least as long);
    with `labels`, also a paragraph's opening words before a colon (README.md's way); without `leads`, headings only."""
    found, fence, before = [], "", ""
    for line in text.splitlines():
        opener = _FENCE.match(line)
        if fence:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence) \
                    and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if opener:
            fence = opener.group(1)
            continue
        heading, lead = _HEADING.match(line), _LEAD.match(line)
        if heading:
            found.append(fold(heading.group(1)))
        elif lead and leads:
            found.append(fold(lead.group(1) or lead.group(2)))
        elif labels and leads and not before.strip() and _LABEL.match(line):
            found.append(fold(_LABEL.match(line).group(1)))
        before = line
    return found


def anchor(section: str) -> str:
    """GitHub's anchor of a heading (folded text): punctuation but `-` and `_` dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", section).replace(" ", "-")


def resolves(kind: str, name: str, names: list[str]) -> bool:
    """Whether a cited name is a section's start ("name"; closing punctuation and an unclosed bracket's tail
    allowed), a task's id a word of a section's name ("id"), or an anchor a section's GitHub anchor ("anchor")."""
    if kind == "id":
        return any(re.search(r"\b%s\b" % re.escape(name.casefold()), section) for section in names)
    if kind == "anchor":
        anchors = {anchor(section) for section in names}
        return name in anchors or re.sub(r"-\d+$", "", name) in anchors  # (a repeated heading's "-1")
    cited = fold(_BREAK_IN_NAME.sub(" ", name)).rstrip(".,;: ")
    if cited.count("(") < cited.count(")"):
        cited = cited[:-1]
    candidates = {cited, cited.rstrip(")")} - {""}
    return any(section.startswith(c) for section in names for c in candidates)


def citations(text: str) -> list[tuple[int, str, str, str]]:
    """(line, cited path, kind, name) of each section citation in `text`, in order; kind "name" (a quoted name or the
    bare Method or Limits), "id" (a task's id) or "anchor" (a link's #anchor). `README` is read as README.md."""
    found = []
    for match in _CITATION.finditer(text):
        found.append((match.start(), match.group("path"), "name", match.group("name")))
        at = match.end()
        while more := _MORE.match(text, at):
            found.append((more.start(), match.group("path"), "name", more.group("name")))
            at = more.end()
    found += [(m.start(), m.group("path"), "id", m.group("name")) for m in _TASK.finditer(text)]
    found += [(m.start(), m.group("path"), "name", m.group("name")) for m in _BARE.finditer(text)]
    found += [(m.start(), m.group("path"), "anchor", m.group("name")) for m in _ANCHOR.finditer(text)]
    return [(text.count("\n", 0, at) + 1, "README.md" if path == "README" else path, kind,
             " ".join(_BREAK_IN_NAME.sub(" ", name).split()) if kind == "name" else name)
            for at, path, kind, name in sorted(found)]


def links(text: str, where: str) -> list[tuple[int, str, str, str]]:
    """(line, linked path, "anchor" or "file", anchor) of each Markdown link of the Markdown file at `where` (a path
    from the project's root) to a Markdown file (relative to it) or to a section; links in code spans are not read."""
    found = []
    for match in _LINK.finditer(_CODE_SPAN.sub(lambda span: " " * len(span.group()), text)):
        if match.group("path") is None and match.group("name") is None:
            continue
        target = (Path(where).parent / match.group("path")).as_posix() if match.group("path") else where
        target = re.sub(r"(^|/)[^/]+/\.\./", r"\1", target).removeprefix("./")
        found.append((text.count("\n", 0, match.start()) + 1, target, "anchor" if match.group("name") else "file",
                      match.group("name") or ""))
    return found


def citing_files(root: Path = ROOT) -> list[Path]:
    """Every file whose citations are checked: the code, tests, benchmarks, tools, docs and README.md under `root`
    (not the records docs/log/*.md, the golden pages, or this module, whose examples are no citations)."""
    files = []
    for part in SCANNED:
        path = root / part
        files.extend([path] if path.is_file() else
                     (p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in SUFFIXES
                      and not {"__pycache__", "golden"} & set(p.relative_to(root).parts)))
    return [f for f in files if f.relative_to(root).as_posix() != "tests/" + Path(__file__).name
            and not f.relative_to(root).as_posix().startswith(NOT_CITING)]


def broken_citations(root: Path = ROOT) -> list[str]:
    """`file:line: path "name"` for each citation under `root` whose section is not one of the cited file's (or whose
    file does not exist), in file order."""
    known: dict[tuple[str, bool], list[str] | None] = {}
    broken = []
    for path in citing_files(root):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        where = path.relative_to(root).as_posix()
        for line, cited, kind, name in sorted({*citations(text), *(links(text, where) if path.suffix == ".md" else ())}):
            key = (cited, kind == "anchor")  # (an anchor is a heading's: GitHub makes none for a lead)
            if key not in known:
                target = root / cited
                known[key] = (sections(target.read_text(encoding="utf-8"), labels=cited == "README.md",
                                       leads=kind != "anchor") if target.is_file() else None)
            at = f"{where}:{line}: {cited}"
            if known[key] is None:
                broken.append(f"{at} does not exist")
            elif kind != "file" and not resolves(kind, name, known[key]):
                broken.append(f'{at} "{name}"' if kind != "anchor" else f"{at}#{name}")
    return broken


def test_every_cited_section_is_a_section_of_its_file():
    assert len(citing_files()) > 500 and sum(len(citations(p.read_text(encoding="utf-8"))) for p in
                                             citing_files() if p.suffix == ".py") > 100, "citations no longer read"
    broken = broken_citations()
    assert not broken, "cited sections that are no section of the cited file:\n" + "\n".join(broken)


@pytest.mark.parametrize("text, cited", [
    ('x (docs/performance.md, "Hostile input").', [(1, "docs/performance.md", "name", "Hostile input")]),
    ('# cost (docs/log/performance.md, "Session\n# of 2026-12-05, late night").',
     [(1, "docs/log/performance.md", "name", "Session of 2026-12-05, late night")]),
    ('    text (docs/log/performance.md,\n    "Fifth session of 2026-12-03: story features") and',
     [(1, "docs/log/performance.md", "name", "Fifth session of 2026-12-03: story features")]),
    ('f"docs/performance.md, \\"Two-tier story features\\")"',
     [(1, "docs/performance.md", "name", "Two-tier story features")]),
    ('docs/log/performance.md SP7; docs/performance.md has each run; [docs/performance.md](docs/performance.md)',
     [(1, "docs/log/performance.md", "id", "SP7")]),
    ("docs/log/performance.md (“Caveats”)", [(1, "docs/log/performance.md", "name", "Caveats")]),
    ('("docs/performance.md", "name", "x")\n"docs/stories.md", "docs/people.md"', []),
    ('(cProfile; `docs/log/performance.md`,\n"Fifth session of 2026-12-03")',
     [(1, "docs/log/performance.md", "name", "Fifth session of 2026-12-03")]),
    ('(docs/log/stories.md, "An\noutlet\'s desk is its outlet", "Names that hold an outlet\'s").', [
        (1, "docs/log/stories.md", "name", "An outlet's desk is its outlet"),
        (2, "docs/log/stories.md", "name", "Names that hold an outlet's")]),
    ('docs/log/stories.md; "Labelling stories"', [(1, "docs/log/stories.md", "name", "Labelling stories")]),
    ("(docs/log/stories.md, Method 4). The", [(1, "docs/log/stories.md", "name", "Method")]),
    ('docs/people.md "Fragments" and (docs/log/people.md, FX99)', [
        (1, "docs/people.md", "name", "Fragments"), (1, "docs/log/people.md", "id", "FX99")]),
    ('(docs/people.md: "Golden Valley said")', []),  # an example quoted, no citation
    ('(README, "A site project") and README.md, \\"Moving from another generator\\"', [
        (1, "README.md", "name", "A site project"), (1, "README.md", "name", "Moving from another generator")]),
    ("[ids](docs/stories.md#story-ids)", [(1, "docs/stories.md", "anchor", "story-ids")]),
    ("(docs/stories.md). Nothing cited; docs/fetch.md: the importer; docs/log/x.md-like", []),
])
def test_citations_are_read_in_the_forms_written(text, cited):
    assert citations(text) == cited


@pytest.mark.parametrize("kind, name, expected", [
    ("name", "Caveats", True), ("name", "Session of 2026-12-07, evening: the story", True),
    ("name", "session of 2026-12-07,\n# EVENING", True), ("name", "Session of 2026-12-08", False),
    ("name", "story features", False), ("name", "Not a heading", False), ("name", "Not a", False),
    ("name", "BR35's breaks of FX61's credits (FX67)", True), ("name", "BR35’s breaks", True),
    ("name", "A trial on rates", True), ("name", "A trial on a count", False),
    ("name", "An outlet's desk is its outlet.", True), ("name", "Limits", True), ("name", "Limits of grouping", False),
    ("name", "The `people:` key", True),
    ("id", "SP7", True), ("id", "SP12", True), ("id", "SP1", False), ("id", "FX98", False),  # (a lead's bracket is not its name)
    ("anchor", "caveats", True), ("anchor", "the-people-key", True), ("anchor", "story-ids", False),
])
def test_a_name_resolves_to_a_section_or_its_start(kind, name, expected):
    names = sections("# Doc\n\n## Caveats\n\n## Limits\n\n````sh\n# Not a heading\n```\n# Not a heading either\n````\n\n"
                     "### Session of 2026-12-07, evening: the story features (SP12)\n#### SP7 (same session)\n"
                     "### BR35's breaks of FX61's credits (FX67, 2026-12-07)\n\n## The people: key\n\n"
                     "**A trial on rates and recalls** (2026-12-03): 28 articles.\n\n"
                     "  - *An outlet’s desk is its outlet* (FX98, decided): …\n")
    assert resolves(kind, name, names) is expected


@pytest.mark.parametrize("citation, doc", [
    ('# (docs/x.md, "Limits")\n', None),
    ('# (docs/x.md, "Story ids")\n', "a heading"),
    ('# (docs/log/x.md, "A trial on rates")\n', None),
    ('# (docs/log/x.md, "A trial on a count")\n', "a bold lead"),
    ('# (docs/log/x.md, "An outlet\'s desk is its\n# outlet")\n', None),
    ('# (docs/log/x.md, "An outlet\'s desk is not\n# its outlet")\n', "an italic lead"),
    ("# (docs/log/x.md, FX98)\n", None),
    ("# (docs/log/x.md, FX99)\n", "a task's id"),
    ("# (docs/x.md, FX98): the reference has no FX98\n", "a task's id in the wrong file"),
    ('# (docs/y.md, "Limits")\n', "a file"),
    ('# (README.md, "Printing")\n', None),
    ('# (README, "Publishing")\n', "a README section"),
    ("See [limits](docs/x.md#limits).\n", None),
    ("See [limits](docs/x.md#limit).\n", "an anchor"),
])
def test_a_broken_citation_fails_the_test(tmp_path, citation, doc):
    """The whole check on a made-up project: a citation of a missing heading, lead, task id, file or anchor is
    reported with its file and line; one of a present one is not. The records (docs/log/) are not read for
    citations."""
    (tmp_path / "docs" / "log").mkdir(parents=True)
    (tmp_path / "docs" / "x.md").write_text("# X\n\n## Limits\n\n```\n# Story ids\n```\n", encoding="utf-8")
    (tmp_path / "docs" / "log" / "x.md").write_text(
        "# X's record\n\n### FX98 (2026-12-05)\n\n**A trial on rates and recalls** (2026-12-03): 28 articles.\n\n"
        "  - *An outlet’s desk is its outlet* (FX98, decided): …\n\n(docs/x.md, \"No such\")\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# R\n\nPrinting: pages print as a briefing.\n", encoding="utf-8")
    (tmp_path / "briefgen").mkdir()
    (tmp_path / "briefgen" / "m.py").write_text("x = 1\n" + citation, encoding="utf-8")
    broken = broken_citations(tmp_path)
    assert len(broken) == (doc is not None)
    assert all(line.startswith("briefgen/m.py:2: ") for line in broken)


def test_a_docs_own_links_are_checked(tmp_path):
    """A Markdown doc's links to another doc (relative to it) and to its own sections must resolve to a file and a
    heading; links written as examples in code spans, and links to other kinds of file, are not read."""
    (tmp_path / "docs" / "log").mkdir(parents=True)
    (tmp_path / "docs" / "log" / "x.md").write_text("# X's record\n\n### FX98 (2026-12-05)\n\n**A lead** here\n")
    (tmp_path / "docs" / "x.md").write_text(
        "# X\n\nSee [the record](log/x.md), [FX98](log/x.md#fx98-2026-12-05), [limits](#limits), [y](../README.md),\n"
        "an example `[z](#frag)` and `[w](nofile.md)`, [a picture](chart.png).\n\n## Limits\n\n"
        "Broken: [a](#limit), [b](log/y.md), [c](log/x.md#a-lead), [d](log/../x.md#nope).\n")
    (tmp_path / "README.md").write_text("# R\n\n[the doc](docs/x.md#limits), [gone](docs/x.md#gone)\n")
    assert links("[a](log/x.md#fx98) [b](#c) [c](../x.md) `[d](#e)` [f](g.png)", "docs/x.md") == [
        (1, "docs/log/x.md", "anchor", "fx98"), (1, "docs/x.md", "anchor", "c"), (1, "x.md", "file", "")]
    assert sorted(broken_citations(tmp_path)) == [
        "README.md:3: docs/x.md#gone", "docs/x.md:8: docs/log/x.md#a-lead", "docs/x.md:8: docs/log/y.md does not exist",
        "docs/x.md:8: docs/x.md#limit", "docs/x.md:8: docs/x.md#nope"]
