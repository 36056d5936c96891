"""`briefgen fetch`: entries of the configured feeds → new files in content/articles/.

Takes config.yaml; reads every feed (`feedread`), skips entries whose guid or link an
existing article already has, and writes one Markdown file per new entry. Gives a
`FetchResult`: per feed what was imported, and every problem as a diagnostic.

Existing files are never rewritten or replaced, so an editor's changes are never lost
(and updates of an entry already imported are not applied). A new file is created
atomically and exclusively: written under a hidden temporary name, then hard-linked to
its final name, which fails instead of replacing a file that appeared meanwhile.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefgen.load.config import load_config
from briefgen.load.documents import SLUG
from briefgen.diagnostics import Diagnostic, error, has_errors
from briefgen.importer.read import FeedItem, FeedRead, local_path, read_feeds
from briefgen.load.frontmatter import split
from briefgen.load.files import is_content_file
from briefgen.site.model import slugify
from briefgen.load.text import decode
from briefgen.load.yamltext import load_mapping

ARTICLES = Path("content") / "articles"
MAX_SLUG = 72  # characters; longer slugs are cut at a hyphen
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}

try:  # libyaml: dumping about 6x faster
    _SafeDumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _SafeDumper = yaml.SafeDumper


class _FrontMatterDumper(_SafeDumper):  # type: ignore[misc, valid-type]
    """`yaml.safe_dump`, except that datetimes are written as ISO 8601 with a `T` and
    their offset (2023-05-10T09:00:00+03:00) rather than PyYAML's space-separated form."""


_FrontMatterDumper.add_representer(
    dt.datetime, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat()))


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    url: str
    written: tuple[str, ...]  # new files, relative to the project root
    already: int  # entries skipped because their guid or link is already imported
    failed: bool


@dataclass(frozen=True, slots=True)
class FetchResult:
    feeds: tuple[FeedOutcome, ...]  # in config order; empty when none are configured
    diagnostics: tuple[Diagnostic, ...]
    config_ok: bool  # False: config.yaml has errors and nothing was fetched

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)

    @property
    def written(self) -> int:
        return sum(len(f.written) for f in self.feeds)

    @property
    def already(self) -> int:
        return sum(f.already for f in self.feeds)


@dataclass(slots=True)
class Imported:
    """What content/articles already holds: identities to skip and file names taken."""

    keys: set[str] = field(default_factory=set)  # guids and urls
    slugs: set[str] = field(default_factory=set)


def fetch_feeds(config_path: Path, now: dt.datetime | None = None) -> FetchResult:
    """Import new entries of every configured feed; `now` stands in for entries without a date."""
    root = config_path.resolve().parent
    display = config_path.name
    config, problems = load_config(config_path, display)
    if config is None or has_errors(problems):
        return FetchResult((), tuple(problems), False)
    if not config.feeds:
        return FetchResult((), tuple(problems), True)
    folder = root / ARTICLES
    imported = index_articles(folder)
    now = now or dt.datetime.now(config.tz).replace(microsecond=0)
    outcomes = []
    for read in read_feeds(config.feeds, root, display):
        problems += read.problems
        if read.failed:
            outcomes.append(FeedOutcome(read.spec.url, (), 0, True))
            continue
        outcome, trouble = _import(read, root, folder, imported, now, display)
        outcomes.append(outcome)
        problems += trouble
    return FetchResult(tuple(outcomes), tuple(problems), True)


def index_articles(folder: Path) -> Imported:
    """Guids, urls and slugs of the articles already there. A file whose front matter does
    not parse only reserves its name: it is never read for identities, nor overwritten."""
    imported = Imported()
    if not folder.is_dir():
        return imported
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in files:
            if not name.endswith(".md"):
                continue
            imported.slugs.add(name[:-3].lower())
            if not is_content_file(name):
                continue
            try:
                with open(os.path.join(directory, name), "rb") as handle:
                    raw = handle.read()
            except OSError:
                continue
            _index_front(raw, imported)
    return imported


def _index_front(raw: bytes, imported: Imported) -> None:
    text, _ = decode(raw, "")
    parts = split(text, "")[0] if text is not None else None
    if parts is None:
        return
    # The bounded loader (aliases, nesting), and guids as written (`guid: 010` is "010", not 8).
    front, _ = load_mapping(parts.front, "")
    if front is None:
        return
    for key in ("guid", "url"):
        value = front.raw.get(key, front.get(key))
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            imported.keys.add(str(value).strip())
    slug = front.get("slug")
    if isinstance(slug, str):
        imported.slugs.add(slug.strip().lower())


def _import(read: FeedRead, root: Path, folder: Path, imported: Imported, now: dt.datetime,
            display: str) -> tuple[FeedOutcome, list[Diagnostic]]:
    source = read.spec.source or read.title or _name_of(read.spec.url, root)
    written: list[str] = []
    already = 0
    for item in read.items:
        keys = {k for k in (item.guid, item.link) if k}
        if keys & imported.keys:
            already += 1
            continue
        text = render_article(item, source, read.spec.topics, now)
        try:
            if not written:
                folder.mkdir(parents=True, exist_ok=True)
            slug = _create(folder, item.title, text, imported.slugs)
        except OSError as exc:
            where = f"{ARTICLES.as_posix()}/"
            message = (f"feed {read.spec.url}: cannot write a new file in {where} "
                       f"({exc.strerror or exc}); {len(written)} entries were imported before this")
            return FeedOutcome(read.spec.url, tuple(written), already, True), [
                error(display, read.spec.line, message)]
        imported.keys |= keys
        written.append(f"{ARTICLES.as_posix()}/{slug}.md")
    return FeedOutcome(read.spec.url, tuple(written), already, False), []


def _name_of(url: str, root: Path) -> str:
    """An outlet name when neither config nor feed gives one: the host, or the file's name."""
    host = re.match(r"^https?://(?:[^@/]*@)?([^/:?#]+)", url, re.I)
    if host:
        return host.group(1).lower().removeprefix("www.")
    path = local_path(url, root)
    return path.stem if path is not None and path.stem else url


def render_article(item: FeedItem, source: str, topics: tuple[str, ...], now: dt.datetime) -> str:
    """The article file: YAML front matter by the YAML dumper (titles may hold quotes,
    colons, `---`), then the sanitised body kept as one raw HTML block, which Markdown
    leaves as it is (the build sanitises it again)."""
    front: dict[str, object] = {"title": item.title, "source": source, "published": item.published or now}
    if item.published is None:
        front["date_inferred"] = True
    if item.link:
        front["url"] = item.link
    front["guid"] = item.guid
    if item.authors:
        front["author"] = item.authors[0] if len(item.authors) == 1 else list(item.authors)
    if topics:
        front["topics"] = list(topics)
    if item.tags:
        front["tags"] = list(item.tags)
    dumped = yaml.dump(front, Dumper=_FrontMatterDumper, sort_keys=False, allow_unicode=True,
                       default_flow_style=False, width=1_000_000)
    body = f"<div>\n{item.body_html}\n</div>\n" if item.body_html else ""
    return f"---\n{dumped}---\n{body}"


def article_slug(title: str) -> str:
    slug = slugify(title, fallback="article")
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG + 1].rsplit("-", 1)[0]
        slug = (cut if len(cut) >= MAX_SLUG // 2 else slug[:MAX_SLUG]).strip("-")
    return slug if SLUG.match(slug) else "article"


def _create(folder: Path, title: str, text: str, taken: set[str]) -> str:
    """Write `text` to a new `<slug>.md` (`-2`, `-3`… when taken); return the slug."""
    data = text.encode("utf-8", "replace")  # "replace": a lone surrogate from a broken feed
    base = article_slug(title)
    slug, number = base, 1
    while True:
        if slug not in taken:
            taken.add(slug)
            try:
                _write_exclusive(folder / f"{slug}.md", data)
                return slug
            except FileExistsError:  # appeared since we looked (the editor, another fetch)
                pass
        number += 1
        slug = f"{base}-{number}"


def _write_exclusive(target: Path, data: bytes) -> None:
    """Create `target` with `data`, complete or not at all; never replace an existing file."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.briefgen-tmp")  # hidden: builds skip it
    with open(temp, "xb") as handle:
        handle.write(data)
    try:
        os.link(temp, target)  # atomic, and fails with FileExistsError if the name is taken
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINKS:
            raise
        # A file system without hard links: exclusive creation still never replaces a file.
        with open(target, "xb") as handle:
            try:
                handle.write(data)
            except OSError:
                target.unlink()  # ours, half written
                raise
    finally:
        os.unlink(temp)
