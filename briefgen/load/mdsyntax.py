"""What the Markdown renderer's python-markdown instances get beyond their extensions: the
syntax editors write from CommonMark and GitHub that python-markdown lacks or reads otherwise.

One function, so that the renderer (markup.py) and the tests that compare lean instances with a
full one (tests/load/test_markdown_lean.py) set an instance up alike.
"""
from __future__ import annotations

import markdown

from briefgen.load.mdbreaks import backslash_breaks
from briefgen.load.mddefinitions import first_definitions
from briefgen.load.mdemphasis import keep_emphasis_text
from briefgen.load.mdfences import keep_tabs_in_fences
from briefgen.load.mdheadings import spaced_hash_headings
from briefgen.load.mdlists import read_lists_after_paragraphs
from briefgen.load.mdolists import read_paren_lists
from briefgen.load.mdreferences import adjacent_labels
from briefgen.load.mdstrike import strikethrough
from briefgen.load.mdtables import keep_extra_table_cells


def add_editors_syntax(md: markdown.Markdown) -> None:
    """Every row of a table kept whole (mdtables), lists and tables right after a paragraph and
    lists nested by two spaces (mdlists), ordered lists
    written `1)` (mdolists), a backslash line break (mdbreaks), the tabs of fenced
    code (mdfences; the caller puts them back with `mdfences.TAB_HELD`), ~~strikethrough~~ (mdstrike),
    reference links whose label follows the text without a space (mdreferences), emphasis that
    keeps every character of its text (mdemphasis) and the first definition of a link or footnote label
    kept, the later ones noted (mddefinitions), and `#` headings only with a space after the `#`s
    (mdheadings: `#Ukraine trended` stays text)."""
    keep_extra_table_cells(md)
    read_lists_after_paragraphs(md)
    read_paren_lists(md)
    backslash_breaks(md)
    keep_tabs_in_fences(md)
    strikethrough(md)
    adjacent_labels(md)
    keep_emphasis_text(md)
    first_definitions(md)
    spaced_hash_headings(md)
