"""Adding feeds to config.yaml as text, so its comments, order and spelling stay as the editor wrote them.

Takes config.yaml's text and the feeds to add; gives the new text, or a reason why it
cannot be edited safely. New `- url:` items are inserted after the last item of the
`feeds:` list (with that list's indentation), or a `feeds:` list is appended to the
file. Every other byte stays as it was. Values are written by the front-matter dumper
(`load.frontmatter.dump_value`), so a URL or name with `: ` or `#` is quoted.

Why not ruamel.yaml's round-trip mode: it re-indents lists, rewraps long lines and
moves comments that sit between items; inserting lines touches nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.load.frontmatter import dump_value
from briefgen.load.yamltext import LineList, LineMap, load_mapping


@dataclass(frozen=True, slots=True)
class NewFeed:
    url: str
    source: str = ""
    category: str = ""


def add_feeds(text: str, feeds: list[NewFeed]) -> tuple[str | None, str]:
    """(new text, "") or (None, why the file cannot be edited safely)."""
    if not feeds:
        return text, ""
    data, problems = load_mapping(text, "config.yaml")
    if data is None:
        return None, problems[0].message if problems else "config.yaml does not parse"
    lines = text.split("\n")
    value = data.get("feeds")
    if "feeds" not in data:
        block = "\n".join(_item(feed, "  ") for feed in feeds)
        head = text if text.endswith("\n") or not text else text + "\n"
        return f"{head}feeds:\n{block}\n", ""
    key_index = data.line_of("feeds") - 1
    if value is None:
        indent, after = "  ", key_index
    elif isinstance(value, LineList) and value and _is_block(lines, value):
        first = lines[value.line_of(0) - 1]
        indent = first[:len(first) - len(first.lstrip())]
        after = _last_line_of(lines, data, "feeds")
    else:
        return None, ("`feeds:` is not written as a list with one `- url:` per line; write it that way, "
                      "then import again")
    block = [_item(feed, indent) for feed in feeds]
    return "\n".join(lines[:after + 1] + block + lines[after + 1:]), ""


def _is_block(lines: list[str], value: LineList) -> bool:
    return all(lines[value.line_of(i) - 1].lstrip().startswith("-") for i in range(len(value)))


def _last_line_of(lines: list[str], data: LineMap, key: str) -> int:
    """Index of the last line that belongs to `key`'s value: before the next top-level key,
    without the blank lines and comments that precede that key."""
    own = data.line_of(key)
    later = [line for line in data.lines.values() if line > own]
    end = (min(later) - 1 if later else len(lines)) - 1
    while end > own - 1 and (not lines[end].strip() or re.match(r"^\s*#", lines[end])
                             and not lines[end].startswith(" ")):
        end -= 1
    return end


def _item(feed: NewFeed, indent: str) -> str:
    entries = [("url", feed.url), ("source", feed.source), ("category", feed.category)]
    out = []
    for number, (key, value) in enumerate((k, v) for k, v in entries if v):
        prefix = f"{indent}- " if number == 0 else f"{indent}  "
        out.append(prefix + dump_value(key, value).rstrip("\n"))
    return "\n".join(out)
