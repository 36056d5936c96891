"""Likely typos in `story:` lines: an id one or two letters from an id or slug that exists (docs/stories.md,
"A likely typo in a story id").

Takes a build's site model (site.model.Site); gives the typos found and their warnings, `path:line: message`.
`build`, `check` and `serve` (terminal and advice panel) all say them, as build warnings: a typo'd id is published
as the story's address (stories/<typo>/) and would stay there. gone.py asks `meant_id` so that the advice for a page
that left the site never says to write an id back that would be warned about as a typo.

A likely typo: `story: <id>` given by one article's line only, naming no article (no file name or `slug:` is the
id), and within TYPO_EDITS letters (optimal string alignment: inserted, dropped, changed or swapped letters) of an
article's slug or another story's id. A lone id of its own is legitimate (it names a story kept apart, as the
sample does) and is not flagged unless it is that close to another. A new editor (UX1, 2026-12-07) wrote
`story: example-ceasefire-framwork`: `build` said nothing, `check` suggested spreading the typo to the article it
was meant to name, and the story was published at stories/example-ceasefire-framwork/.

The letters allowed scale with the ids' length (`typo_edits`, FX117; breaker BR69 found "g20" warned as a typo of
"a00", "iran" of "iraq", "eu" of "g7"): none for ids of 4 letters or fewer (the shorter id's letters, digits and
hyphens not counted: "us-ca" and "us-cn", "mali" and "bali" are different places), 1 for 5 to 8, 2 for longer ones
("framwork" within "example-ceasefire-framework"); short ids are abbreviations, where one letter makes another word.
Ids whose numbers differ are a numbered series, never a typo ("talks-day-2" beside "talks-day-1" and "talks-day-10",
"nato-2026", "cop30", "g8"): a slip in a number is not told from the next in a series, and precision comes first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.text import nfc

TYPO_EDITS = 2  # letters inserted, dropped, changed or swapped: "framwork" for "framework" (one); the most, for long ids


def typo_edits(first: str, second: str) -> int:
    """The letters (0..TYPO_EDITS) by which two ids may differ and one still be a likely typo of the other: 0 when
    their numbers differ (a numbered series: "talks-day-2", "talks-day-10") or the shorter has 4 letters or fewer, 1
    for 5 to 8 letters, else TYPO_EDITS (module docstring; FX117). Letters: alphabetic characters (digits and
    hyphens not counted)."""
    if re.findall(r"\d+", first) != re.findall(r"\d+", second):
        return 0
    letters = min(sum(c.isalpha() for c in first), sum(c.isalpha() for c in second))
    return 0 if letters <= 4 else 1 if letters <= 8 else TYPO_EDITS


@dataclass(frozen=True, slots=True)
class StoryTypo:
    path: str  # the article whose `story:` line gives the id, "content/articles/x.md"
    story: str  # the id as written
    meant: str  # the nearest id or article slug
    edits: int  # letters between them, 1..TYPO_EDITS
    others: int  # other reports the automatic grouping put in the story of that id


def nearest(word: str, known: Iterable[str]) -> tuple[int, str] | None:
    """(letters apart, id) of the id in `known` closest to `word` (ties: the first in sorted order), or None when
    none is within the letters `typo_edits` allows the two; `word` itself is never its own nearest."""
    from rapidfuzz import process  # (imported only when there is an id to compare: ~30 ms)
    from rapidfuzz.distance import OSA

    near = [k for k in known if k != word and abs(len(k) - len(word)) <= TYPO_EDITS]  # (compared in C, at once)
    close = sorted((int(d), k) for k, d, _ in process.extract(word, near, scorer=OSA.distance,
                                                             score_cutoff=TYPO_EDITS, limit=None)
                   if d <= typo_edits(word, k))
    return close[0] if close else None


def story_typos(site: Any) -> list[StoryTypo]:
    """The likely typos of the `story:` lines of `site` (a site.model.Site), by id."""
    users: dict[str, list[Any]] = {}
    for entry in site.entries:
        story = entry.article.story
        if story and story != "none":
            users.setdefault(story, []).append(entry)
    slugs = {entry.article.slug for entry in site.entries}
    lone = {story: entries[0] for story, entries in users.items() if len(entries) == 1 and story not in slugs}
    if not lone:
        return []
    known = sorted({story.id for story in site.stories} | slugs)
    sizes = {story.id: len(story.reports) for story in site.stories}
    found = []
    for story, entry in sorted(lone.items()):
        close = nearest(story, (k for k in known if k != entry.article.slug))  # (never the article itself)
        if close is not None:
            found.append(StoryTypo(entry.article.path, story, close[1], close[0],
                                   max(sizes.get(entry.story, 1) - 1, 0) if entry.story == story else 0))
    return found


def typo_warnings(root: Path, typos: list[StoryTypo]) -> list[Diagnostic]:
    """A warning for each of `typos`, at its `story:` line (read from the file under `root`; 1 when unread)."""
    found = []
    for typo in typos:
        letters = f"{typo.edits} letter{'s' if typo.edits > 1 else ''}"
        now = (f"as written, the automatic grouping made it the id of a story of this and {typo.others} other "
               f"report{'s' if typo.others > 1 else ''}, published at stories/{typo.story}/"
               if typo.others else "as written, it names no story but this article's own")
        found.append(warning(typo.path, story_line(root, typo.path), (
            f'story id "{typo.story}" may be a typo: it is {letters} from "{typo.meant}"; no other article\'s '
            f"`story:` line gives it and no article is named so, so this line joins no article by it ({now}); "
            f'did you mean "{typo.meant}"?')))
    return found


def meant_id(story_id: str, site: Any) -> str:
    """The id or slug of `site` that `story_id` is likely a typo of, were it written in a `story:` line now, or ""
    (gone.py: the advice to write `story: <id>` again is not given for such an id)."""
    if site is None:
        return ""
    slugs = {entry.article.slug for entry in site.entries}
    if story_id in slugs or any(entry.article.story == story_id for entry in site.entries):
        return ""
    close = nearest(story_id, sorted({story.id for story in site.stories} | slugs))
    return close[1] if close else ""


def story_line(root: Path, path: str) -> int:
    """The line of the `story:` key in an article's file (1 when it cannot be read)."""
    try:
        text = nfc((root / path).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return 1
    found = re.search(r"^story\s*:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 1
