"""Adding feeds to config.yaml by lines, so its comments, order and spelling stay as the editor wrote them.

Takes config.yaml's bytes and the feeds to add; gives the new bytes, or a refusal at a line
saying why and what to do. New `- url:` items are inserted after the last item of the `feeds:`
list (at that list's column), after a `feeds:` with nothing after it, or as a `feeds:` list
appended to the file (at the column of its keys). Every other byte stays as it was: comments,
order, quoting, a byte-order mark, non-NFC text, and LF, CRLF or CR-only line ends (the new
lines take the line end of the line before them). Values are written by the front-matter
dumper (`load.frontmatter.dump_value`), so a URL or name with `: ` or `#` is quoted.

Editing YAML by lines is safe only where the lines say what they seem to. So the result is
always read back, and kept only when it is the old mapping with exactly the new feeds added
at the end of `feeds:` (values and their types compared, every other key as it was; the same
read-back as front-matter edits, frontedit.py); otherwise nothing is written and the refusal
names the line. Refused up front, with a fix: a config written as one flow mapping `{…}`,
`feeds:` written on one line (`feeds: []`, `feeds: null`), `feeds:` as an alias of a list
written elsewhere (`feeds: *mine`), a `feeds:` list with an anchor another key's alias uses
(that key would get the feeds too), `feeds:` from a merge key `<<:`, and U+0085, U+2028 or
U+2029 (line ends to YAML, not to these lines). Before 2026-12-05 the edit was only checked by
the config schema, and the file was written back as text: LF line ends and NFC for a CRLF
file, its byte-order mark dropped.

Why not ruamel.yaml's round-trip mode: it re-indents lists, rewraps long lines and
moves comments that sit between items; inserting lines touches nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from briefgen.diagnostics import has_errors
from briefgen.importer.frontedit import _same
from briefgen.importer.bytelines import compose, line_end, other_break, split_lines
from briefgen.load.frontmatter import dump_value
from briefgen.load.text import decode, nfc
from briefgen.load.yamltext import LineMap, load_mapping



@dataclass(frozen=True, slots=True)
class NewFeed:
    url: str
    source: str = ""
    category: str = ""

    def mapping(self) -> dict[str, str]:
        """The item as written to config.yaml, and read back: its keys with a value, in that order, in NFC (as
        config.yaml is read, load/text.py)."""
        return {k: nfc(v) for k, v in (("url", self.url), ("source", self.source), ("category", self.category)) if v}


@dataclass(frozen=True, slots=True)
class ConfigEdit:
    """The edited bytes (`data`), or None with the 1-based `line` (0: the whole file) and the reason (`why`,
    ending with what to do) of the refusal."""
    data: bytes | None
    line: int = 0
    why: str = ""


def add_feeds(text: str, feeds: list[NewFeed]) -> tuple[str | None, str]:
    """`edit_config` on text: (new text, "") or (None, why the file cannot be edited safely)."""
    edit = edit_config(text.encode("utf-8"), feeds)
    return (edit.data.decode("utf-8"), "") if edit.data is not None else (None, edit.why)


def edit_config(raw: bytes, feeds: list[NewFeed]) -> ConfigEdit:
    """`raw` (config.yaml's bytes) with `feeds` added at the end of its `feeds:` list, every other line byte for
    byte as it was; or a refusal at a line when the result would not read back as the old mapping plus exactly
    those feeds (module docstring). Never raises for any bytes."""
    if not feeds:
        return ConfigEdit(raw)
    text, problems = decode(raw, "config.yaml")
    if text is None:
        return ConfigEdit(None, problems[0].line if problems else 0, problems[0].message if problems else
                          "the file is not UTF-8 text")
    for index, line in enumerate(text.split("\n")):
        odd = other_break(line)
        if odd is not None:
            return ConfigEdit(None, index + 1, f"the line holds U+{ord(odd):04X}, a line end to YAML but not to "
                                               "briefgen's lines; remove it, then import again")
    data, problems = load_mapping(text, "config.yaml")
    if data is None or has_errors(problems):
        bad = next((p for p in problems if p.severity == "error"), None)
        return ConfigEdit(None, bad.line if bad else 0, bad.message if bad else "config.yaml does not parse")
    place = _place(text, data)
    if isinstance(place, ConfigEdit):
        return place
    after, indent, header = place
    lines = split_lines(raw)
    if after < 0:  # (an empty file)
        after = 0 if lines[0][0] else -1
    if after >= 0 and not lines[after][1] and lines[after][0]:  # the last line, without a line end: give it one
        lines[after] = (lines[after][0], line_end(lines, after))
    newline = line_end(lines, after)
    new = ([f"{indent[:-2]}feeds:".encode("utf-8")] if header else []) + [line.encode("utf-8") for feed in feeds for line in _item(feed, indent)]
    result = b"".join(c + e for c, e in lines[:after + 1] + [(n, newline) for n in new] + lines[after + 1:])
    return _read_back(result, data, feeds, data.line_of("feeds") if "feeds" in data else 0)


def _place(text: str, data: LineMap) -> tuple[int, str, bool] | ConfigEdit:
    """(index of the line after which to insert, the items' indentation, whether a `feeds:` line comes first, two
    columns left of the items),
    or the refusal when `feeds:` is written in a way lines cannot extend."""
    try:
        root = compose(text)
    except yaml.YAMLError:  # (load_mapping read it: not expected)
        return ConfigEdit(None, 0, "config.yaml does not parse")
    lines = text.split("\n")
    if root is None or not root.value:
        return len(lines) - (2 if lines[-1] == "" else 1), "  ", True
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return ConfigEdit(None, root.start_mark.line + 1, (
            "config.yaml is written as one flow mapping `{…}`, which briefgen cannot add lines to; add the feeds "
            "by hand, or write it as `key: value` lines, then import again"))
    column = root.start_mark.column
    pairs = {key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    if "feeds" not in pairs:
        if "feeds" in data:
            merge = next((k.start_mark.line + 1 for k, _ in root.value if getattr(k, "value", "") == "<<"), data.line)
            return ConfigEdit(None, merge, "`feeds:` comes from a merge key `<<:`, which briefgen cannot add "
                                               "lines to; write `feeds:` in config.yaml itself, then import again")
        return _last_line_of(lines, data, None), " " * column + "  ", True
    key, value = pairs["feeds"]
    line = key.start_mark.line + 1
    if value.start_mark.line + 1 < line:
        return ConfigEdit(None, line, "`feeds:` is an alias of a list written before it, which briefgen cannot "
                                      f"add lines to; add the feeds at line {value.start_mark.line + 1} by hand")
    if _used_elsewhere(root, value, key):
        return ConfigEdit(None, line, "the `feeds:` list has an anchor that an alias uses elsewhere, which would "
                                      "get the new feeds too; add them by hand, then import again")
    if isinstance(value, yaml.ScalarNode) and value.value == "" and value.tag == "tag:yaml.org,2002:null":
        return line - 1, " " * column + "  ", False
    if not isinstance(value, yaml.SequenceNode) or value.flow_style or not value.value:
        return ConfigEdit(None, line, "`feeds:` is not written as a list with one `- url:` per line (as `feeds: "
                                      "[]` or `feeds: null`); write it that way (or `feeds:` alone), then import "
                                      "again")
    return _last_line_of(lines, data, "feeds"), " " * value.start_mark.column, False


def _used_elsewhere(root: yaml.Node, value: yaml.Node, key: yaml.Node) -> bool:
    """Whether `value` (a node) is also a value somewhere else in the tree than under `key` (an alias of it)."""
    seen: set[int] = set()
    stack = [n for pair in root.value if pair[0] is not key for n in pair]
    while stack:
        node = stack.pop()
        if node is value:
            return True
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def _last_line_of(lines: list[str], data: LineMap, key: str | None) -> int:
    """Index of the last line that belongs to `key`'s value (None: the last line of the file with content):
    before the next top-level key, without the blank lines and comments that precede that key."""
    own = data.line_of(key) if key is not None else 0
    later = [line for line in data.lines.values() if line > own] if key is not None else []
    end = (min(later) - 1 if later else len(lines)) - 1
    while end > own - 1 and (not lines[end].strip() or (key is not None and re.match(r"^\s*#", lines[end])
                                                        and not lines[end].startswith(" "))):
        end -= 1
    return end


def _item(feed: NewFeed, indent: str) -> list[str]:
    out = []
    for number, (key, value) in enumerate(feed.mapping().items()):
        prefix = f"{indent}- " if number == 0 else f"{indent}  "
        out.append(prefix + dump_value(key, value).rstrip("\n"))
    return out


def _read_back(result: bytes, before: LineMap, feeds: list[NewFeed], line: int) -> ConfigEdit:
    """`result`, when it reads as `before` with `feeds` appended to `feeds:`; else the refusal at `line`."""
    text, _ = decode(result, "config.yaml")
    after, problems = load_mapping(text, "config.yaml") if text is not None else (None, [])
    why = ""
    if after is None or has_errors(problems):
        why = "it would no longer parse"
    else:
        expected = {**before, "feeds": [*(before.get("feeds") or []), *(feed.mapping() for feed in feeds)]}
        changed = [k for k in dict.fromkeys([*expected, *after]) if k not in after or k not in expected
                   or not _same(after[k], expected[k])]
        if changed:
            why = f"it would change `{changed[0]}:`" + (" (more than the new feeds)" if changed[0] == "feeds" else "")
    if why:
        return ConfigEdit(None, line, f"adding the feeds by lines here is not safe: {why}; add them by hand, or "
                                      "write `feeds:` as one `- url:` item per line, then import again")
    return ConfigEdit(result)
