"""Article files written by `briefgen fetch` and `briefgen review`: created, replaced, edited in place.

- `render_article`: an item → the file's text, front matter by `load.frontmatter.write`
  (the one writer, never string formatting), then the sanitised body as one raw HTML
  block, which Markdown leaves as it is (the build sanitises it again).
- `create`: a new `<slug>.md`, atomically and exclusively (a hidden temporary file,
  then a hard link to the final name, which fails instead of replacing a file that
  appeared meanwhile; `-2`, `-3`… when the name is taken).
- `replace_if_unchanged`: `--update` rewrites a file only while its bytes are still the
  ones fetch wrote (the editor has not touched it).
- `edit_front` (frontedit.py, re-exported): one front-matter key set or removed with every other line kept
  byte for byte, or refused (`also_in:` on an existing article, `draft:` on accepting a review).
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from briefgen.importer.frontedit import REMOVE, edit_front  # noqa: F401 (re-exported)
from briefgen.importer.read import FeedItem
from briefgen.importer.temporaries import open_temporary, remove, temporary_for
from briefgen.load import listlike
from briefgen.load.frontmatter import FrontValue, write
from briefgen.site.urls import MAX_IMPORTED_SLUG as MAX_SLUG, title_slug  # noqa: F401 (MAX_SLUG: re-exported)

_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}


def render_article(item: FeedItem, source: str, topics: tuple[str, ...], now: dt.datetime, *,
                   draft: bool = False, extra_tags: tuple[str, ...] = (), published: FrontValue = None,
                   date_inferred: bool | None = None, also_in: tuple[str, ...] = (), site_language: str = "") -> str:
    """The article file for `item`. `published` overrides the item's date (an update keeps the
    first one); without either, `now` is used and `date_inferred: true` says so. The entry's
    language is written (`language:`) when it is not `site_language` (the briefing's), by their
    primary subtags: an `en-US` feed in an `en` briefing is the briefing's language."""
    when: FrontValue = published if published is not None else item.published or now
    inferred = (item.published is None) if date_inferred is None else date_inferred
    front: dict[str, FrontValue] = {"title": item.title, "source": source, "published": when}
    if inferred:
        front["date_inferred"] = True
    if item.link:
        front["url"] = item.link
    front["guid"] = item.guid
    if item.language and item.language.split("-")[0].lower() != site_language.split("-")[0].lower():
        front["language"] = item.language
    if item.authors:
        # one author that reads as several ("Jane Doe, John Smith", as feeds often write a byline) is
        # written as a list of one: the feed's own reading, without the build's comma warning (listlike.py)
        one = len(item.authors) == 1 and not listlike.items(item.authors[0], "names")
        front["author"] = item.authors[0] if one else list(item.authors)
    if topics:
        front["topics"] = list(topics)
    tags = tuple(dict.fromkeys(item.tags + extra_tags))
    if tags:
        front["tags"] = list(tags)
    if also_in:
        front["also_in"] = list(also_in)
    if draft:
        front["draft"] = True
    body = f"<div>\n{item.body_html}\n</div>\n" if item.body_html else ""
    return write(front, body)


def article_slug(title: str, language: str = "") -> str:
    """A new article's file slug in a briefing in `language` (the rule lives in site/urls.py with every other
    slug rule)."""
    return title_slug(title, language=language)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(text: str) -> bytes:
    return text.encode("utf-8", "replace")  # "replace": a lone surrogate from a broken feed


def create(folder: Path, title: str, data: bytes, taken: set[str], language: str = "",
           before: Callable[[Path], None] | None = None) -> str:
    """Write `data` to a new `<slug>.md` in `folder` (`-2`, `-3`… when taken; `language`: the briefing's, for
    the slug); return the slug. `before(path)` is called before a file is put in place (journal.py)."""
    base = article_slug(title, language)
    slug, number = base, 1
    while True:
        if slug not in taken:
            taken.add(slug)
            try:
                write_exclusive(folder / f"{slug}.md", data, before)
                return slug
            except FileExistsError:  # appeared since we looked (the editor, another fetch)
                pass
        number += 1
        slug = f"{base}-{number}"


def write_exclusive(target: Path, data: bytes, before: Callable[[Path], None] | None = None) -> None:
    """Create `target` with `data`, complete or not at all; never replace an existing file.
    On any failure (a full disk) nothing is left behind: neither the temporary file nor a
    partial target. `before(target)` is called once the bytes are ready, before they are put in place."""
    temp = temporary_for(target)
    try:
        with open_temporary(temp) as handle:
            handle.write(data)
        if before is not None:
            before(target)
        try:
            os.link(temp, target)  # atomic, and fails with FileExistsError if the name is taken
        except OSError as exc:
            if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINKS:
                raise
            # A file system without hard links: exclusive creation still never replaces a file.
            with open(target, "xb") as handle:
                try:
                    handle.write(data)
                    handle.flush()
                except OSError:
                    remove(target)  # ours, half written
                    raise
    finally:
        remove(temp)


def write_replacing(target: Path, data: bytes) -> None:
    """Write `target` atomically (temporary file, then rename over it); on failure the
    temporary file is removed and `target` is as it was."""
    temp = temporary_for(target)
    try:
        with open_temporary(temp) as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        remove(temp)
        raise


def write_beside(beside: Path, data: bytes, ours: set[str], before: Callable[[], None] | None = None) -> bool:
    """Write `data` to `beside` (an edited file's NAME.md.upstream) unless the editor has edited it: True when
    `beside` now holds `data`; False when it holds bytes fetch never wrote (`ours`: their sha256), which are kept.
    An editor merging by hand in that file lost the work to the next upstream change. `before()` is called
    just before it is written."""
    try:
        current = beside.read_bytes()
    except FileNotFoundError:
        current = None
    if current is not None and current != data and sha(current) not in ours:
        return False
    if current != data:
        if before is not None:
            before()
        write_replacing(beside, data)
    return True


def replace_if_unchanged(target: Path, expected: Callable[[str], bool], data: bytes,
                         before: Callable[[], None] | None = None) -> bool:
    """Replace `target` with `data` if `expected(sha256 of its bytes)` says they are still
    bytes fetch wrote; False otherwise. `before()` is called just before it is replaced."""
    try:
        current = target.read_bytes()
    except OSError:
        return False
    if not expected(sha(current)):
        return False
    if before is not None:
        before()
    write_replacing(target, data)
    return True
