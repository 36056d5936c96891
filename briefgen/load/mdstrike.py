"""Strikethrough, `~~text~~`, is deleted text (the Markdown renderer's instances).

GitHub's Markdown (and editors' previews) show `~~$5 billion~~ $5 million` with the first
figure struck through: the way a correction shows what it corrects. python-markdown has no
strikethrough, so the tildes were published as text, "~~$5 billion~~ $5 million", as if both
figures stood. `strikethrough` adds GitHub's pattern (two tildes each side, GFM 0.29 6.5) as
`<del>`, which the sanitiser keeps; in code the tildes stay as written.
"""
from __future__ import annotations

import markdown
from markdown.inlinepatterns import SimpleTagInlineProcessor

# Two tildes, text that neither starts nor ends with white space, two tildes; no third tilde either side.
STRIKETHROUGH = r"(?<!~)(~~)(?!~)(?=\S)(.+?)(?<=\S)(?<!~)~~(?!~)"
NAME = "strikethrough"


def strikethrough(md: markdown.Markdown) -> None:
    """Register the pattern on `md`, after code, escapes, links and raw HTML (it is inline text
    markup, tried where emphasis is: before it, 65 > 60, so `~~*x*~~` is both)."""
    md.inlinePatterns.register(SimpleTagInlineProcessor(STRIKETHROUGH, "del"), NAME, 65)
    if "~" not in md.ESCAPED_CHARS:  # `\~~not struck~~` shows its tildes (CommonMark escapes any punctuation)
        md.ESCAPED_CHARS.append("~")
