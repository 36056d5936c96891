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
