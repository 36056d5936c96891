"""What `ingest` takes and gives for one feed: the run's `Settings` and the `Ingested` result, and the helpers
both ingest.py (new items) and upstream.py (known items) use: where a file may be written, an item's fingerprint,
the note about words the sanitiser removed."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.diagnostics import Diagnostic
from briefgen.importer.archive import ARTICLES
from briefgen.importer.identity import fingerprint
from briefgen.importer.read import FeedItem
from briefgen.importer.state import Imported, is_article_path
from briefgen.load.config import ImportSettings
from briefgen.load.files import Confinement

BESIDE_SUFFIX = ".upstream"  # `x.md.upstream`: not a .md file, so builds leave it alone


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path
    display: str  # the config file's name, for diagnostics
    imports: ImportSettings
    now: dt.datetime  # aware, in the site's timezone
    update: bool  # --update: apply upstream changes
    language: str = "en"  # the briefing's (config.yaml `language:`): an entry in another gets `language:`
    base_url: str = ""  # the briefing's own address (config.yaml `base_url:`): an entry linking there is not imported


@dataclass(slots=True)
class Ingested:
    new: int = 0
    same: int = 0
    updated: int = 0  # changed upstream (applied or not)
    pending: int = 0  # changed upstream and not applied (no --update, a write failed, the editor's .upstream kept)
    filtered: int = 0
    duplicate: int = 0
    rejected: int = 0
    written: list[str] = field(default_factory=list)  # new files
    rewritten: list[str] = field(default_factory=list)  # --update: files replaced
    beside: list[str] = field(default_factory=list)  # --update: edited files, new version beside them
    notes: list[str] = field(default_factory=list)  # for `fetch -v`
    problems: list[Diagnostic] = field(default_factory=list)
    items: dict[str, Imported] = field(default_factory=dict)
    edited: list[tuple[str, str, str]] = field(default_factory=list)  # also_in edits: path, old and new sha256
    dropped: list[str] = field(default_factory=list)  # files written without words (FeedItem.dropped): 'path (…)'
    stripped: list[str] = field(default_factory=list)  # files written without addresses (FeedItem.stripped): 'path: …'
    beacons: list[str] = field(default_factory=list)  # files written without images taken for beacons: 'path: …'
    refused_before: dict[str, str] = field(default_factory=dict)  # FeedState.refused as the run found it
    refused: dict[str, str] = field(default_factory=dict)  # this run's refused also_in: edits (FeedState.refused)
    write_failed: bool = False


def note_dropped(item: FeedItem, path: str, result: Ingested) -> None:
    """Note that the file at `path` was written from `item` without the words `item.dropped` says, the
    addresses `item.stripped` says and the images the boilerplate pass removed (`item.unseen`, `item.beacons`)."""
    if item.dropped:
        result.dropped.append(f"{path}: {item.dropped}")
        result.notes.append(f'"{item.title}" ({path}) lacks {item.dropped}, which the sanitiser removed')
    # (a video, its poster, an image's other sizes, a link's target: a tester, 2026-12-05; the entry's own link,
    # which no `url:` may be: BR24, 2026-12-06)
    refused = f"its link `{_cut(item.refused_link)}` (so no `url:`)" if item.refused_link else ""
    lacks = " and ".join(part for part in (refused, item.stripped) if part)
    if lacks:
        result.stripped.append(f"{path}: {lacks}")
        result.notes.append(f'"{item.title}" ({path}) lacks {lacks}, which '
                            + ("the sanitiser removed" if not refused else "briefgen refuses (an article's `url:` is an "
                               "absolute http(s) address, a body's links http(s), mailto: or relative)"))
    if item.unseen:  # (tracking images and furniture: named, never silent — a tester, 2026-12-05)
        result.notes.append(f'"{item.title}" ({path}): {_images(item.unseen)} left out as tracking images or page '
                            "furniture (they show nothing, come from a tracking host, or sat in share buttons)")
    if item.beacons:
        result.beacons.append(f"{path}: {_images(item.beacons)}")
        result.notes.append(f'"{item.title}" ({path}): {_images(item.beacons)} left out, taken for tracking images '
                            "by their address")


def _images(addresses: tuple[str, ...]) -> str:
    """'1 image (https://…)', '3 images (a, b, …)': at most two addresses shown."""
    shown = ", ".join(addresses[:2]) + (", …" if len(addresses) > 2 else "")
    return f"{len(addresses)} image{'s' if len(addresses) != 1 else ''} ({shown})"


def inside_articles(root: Path, rel: str) -> Path | None:
    """The file at project-relative `rel` if it is, after resolving symlinks, inside
    content/articles/ (wherever that folder really is); None otherwise. Paths come from the
    state (a cache anyone may have edited) or a scan, and fetch must never write elsewhere."""
    if not is_article_path(rel):
        return None
    folder = os.path.realpath(root / ARTICLES)
    real = os.path.realpath(root / rel)
    return root / rel if real != folder and Confinement((folder,)).allows(real) else None


def item_fingerprint(item: FeedItem) -> str:
    """identity.fingerprint of the item's content (title, link, authors, tags, body; never its dates)."""
    return fingerprint(item.title, item.link, item.authors, item.tags, item.body_html)


def _cut(address: str, most: int = 60) -> str:
    """`address` as a warning shows it: at most `most` characters, backticks (which would end its quoting) as '."""
    address = address.replace("`", "'")
    return address if len(address) <= most else address[:most - 1] + "…"
