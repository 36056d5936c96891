"""A backslash at the end of a line is a line break (the Markdown renderer's instances).

CommonMark (and GitHub, editors' previews) read a backslash ending a line of a paragraph as a
hard line break, as two trailing spaces are — and unlike those, it can be seen and survives
editors that trim trailing spaces. python-markdown reads only the spaces, so the backslash was
published as a "\\" in the text and the lines ran together. `backslash_breaks` adds the
pattern (CommonMark 0.31, 6.7 "Hard line breaks"); in code it stays a backslash.
"""
from __future__ import annotations

import markdown
from markdown.inlinepatterns import SubstituteTagInlineProcessor

BACKSLASH_BREAK = r"\\\n"
NAME = "backslash_break"


def backslash_breaks(md: markdown.Markdown) -> None:
    """Register the pattern on `md`: after code spans (190, whose text is kept as written) and
    backslash escapes (180: in `\\` + line end the backslash is escaped, a "\" and no break),
    before links (160), so that a break inside a link's text is one too."""
    md.inlinePatterns.register(SubstituteTagInlineProcessor(BACKSLASH_BREAK, "br"), NAME, 179)
