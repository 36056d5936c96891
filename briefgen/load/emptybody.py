"""A body that shows nothing on its page: a warning, never an empty page without a word.

Takes a content file's body as written and as the page shows it (sanitised HTML); gives the
warning to make, or None. Two cases:

- Something was written, but nothing of it shows: only link definitions (`[r]: https://…`),
  HTML comments, empty tags, `&nbsp;` or zero-width characters. Said always (unless the body
  already has a warning, such as text removed with a `<script>`, which says why).
- Nothing was written (an empty body, or only spaces and blank lines): an article without
  `url:` then has a page with nothing to read or follow, and a note is a title alone; both
  are said. An article with `url:` and no body is a link to the original (as `briefgen fetch`
  imports an entry that has no summary), and stays quiet.

Shown means text a reader sees (a printable character other than a space) or an image.

Also a body that still holds the placeholder `briefgen new` wrote (`PLACEHOLDERS`): published,
it told readers to "Summarise the article in your own words" without a word to the editor (a trial).
"""
from __future__ import annotations

import html
import re

from briefgen.load.markup import plain_text
from briefgen.load.text import shows_text

# The comment `briefgen new` writes after the outlet it fills in (config.yaml's first source): while it is there,
# the editor has not looked at the line (a trial published an article under another outlet's name).
SOURCE_COMMENT = "the outlet that published it"
_SOURCE_LINE = re.compile(r"source:[^#\n]*#\s*" + re.escape(SOURCE_COMMENT) + r"\s*$")
ARTICLE_PLACEHOLDER = "Summarise the article in your own words; quote briefly and attribute."
NOTE_PLACEHOLDER = "What the reader should know about it, in a few sentences."
# The bodies `briefgen new` writes (scaffold.py), and writes no more: a note's was "Why it matters" under
# `kind: context` (a trial: the placeholder named another kind than the file's).
PLACEHOLDERS = (ARTICLE_PLACEHOLDER, NOTE_PLACEHOLDER, "Why it matters, in a few sentences.")
_PLACEHOLDERS = [(text, re.compile(r"\s+".join(map(re.escape, text.split())))) for text in PLACEHOLDERS]

_TEXT = re.compile(r"(?:^|>)([^<]+)")  # the text between tags (sanitised HTML: every "<" starts a tag)


def shows_something(body_html: str) -> bool:
    """Whether a sanitised body has text a reader sees or an image.

    Read a stretch of text between tags at a time, stopping at the first visible one (the
    body's first words, as a rule): its plain text (`markup.plain_text`, which `_seen` is
    the definition with) took ~0.1 ms a body, ~1 s of CPU in a cold build of 10,000 articles.
    A sanitised body escapes every "&" that starts no entity, so no entity spans two stretches.
    """
    if "<img" in body_html:
        return True
    return any(_visible(html.unescape(found.group(1))) for found in _TEXT.finditer(body_html))


_visible = shows_text


def _seen(body_html: str) -> bool:
    """`shows_something` by its definition (tests/load/test_empty_body.py holds the two equal)."""
    return "<img" in body_html or _visible(plain_text(body_html))


def empty_body_warning(body: str, body_html: str, article: bool, has_url: bool) -> tuple[int, str] | None:
    """(0-based line within `body`, message) when the body shows nothing and the editor should
    know (see the module docstring), else None. `article`: an article (else a note)."""
    if shows_something(body_html):
        return None
    written = body.strip()
    if written:
        line = body[:body.index(written[0])].count("\n")
        return line, ("nothing of this body shows on the page: it holds only link definitions, comments, empty "
                      "tags or invisible characters; write the text to show, or remove what is here")
    if article and not has_url:
        return 0, ("this article has no body and no `url:`, so its page has nothing to read or follow; write a "
                   "summary below the front matter, or add the link to the original as `url:`")
    if not article:
        return 0, "this note has no text, so it is published as a title alone; write it below the front matter"
    return None


def placeholder_warnings(body: str, body_html: str) -> list[tuple[int, str]]:
    """(0-based line within `body`, message) for each placeholder sentence of `briefgen new`
    (`PLACEHOLDERS`) the body still holds and its page shows: wrapped over lines too, and not when
    only an HTML comment holds it (a second trial: one of two placeholders was said, a wrapped one
    never, one in a comment was said to be published)."""
    found: list[tuple[int, str]] = []
    for placeholder, pattern in _PLACEHOLDERS:
        written = pattern.search(body) if placeholder.split()[0] in body else None  # (every body is read)
        if written is not None and placeholder in " ".join(plain_text(body_html).split()):  # (~0.1 ms: found only)
            found.append((body.count("\n", 0, written.start()), f'"{placeholder}" is the placeholder `briefgen '
                          "new` wrote, and would be published as written; replace it with your own text"))
    return sorted(found)


def source_placeholder_warning(text: str, line: int, source: object, draft: bool) -> tuple[int, str] | None:
    """(1-based line, message) when the `source:` line of an article that is no draft still holds the outlet and
    the comment `briefgen new` wrote (`SOURCE_COMMENT`): published under the first outlet of config.yaml whoever
    wrote it (a trial, 2026-12-04: only "matches no topic" was said). `text`: the file's text; `line`: the
    `source:` key's line. None when the comment is gone (the editor kept or changed the outlet) or in a draft."""
    lines = text.splitlines()
    if draft or not 0 < line <= len(lines) or not _SOURCE_LINE.match(lines[line - 1]):
        return None
    return line, (f'"source: {source}" still carries the comment `briefgen new` wrote beside the outlet it filled '
                  f"in (the first of config.yaml's `sources:`): make it the outlet that published this article, "
                  f'then delete the comment "# {SOURCE_COMMENT}"')
