"""One front-matter key of a content file set or removed by lines, or a refusal that says why.

`briefgen fetch` adds `also_in:` to an existing article and `briefgen review accept` removes
`draft:`; both edit the file the editor may have written by hand, so every other byte stays as
it was: the entry's own lines are replaced (or new ones put before the closing `---`), and what
the editor wrote in them that is no value — a comment after the key, comment and blank lines —
stays, as lines of their own.

Editing YAML by lines is safe only for a block mapping whose keys start their own lines. So
the result is always read back, and kept only when it is the old front matter with exactly
that one change (values and their types compared, every other key as it was); otherwise the
edit is refused (`FrontEdit.data` is None) with the line and the reason, and the caller leaves
the file alone and says so. Refused up front, with a reason the editor can act on: a front
matter written as one flow mapping (`{title: …, draft: true}`: a hostile trial's lost every
key to `review accept`, and fetch appended `also_in:` below one, which no longer parsed), a key
that comes from a merge (`<<:`), line ends YAML reads but the lines here do not (U+0085,
U+2028, U+2029), and a front matter that does not parse. Anchors, aliases, tags, explicit
(`? key`) keys, comments, a byte-order mark and LF, CRLF or CR-only line ends (even mixed) are
edited, as the read-back allows.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import yaml

from briefgen.diagnostics import has_errors
from briefgen.importer.bytelines import compose, other_break, split_lines
from briefgen.load.frontmatter import dump_value, split
from briefgen.load.text import decode
from briefgen.load.yamltext import LineMap, load_mapping

REMOVE = object()  # front_edit / edit_front: remove the key


@dataclass(frozen=True, slots=True)
class FrontEdit:
    """The edited bytes (`data`), or None with the 1-based `line` and the reason (`why`) of the refusal."""
    data: bytes | None
    line: int = 0
    why: str = ""


def edit_front(raw: bytes, key: str, value: object) -> bytes | None:
    """`front_edit(raw, key, value).data`: the new bytes, or None when the edit is refused."""
    return front_edit(raw, key, value).data


def front_edit(raw: bytes, key: str, value: object) -> FrontEdit:
    """`raw` (a content file's bytes) with front-matter `key` set to `value` (a value `dump_value` writes:
    text, a list of text, a bool …) or removed (`REMOVE`), every other line byte for byte as it was; or a
    refusal (`data` None) at a line of the file, saying why, when the result would not read back as the same
    front matter with that one change (module docstring). Never raises for any bytes."""
    text, problems = decode(raw, "")
    if text is None:
        return FrontEdit(None, problems[0].line if problems else 1, "the file is not UTF-8 text")
    parts, problems = split(text, "")
    if parts is None:
        return FrontEdit(None, problems[0].line if problems else 1, "the front matter is not closed")
    for index, line in enumerate(parts.front.split("\n")):
        odd = other_break(line)
        if odd is not None:
            return FrontEdit(None, index + 2, f"the front matter holds U+{ord(odd):04X}, a line end YAML reads "
                                              "but briefgen's lines do not")
    front, problems = load_mapping(parts.front, "", first_line=2)
    if front is None or has_errors(problems):  # (a warning, such as a hashtag read as a comment, is no reason)
        bad = next((p for p in problems if p.severity == "error"), None)
        return FrontEdit(None, bad.line if bad else 2, "the front matter does not parse" +
                         (f" ({bad.message})" if bad else ""))
    style = _style(parts.front, front, key)
    if isinstance(style, FrontEdit):
        return style
    lines = split_lines(raw)
    fence = parts.body_line - 2  # index of the closing `---`
    if key in front:
        start, end = front.line_of(key) - 1, _next_key_index(front, key, fence)
    else:
        start = end = fence
    newline = (lines[start][1] if key in front else lines[start - 1][1]) or b"\n"
    new: list[tuple[bytes, bytes]] = []
    if value is not REMOVE:
        entry = dump_value(key, value)  # type: ignore[arg-type]
        new = [((" " * style + line).encode("utf-8"), newline) for line in entry.rstrip("\n").split("\n")]
    kept = _editor_lines(lines[start:end])
    result = b"".join(content + end_ for content, end_ in lines[:start] + new + kept + lines[end:])
    if not _front_is(result, front, key, value):
        return FrontEdit(None, start + 1, "after the edit it would no longer read as the same front matter")
    return FrontEdit(result)


def _style(front_text: str, front: LineMap, key: str) -> int | FrontEdit:
    """The column of the front matter's keys when it is a block mapping that can be edited by lines at
    `key`; else the refusal."""
    try:
        root = compose(front_text)
    except yaml.YAMLError:  # (load_mapping read it: not expected)
        return FrontEdit(None, 2, "the front matter does not parse")
    if root is None:
        return 0
    if not isinstance(root, yaml.MappingNode):
        return FrontEdit(None, 2, "the front matter is not `key: value` lines")
    if root.flow_style:
        return FrontEdit(None, root.start_mark.line + 2, (
            "the front matter is written as one flow mapping `{…}`, which briefgen cannot edit by lines"))
    if key in front and key not in front.lines:
        return FrontEdit(None, front.line, f"`{key}` comes from a merge key `<<:`, which briefgen cannot edit")
    return root.start_mark.column if root.value else 0  # (where its first key, or `?`, starts)


def _editor_lines(entry: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The lines of a front-matter entry that hold no value: the comment ending any of its lines (after the
    key, after an item of a list written over several lines), as a line of its own, and its comment and blank
    lines."""
    kept = []
    for content, end in entry:
        if not content.strip() or content.lstrip().startswith(b"#"):
            kept.append((content, end))
            continue
        comment = _trailing_comment(content.decode("utf-8", "replace"))
        if comment:
            kept.append((comment.encode("utf-8"), end))
    return kept


def _trailing_comment(line: str) -> str:
    """`# …` ending a YAML line (a `#` after a space, outside quotes), else ""."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"" and (index == 0 or line[index - 1] in " :[{,-"):
            quote = char
        elif char == "#" and index > 0 and line[index - 1] in " \t":
            return line[index:]
    return ""


def _front_is(raw: bytes, before: LineMap, key: str, value: object) -> bool:
    """Whether `raw`'s front matter is `before` with only `key` changed to `value` (or removed)."""
    text, _ = decode(raw, "")
    parts = split(text, "")[0] if text is not None else None
    front, problems = load_mapping(parts.front, "", first_line=2) if parts is not None else (None, [])
    if front is None or has_errors(problems):
        return False
    others = {k: v for k, v in front.items() if k != key}
    expected = {k: v for k, v in before.items() if k != key}
    if not _same(others, expected):
        return False
    return key not in front if value is REMOVE else key in front and _same(front[key], value)


def _same(a: object, b: object) -> bool:
    """Equal values of the same kinds, all the way down (`1 == True` and `1 == 1.0` are not the same)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if type(a) is not type(b):
        return False
    if isinstance(a, dt.datetime):
        return a == b and a.utcoffset() == b.utcoffset()  # type: ignore[union-attr]
    return a == b or (a != a and b != b)  # (NaN: the same value)


def _next_key_index(front: LineMap, key: str, fence: int) -> int:
    """Index of the first line after `key`'s entry: the next key's line, else the fence."""
    own = front.line_of(key)
    later = [line for line in front.lines.values() if line > own]
    return min(later) - 1 if later else fence
