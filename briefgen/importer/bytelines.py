"""YAML text edited by lines as bytes: where its lines end, as briefgen's reader splits them.

Shared by the two editors that change a file by lines and read the result back before writing it: front matter
(`frontedit.py`: review's `draft:`, fetch's `also_in:`) and config.yaml (`configedit.py`: `opml import`'s feeds).
Lines are split at LF, CRLF and CR, as `load.text.decode` reads them, so line numbers agree with diagnostics and
each line keeps its own end; U+0085, U+2028 and U+2029 end lines to YAML but not to this splitter, so an editor
refuses text holding them (`other_break`). Pure functions.
"""
from __future__ import annotations

import re

import yaml

BREAK = re.compile(rb"\r\n|\r|\n")  # the line ends decode() reads (load/text.py), so line numbers agree
OTHER_BREAKS = ("\x85", "\u2028", "\u2029")  # line ends to YAML, not to the line splitter
try:
    Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    Loader = yaml.SafeLoader


def compose(text: str) -> yaml.Node | None:
    """The YAML node tree of one document `text` (None when it is empty), its loader disposed; raises
    yaml.YAMLError as PyYAML does."""
    loader = Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def other_break(line: str) -> str | None:
    """The first of OTHER_BREAKS in `line` (text), or None."""
    return next((c for c in OTHER_BREAKS if c in line), None)


def split_lines(raw: bytes) -> list[tuple[bytes, bytes]]:
    """`raw` as (line, its line end) pairs, the last one's end b"" (nothing after it)."""
    pairs, at = [], 0
    for match in BREAK.finditer(raw):
        pairs.append((raw[at:match.start()], match.group()))
        at = match.end()
    pairs.append((raw[at:], b""))
    return pairs


def line_end(pairs: list[tuple[bytes, bytes]], at: int) -> bytes:
    """The line end of line `at`, else of the nearest line before it with one, else of any line, else LF."""
    for index in [*range(min(at, len(pairs) - 1), -1, -1), *range(len(pairs))]:
        if pairs[index][1]:
            return pairs[index][1]
    return b"\n"
