"""Ordered list items written `1)` are list items (the Markdown renderer's instances).

CommonMark 0.31 (5.2 "List items") reads an ordered list marker as 1-9 digits followed by `.`
or `)`; editors write `1)` (word processors paste it, GitHub shows it as a list). python-markdown
reads only `1.`, and published

    1) a ceasefire line
    2) prisoner exchanges

as one paragraph, "1) a ceasefire line 2) prisoner exchanges". `read_paren_lists` registers a
second ordered-list processor for `)` beside python-markdown's (sane_lists') for `.`: the same
parsing, the same `<ol start="N">` for a list starting at another number. Where such an item may
start after a paragraph's line, and how it nests, is mdlists' work, which reads both delimiters.

A list is a sequence of items of one type, and a change of delimiter starts a new list
(CommonMark 0.31, 5.3 "Lists"): `1. a` then `1) b` are two lists, also with a blank line
between them, where python-markdown would have joined the second to the first (its sibling
rule) or read `1) b` as text of the item `a`. Each processor therefore splits its block at an
item of the other delimiter and joins only a list of its own delimiter; a list's delimiter is
held in an attribute that `_ForgetDelimiters` removes before the HTML is written.
"""
from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as etree

import markdown
from markdown.blockparser import BlockParser
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.treeprocessors import Treeprocessor

_DELIMITER = "data-briefgen-delimiter"  # on an <ol> of `)` items while the tree is built; never written
# An item of either delimiter, indented as python-markdown reads a nested one (4-7 spaces; `\d+.`
# as python-markdown has it).
_NESTED = re.compile(r"^[ ]{4,7}(?:\d+\.|\d{1,9}\)|[*+-])[ ]+.*")


class _DelimitedOList(SaneOListProcessor):
    """sane_lists' ordered-list processor for items whose marker ends in `delimiter`."""

    def __init__(self, parser: BlockParser, delimiter: str) -> None:
        super().__init__(parser)
        mark = re.escape(delimiter)
        self.delimiter = delimiter
        self.RE = re.compile(rf"^[ ]{{0,3}}\d{{1,9}}{mark}[ ]+(.*)")
        self.CHILD_RE = re.compile(rf"^[ ]{{0,3}}((\d{{1,9}}{mark}))[ ]+(.*)")
        self.INDENT_RE = _NESTED
        other = ")" if delimiter == "." else "."
        self._other = re.compile(rf"\n[ ]{{0,3}}\d{{1,9}}{re.escape(other)}[ ]+\S")

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        other = self._other.search(block) if "\n" in block else None
        if other is not None:  # a list of the other delimiter starts there: a block of its own
            blocks[0:1] = [block[:other.start()], block[other.start() + 1:]]
        sibling = self.lastChild(parent)
        self.SIBLING_TAGS = ["ol"] if sibling is not None and self._delimiter_of(sibling) == self.delimiter else []
        super().run(parent, blocks)
        made = self.lastChild(parent) if parent.tag not in ("ol", "ul") else parent
        if self.delimiter != "." and made is not None and made.tag == "ol":
            made.set(_DELIMITER, self.delimiter)

    @staticmethod
    def _delimiter_of(element: etree.Element) -> str | None:
        return element.get(_DELIMITER, ".") if element.tag == "ol" else None


class _ForgetDelimiters(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for ol in root.iter("ol"):
            ol.attrib.pop(_DELIMITER, None)


def read_paren_lists(md: markdown.Markdown, **_: Any) -> None:
    """Register on `md` (with sane_lists) an ordered-list processor for `1)` items beside the one
    for `1.`, each keeping to its delimiter, and let bullet lists nest either. An instance whose
    `olist` is not sane_lists' (another extension replaced it) is left as it is."""
    blocks = md.parser.blockprocessors
    if "olist" not in blocks or type(blocks["olist"]) is not SaneOListProcessor:
        return
    blocks.register(_DelimitedOList(md.parser, "."), "olist", 40)
    blocks.register(_DelimitedOList(md.parser, ")"), "olist_paren", 39)
    if "ulist" in blocks and type(blocks["ulist"]) is SaneUListProcessor:
        blocks["ulist"].INDENT_RE = _NESTED
    md.treeprocessors.register(_ForgetDelimiters(md), "forget_list_delimiters", 30)
