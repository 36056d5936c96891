"""Text that is one line by nature, folded when a line break got into it (fields.Fields.text, text_list).

A title, an outlet's name, an author, a tag or an id is shown on one line: in <title>, a feed's
<title> and <dc:creator>, a byline, JSON-LD. YAML lets a value run on: a block scalar (`title: |`
keeps every break; `>` those before a more-indented line) or a quoted `"…\\n…"`. A trial's two-line
`title: |` kept its break in <title>, the feeds and the pages. Folding keeps every word the editor
wrote (an error would stop the build for a layout slip), and the warning says how to write it.
"""
from __future__ import annotations

import re

# Every character Python's str.splitlines() breaks at (\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029),
# with the spaces and tabs around it.
_BREAK = re.compile(r"[ \t]*[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029][\s]*")


def fold_lines(text: str) -> str | None:
    """`text` (stripped) with each line break, and the white space around it, made one space; None when
    it holds no line break. `"Talks stall\\n  in Geneva"` → `"Talks stall in Geneva"`."""
    if text.isprintable() or not _BREAK.search(text):
        return None
    return _BREAK.sub(" ", text)


def folded_message(key: str, folded: str) -> str:
    """The warning for a value of `key` folded to `folded` (shortened past 80 characters)."""
    shown = folded if len(folded) <= 80 else folded[:77] + "…"
    return (f'"{key}" is one line but holds a line break (YAML\'s `|` or `>` keeps them, and "\\n" writes one), '
            f'so it is read as "{shown}"; write it on one line (in quotes if it holds ": " or " #")')
