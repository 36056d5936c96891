"""Markdown written inside a raw HTML block, which python-markdown publishes as written.

CommonMark (GitHub, editors' previews) ends an HTML block at a blank line, so in

    <details>
    <summary>Background</summary>

    The talks *began* in March:
    - Geneva

    </details>

the part after the blank line is Markdown: emphasis, a list. python-markdown reads a block that
starts with a block-level tag as HTML up to its closing tag, so that part was published with its
asterisks and hyphens as text, without a word. `markdown_in_raw_blocks` finds such parts in the
blocks python-markdown kept as HTML, for a warning at their line (nothing is changed: in HTML an
asterisk may be meant).
"""
from __future__ import annotations

import functools
import re
from typing import Any

_HIDDEN = re.compile(r"<!--.*?(?:-->|$)|<(pre|code|script|style)\b.*?</\1>", re.S | re.I)
_TAG_NAME = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)")
# Marks that are Markdown and seldom meant as characters in HTML: emphasis, code, a link or an image,
# a heading, a list item or a quotation at a line's start; a backslash escaping a punctuation mark
# (`\|` in a table row, `\*`: published with its backslash) but another backslash (a `\\server` path),
# and a line of three or more -, *, _ or = (a rule, or a heading's underline, published as the marks).
_MARKDOWN = re.compile(r"(?<![\w*])\*\*?[^\s*][^*\n]*?(?<=\S)\*|(?<![\w_])__?[^\s_][^_\n]*?(?<=\S)_(?![\w])|"
                       r"`[^`\n]+`|!?\[[^\]\n]+\]\([^)\s]+\)|^[ ]{0,3}(?:#{1,6}[ ]|[-*+][ ]+\S|\d{1,9}[.)][ ]+\S|>)|"
                       r"(?<!\\)\\[!-\[\]-`{-~]|^[ ]{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$",
                       re.M)


def markdown_in_raw_blocks(stash: Any) -> list[tuple[str, str]]:
    """(block's first tag, the first part with Markdown) for each raw HTML block in python-markdown's
    `md.htmlStash` whose text after a blank line, not starting with a tag, holds Markdown marks
    (`_MARKDOWN`), outside comments and code: what CommonMark would read as Markdown."""
    found: list[tuple[str, str]] = []
    for block in getattr(stash, "rawHtmlBlocks", ()):
        if not isinstance(block, str) or "\n\n" not in block:
            continue
        tag = _TAG_NAME.match(block.lstrip())
        if tag is None:  # a comment, a processing instruction: never shown
            continue
        for part in _HIDDEN.sub("", block).split("\n\n")[1:]:
            # A part that starts with a tag is HTML to CommonMark too (an HTML block begins there):
            # "<p>Rated *5 stars*</p>" from a feed (`briefgen fetch` writes bodies as one <div>) is quiet.
            if not part.lstrip().startswith("<") and _MARKDOWN.search(part) is not None:
                found.append((tag.group(1).lower(), part.strip()))
                break
    return found


def raw_block_warning(tag: str) -> str:
    """The warning for Markdown inside the raw HTML block `<tag>`."""
    return (f"Markdown inside the HTML block <{tag}> is shown as written (its asterisks, backticks, brackets, "
            f"backslashes and list marks as text): python-markdown reads a block that starts with <{tag}> as HTML up to "
            f"</{tag}>; write that part in HTML (<p>, <em>, <code>, <a href=…>, <ul><li>), or move it out of "
            "the block")


_BLOCK_START = re.compile(r"^ {0,3}<([A-Za-z][A-Za-z0-9]*)(?=[\s/>])([^>]*)", re.M)
_VOID = frozenset({"hr"})  # (a block-level element with no closing tag: a block of its own line)


@functools.cache
def _block_level() -> frozenset[str]:
    """The elements python-markdown reads as a raw HTML block when one starts a line (`Markdown.block_level_elements`,
    asked of the installed version)."""
    import markdown

    return frozenset(markdown.Markdown().block_level_elements)


@functools.lru_cache(maxsize=8)
def raw_block_spans(source: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in the Markdown `source` of each raw HTML block python-markdown publishes as written:
    from a line opened (after at most 3 spaces) by a block-level tag to its matching closing tag (nested ones of the
    same name counted), or to the end of the text when it has none; none with a `markdown=` attribute (md_in_html
    reads inside it). Markdown written there is text, not a link: droppedlinks.address_offset passes over it (a
    tester, 2026-12-05: `[call](javascript:…)` inside a `<div>` was named instead of the `<a href>` lines below)."""
    if "<" not in source:
        return ()
    spans: list[tuple[int, int]] = []
    at = 0
    while (start := _BLOCK_START.search(source, at)) is not None:
        tag = start.group(1).lower()
        if tag not in _block_level() or "markdown=" in start.group(2).lower():
            at = start.end()
            continue
        end = len(source)
        if tag in _VOID:
            line_end = source.find("\n", start.end())
            end = len(source) if line_end == -1 else line_end
        else:
            depth = 0
            for found in re.finditer(rf"<(/?){tag}\b[^>]*?(/?)>", source[start.start():], re.I):
                depth += -1 if found.group(1) else 0 if found.group(2) else 1
                if depth <= 0:
                    end = start.start() + found.end()
                    break
        spans.append((start.start(), end))
        at = max(end, start.end())
    return tuple(spans)
