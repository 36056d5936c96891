"""`#` at a line's start makes a heading only when a space, a tab or the line's end follows it
(the Markdown renderer's instances).

CommonMark 0.31 (4.2 "ATX headings"): "The opening sequence of # characters must be followed by
spaces or tabs, or by the end of line", and a run of more than six is no heading; GitHub renders
alike. python-markdown takes any `#` to `######` at a line's start for a heading, so a trial's
`#Ukraine trended after the vote` and `#1 priority is a ceasefire` became <h2> headings without
their `#` and without a word. `spaced_hash_headings` gives python-markdown's heading processor a
pattern that asks for that space: such a line stays text, as the editor wrote it (a
paragraph, or part of the paragraph it is in), and `# Background` is a heading as before.
"""
from __future__ import annotations

import re
from typing import Any

import markdown
from markdown.blockprocessors import HashHeaderProcessor

# python-markdown 3's HashHeaderProcessor.RE with the lookahead after the opening sequence added.
_SPACED = re.compile(r"(?:^|\n)(?P<level>#{1,6})(?=[ \t\n]|$)"
                     r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)")


def spaced_hash_headings(md: markdown.Markdown, **_: Any) -> None:
    """Make `md`'s `#` heading processor ask for a space (or tab, or the line's end) after the `#`s,
    as CommonMark does. An instance whose `hashheader` is not python-markdown's own (an extension
    replaced it) is left as it is."""
    blocks = md.parser.blockprocessors
    if "hashheader" in blocks and type(blocks["hashheader"]) is HashHeaderProcessor:
        blocks["hashheader"].RE = _SPACED  # (the instance kept: mdlimits' meter and mdlean's gate wrap its test)
