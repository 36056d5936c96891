"""Splitting a content file into YAML front matter and Markdown body, with line numbers.

Our own splitter (not python-frontmatter): it must report an unclosed block or a
missing opening line with the exact line, and tell the body's first line so that
later messages point into the right place.
"""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.diagnostics import Diagnostic, error
from briefgen.load.yamltext import LineMap, load_mapping


@dataclass(frozen=True, slots=True)
class Split:
    front: str
    body: str
    body_line: int  # 1-based line where the body starts


def split(text: str, display: str) -> tuple[Split | None, list[Diagnostic]]:
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, [error(display, 1, "content files must start with a line `---`, then the front "
                                        "matter (title, ...), then another `---` line")]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return Split("\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2), []
    return None, [error(display, 1, "front matter is not closed: add a line `---` after the last key")]


def parse(text: str, display: str) -> tuple[LineMap | None, str, int, list[Diagnostic]]:
    """Front matter as a LineMap (or None when unusable), the body and its first line."""
    parts, problems = split(text, display)
    if parts is None:
        return None, "", 1, problems
    front, problems = load_mapping(parts.front, display, first_line=2)
    return front, parts.body, parts.body_line, problems
