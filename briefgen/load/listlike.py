"""One text that the editor most likely meant as a list: `tags: gas, oil`, `author: Jane Doe, John Smith`.

YAML makes a list only of `[a, b]` or `- a` lines; `tags: gas, oil` is the one tag "gas, oil"
and `author: Jane Doe, John Smith` one author, which pages then show as such (a tag page
"gas, oil", a byline for one person), and nothing said so. `items` says which parts a text
that lists items would have, or None; fields.Fields.text_list warns with the list to write.

Two rules, by what the key holds:
- "items" (tags, topic keywords, people's aliases): a comma or semicolon between two
  non-empty parts. Such an item is rare; to keep one, the warning says how (`["gas, oil"]`).
- "names" (author): a semicolon, or commas between three parts or more, or between parts of
  two words or more each. "Smith, Jane" (a name inverted, as libraries write it) and
  "Jane Doe, Jr." are one name and stay quiet; "Jane Doe, John Smith" is two.
"""
from __future__ import annotations

import json
import re

_SAFE_PLAIN = re.compile(r"^[^\s\[\]{},:#&*!|>'\"%@`?-][^\[\]{},#]*$")
# A separator: a comma, or a semicolon that does not end a character reference (`&amp;`, `&#1;`, `&#x2014;`,
# as titlemarks reads them): `author: "Ann &#1; Lee"` and `tags: [R&amp;D]` were "lists" of two items.
_SEPARATOR = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|([,;])")


def _split(text: str) -> list[str]:
    """`text` cut at each separator (`_SEPARATOR`), the parts stripped."""
    parts, start = [], 0
    for match in _SEPARATOR.finditer(text):
        if match.group(1):
            parts.append(text[start:match.start()].strip())
            start = match.end()
    return parts + [text[start:].strip()]


def items(text: str, rule: str) -> list[str] | None:
    """The items `text` (one YAML text) would hold as a list by `rule` ("items" or "names"), or None. A
    semicolon ending a character reference separates nothing."""
    if "," not in text and ";" not in text:
        return None
    parts = _split(text)
    if len(parts) < 2 or not all(parts):
        return None
    if rule == "names" and not _semicolon(text) and len(parts) < 3 and not all(len(p.split()) >= 2 for p in parts):
        return None
    return parts


def _semicolon(text: str) -> bool:
    """Whether `text` holds a semicolon that separates (`_SEPARATOR`)."""
    return any(match.group(1) == ";" for match in _SEPARATOR.finditer(text))


def flow_list(values: list[str]) -> str:
    """`values` as a YAML flow list, each item quoted only when it must be: `[gas, oil]`, `["a, b"]`."""
    return "[" + ", ".join(v if _SAFE_PLAIN.match(v) and ": " not in v and not v.endswith(":") else json.dumps(
        v, ensure_ascii=False) for v in values) + "]"


def message(key: str, text: str, parts: list[str], where: str = "") -> str:
    """The warning for `key: text` read as one item though it reads as the list `parts`; `where`
    names the mapping the key is in (`topics[0].`)."""
    return (f'"{where}{key}" is one item, "{text}": in YAML a comma does not make a list; for {len(parts)} items '
            f"write `{key}: {flow_list(parts)}`, to keep one write `{key}: {flow_list([text])}`")


def hint(key: str, text: str) -> str:
    """"; for a list write `key: [a, b]`" for an error about `text` when it reads as items, else ""."""
    parts = items(text, "items")
    return f"; in YAML a comma does not make a list: write `{key}: {flow_list(parts)}`" if parts else ""
