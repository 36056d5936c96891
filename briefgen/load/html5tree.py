"""The tree the HTML5 repair works on: nh3's serialised output parsed back, and written out again.

nh3 serialises a tree built by a real HTML5 parser (html5ever), so its output is well
formed: every element is closed (except the void br, hr, img), attribute values are
double-quoted with `"` escaped, `<` in text is escaped, and there are no comments.
Parsing that takes one regular expression and a stack, not an HTML parser; text is kept
exactly as serialised (escaped), so writing it back costs nothing. The assumption is
checked by tests/load/test_html5_normalise.py, and input that breaks it loses no text
(a stray end tag is kept as text). Elements nested deeper than MAX_DEPTH are left out
(their content moves up to the deepest kept one), which bounds the recursion of the
repair whatever the input.
"""
from __future__ import annotations

import html
import re

MAX_DEPTH = 100  # element nesting; deeper elements are unwrapped

_TOKEN = re.compile(r'<([a-z][a-z0-9]*)((?: [a-z-]+="[^"]*")*)>|</([a-z][a-z0-9]*)>')
ATTRIBUTE = re.compile(r' ([a-z-]+)="([^"]*)"')
WHITESPACE = " \t\n\r\f"
VOID = frozenset({"br", "hr", "img"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
TRANSPARENT = frozenset({"a", "ins", "del"})
PHRASING = frozenset({"a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "img", "ins", "kbd", "mark",
                      "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "bdi"})
SECTIONS = frozenset({"thead", "tbody", "tfoot"})


class El:
    """An element: tag, attributes as (name, escaped value) pairs, children (El or escaped text)."""

    __slots__ = ("tag", "attrs", "kids", "block")

    def __init__(self, tag: str, attrs: list[tuple[str, str]], kids: list) -> None:
        self.tag = tag
        self.attrs = attrs
        self.kids = kids
        self.block = False  # for a, ins, del: holds flow content

    def get(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return None

    def set(self, name: str, value: str | None) -> None:
        self.attrs = [(k, v) for k, v in self.attrs if k != name]
        if value is not None:
            self.attrs.append((name, value))

    def like(self, kids: list) -> "El":
        """A copy with other children (and without the id, which must stay unique)."""
        return El(self.tag, [(k, v) for k, v in self.attrs if k != "id"], kids)


def tag_of(node: object) -> str:
    return node.tag if isinstance(node, El) else ""


def blank(node: object) -> bool:
    """Whitespace-only text (inter-element whitespace)."""
    return isinstance(node, str) and not node.strip(WHITESPACE)


def phrasing(node: object) -> bool:
    if isinstance(node, str):
        return True
    return node.tag in PHRASING and not node.block


def parse(fragment: str) -> tuple[list, bool]:
    """The top-level nodes of `fragment`, and whether building the tree changed anything."""
    root = El("", [], [])
    stack = [root]
    skipped: list[str] = []  # elements left out below MAX_DEPTH, waiting for their end tags
    changed = False
    position = 0
    for match in _TOKEN.finditer(fragment):
        if match.start() > position:
            stack[-1].kids.append(fragment[position:match.start()])
        position = match.end()
        start, attrs, end = match.groups()
        if end is not None:
            if skipped and skipped[-1] == end and len(stack) > MAX_DEPTH:
                skipped.pop()
            elif len(stack) > 1 and stack[-1].tag == end:
                stack.pop()
            else:  # not nh3's output after all: keep the end tag as text rather than lose it
                stack[-1].kids.append(html.escape(match.group()))
                changed = True
            continue
        element = El(start, ATTRIBUTE.findall(attrs) if attrs else [], [])
        if start in VOID:
            stack[-1].kids.append(element)
        elif len(stack) > MAX_DEPTH:
            skipped.append(start)
            changed = True
        else:
            stack[-1].kids.append(element)
            stack.append(element)
    if position < len(fragment):
        stack[-1].kids.append(fragment[position:])
    return root.kids, changed or len(stack) > 1  # unclosed elements are closed at the end


def start_tag(node: El) -> str:
    return "<" + node.tag + "".join(f' {k}="{v}"' for k, v in node.attrs) + ">"


def serialise(nodes: list, parts: list[str]) -> None:
    """Append the HTML of `nodes` to `parts`."""
    for node in nodes:
        if isinstance(node, str):
            parts.append(node)
            continue
        parts.append(start_tag(node))
        if node.tag not in VOID:
            serialise(node.kids, parts)
            parts.append(f"</{node.tag}>")
