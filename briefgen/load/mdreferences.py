"""A reference link's label right after its text, as in CommonMark (the Markdown renderer's instances).

python-markdown reads `[text] [label]` — one space or line end between the brackets, Markdown.pl's
old spelling — as one link: "text" to the address defined for `label`. Editors write two links
so, each a defined label ("the [IMF] [report]", "[Reuters]" at a line's end and "[AP]" starting
the next): the first word went to the second's address and the second word was lost, without a
word (found by the editors' Markdown property test, tests/load/test_editor_bodies.py). CommonMark
(GitHub, editors' previews) allows nothing between the brackets (0.31, 6.3 "Links": a full
reference link is the link text *immediately followed* by the label), and so does
`adjacent_labels`: `[a] [b]` is two shortcut links, or text where a label is undefined, every word
shown. `[text][label]` and `[text][]` are read as before.
"""
from __future__ import annotations

import re

import markdown

_LABEL = re.compile(r"\[([^\]]*)\]", re.DOTALL)  # python-markdown's RE_LINK without its leading `\s?`


def adjacent_labels(md: markdown.Markdown) -> None:
    """Make `md`'s reference links and images (`[text][label]`, `![alt][label]`) take a label only
    right after the closing bracket."""
    for name in ("reference", "image_reference"):
        if name in md.inlinePatterns and hasattr(md.inlinePatterns[name], "RE_LINK"):
            md.inlinePatterns[name].RE_LINK = _LABEL
