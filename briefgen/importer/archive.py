"""What the project already holds: imported and hand-written articles, and rejected items.

Takes content/articles/ (every `.md` file's guid, url, source, draft flag) and the
tombstones file `content/rejected.txt`; gives an `Archive` that answers "is this entry
known?" the way SPEC and issue 8 §7 ask:

- by identity (the `guid:` fetch wrote) first: an article of the same outlet with the
  entry's identity is the entry. A guid is unique only within its feed (RSS 2.0 and real
  feeds: `1234`, `post-17`), so an article of *another* outlet with the same guid is the
  entry unless both have links and they differ, or neither has one: then the two are
  different reports and both are imported. A tombstone without a source (written by hand) matches any feed;
- by link only across outlets: an entry whose canonical link an article of *another*
  source (or a hand-written article without a guid) already has is a duplicate — it
  creates no file, the existing article records it in `also_in:` (issue 11 §2). Within
  one outlet two guids with one link are two items (advisories that share a landing page).

Tombstones are kept in the project, not in the disposable cache: rejecting an item is
an editorial decision (issue 11 §3), and deleting `.briefgen-cache/` must not bring
rejected items back. One line per item, tab-separated: identity, link, source, date
rejected (UTC), title. The file may be edited by hand; lines starting with # are comments.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.importer.journal import Journal
from briefgen.importer.links import dedup_key
from briefgen.importer.state import FeedState, Imported
from briefgen.load.files import is_content_file
from briefgen.load.frontmatter import split
from briefgen.load.text import decode, nfc
from briefgen.load.yamltext import load_mapping

ARTICLES = Path("content") / "articles"
TOMBSTONES = Path("content") / "rejected.txt"
_HEADER = ("# Items rejected with `briefgen review reject` (or whose imported file was deleted): `briefgen fetch` "
           "never imports them again.\n"
           "# One per line, tab-separated: identity, link, source, rejected (UTC), title.\n")

_AS_WRITTEN = ("guid", "url", "source", "title", "slug")  # identity fields, never retyped


@dataclass(frozen=True, slots=True)
class Record:
    path: str  # relative to the project root ("" for a tombstone)
    guid: str
    url: str
    source: str
    draft: bool = False
    rejected: bool = False
    title: str = ""


@dataclass(slots=True)
class Archive:
    """Mutable during one fetch run: entries written in this run are added as they are written."""

    by_guid: dict[str, list[Record]] = field(default_factory=dict)  # a guid may be several outlets'
    by_link: dict[str, list[Record]] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)
    # The sha256 of every version of a file fetch wrote, as any feed's state records it, and of
    # this run's writes: a file holding such bytes is fetch's, not the editor's, whichever feed
    # wrote it (several feeds of one outlet may carry one item; `ingest._known`).
    ours: set[str] = field(default_factory=set)
    beside: set[str] = field(default_factory=set)  # files given NAME.md.upstream in this run
    records: dict[str, Imported] = field(default_factory=dict)  # per file: a feed's record of writing it
    journal: Journal | None = None  # the write-ahead journal (journal.py): noted before each write of the run

    def remember_journal(self, journal: Journal) -> None:
        """Take in the journal's record of the bytes briefgen wrote (a run killed before saving the states
        leaves them only there): they are fetch's too, and what this run writes is noted in it."""
        self.journal = journal
        self.ours.update(journal.prints)

    def note(self, path: str, data: bytes, fingerprint: str = "") -> None:
        """Journal that `data` is about to be written to `path` (raises OSError when that cannot be noted)."""
        if self.journal is not None:
            self.journal.note(path, hashlib.sha256(data).hexdigest(), fingerprint)

    def journaled(self, root: Path, path: str, mark: str) -> Imported | None:
        """The record of the file at `path` that only the journal has (a run killed before saving the states
        wrote it): its bytes' hash, and the fingerprint of the item written (else `mark`, today's). None when
        the journal does not hold its bytes; the file is read only when the journal has lines."""
        if self.journal is None or not self.journal.prints:
            return None
        try:
            digest = hashlib.sha256((root / path).read_bytes()).hexdigest()
        except OSError:
            return None
        if digest not in self.journal.prints:
            return None
        return Imported(path, self.journal.prints[digest] or mark, digest)

    def remember(self, states: list[FeedState]) -> None:
        """Take in what the stored feed states say fetch wrote: every state's, also of a feed no
        longer in config.yaml — its URL changed, as `moved permanently …; update the URL` asks, and
        the new URL's state starts empty (a file's record is then its old feed's)."""
        for state in states:
            for key, record in state.items.items():
                self.ours.update(sha for sha in (record.written, record.upstream) if sha)
                self.records.setdefault(record.path, record)
                self._alias(key, record)

    def _alias(self, key: str, record: Imported) -> None:
        """Make the article the state records under `key` findable by the entry's other identities too
        (`Imported.aliases`: its guid when the feed was read by link + date, …), while the file at the
        recorded path still carries `guid: key`. Its file has one `guid:`, and an entry the feed then
        sent re-dated, in another identity mode, was imported a second time (a trial, 2026-12-04)."""
        article = next((r for r in self.by_guid.get(key, ()) if r.path == record.path), None)
        for alias in record.aliases if article is not None else ():
            if alias != key and article not in self.by_guid.get(alias, ()):
                self.by_guid.setdefault(alias, []).append(article)

    def add(self, record: Record) -> None:
        if record.guid:
            self.by_guid.setdefault(record.guid, []).append(record)
        if record.url:
            self.by_link.setdefault(dedup_key(record.url), []).append(record)

    def find(self, guid: str, link: str, source: str, aliases: tuple[str, ...] = (),
             shared: frozenset[str] = frozenset()) -> tuple[str, Record | None]:
        """("same" | "rejected" | "duplicate" | "new", the record it matched).

        `guid` is the entry's identity in the feed's mode of this run; `aliases` its identities
        in the other modes. The guid counts for an article of another outlet unless both have
        links and they differ (guids are unique within a feed, not across feeds: RSS 2.0
        `<guid>`; an outlet renamed in `source:` keeps its links), or neither has a link (two
        outlets' `<guid>1234</guid>` alone say nothing of being one report). An alias counts only for an
        article of the same outlet (it is this feed's entry, imported when the feed had another
        mode), and an alias that several entries of the feed share (a repeated guid) only for
        the article with the entry's link.

        A rejected item's link (compared by `dedup_key`, so trackers, scheme and `www.` aside) keeps
        out every entry with that link, of any outlet, whatever else changed — its guid, title, text:
        an outlet that re-sent a rejected story with a new guid and a new title had it imported again.
        Not when the link is no item's own: several entries of the feed share it in this run (`shared`:
        a live blog, a landing page of advisories), or the outlet has an article with it that the editor
        kept (one of several items on that page).
        """
        key = dedup_key(link) if link else ""
        best: tuple[tuple[int, int, int, int], Record] | None = None
        for rank, identity in enumerate((guid, *aliases)):
            for record in self.by_guid.get(identity, ()) if identity else ():
                linked = bool(key and record.url and dedup_key(record.url) == key)
                ours = record.source.casefold() == source.casefold() or (record.rejected and not record.source)
                if not ours and (rank or key and record.url and not linked or not key and not record.url):
                    continue  # another outlet's guid with another link, or neither has one: the same text by chance
                if rank and identity in shared and (not key or dedup_key(record.url or identity) != key):
                    continue
                # The most specific match wins: an article with the entry's link (a guid reused for
                # another link is weaker evidence), matched by more than the bare link (several
                # entries may share a link: link mode took them for one), of the entry's outlet.
                score = (0 if linked else 1, 1 if identity == link else 0, rank, 0 if ours else 1)
                if best is None or score < best[0]:
                    best = (score, record)
        if best is not None:
            return ("rejected" if best[1].rejected else "same"), best[1]
        linked = self.by_link.get(dedup_key(link), ()) if link else ()
        tombstone = next((r for r in linked if r.rejected), None)
        if tombstone is not None and link not in shared and not any(
                not r.rejected and r.guid and r.source.casefold() == source.casefold() for r in linked):
            return "rejected", tombstone  # whatever else changed: a new guid, title, text, trackers
        for record in linked:
            if not record.guid or record.source.casefold() != source.casefold():
                return ("rejected" if record.rejected else "duplicate"), record
        return "new", None


def load_archive(root: Path) -> Archive:
    """Every article's identities and every file name taken. A file whose front matter does
    not parse only reserves its name: it is never read for identities, nor overwritten."""
    archive = Archive()
    folder = root / ARTICLES
    if folder.is_dir():
        for directory, subdirs, files in os.walk(folder):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
            for name in sorted(files):
                if not name.endswith(".md"):
                    continue
                archive.slugs.add(name[:-3].lower())
                if is_content_file(name):
                    path = os.path.join(directory, name)
                    _index(path, Path(path).relative_to(root).as_posix(), archive)
    for record in read_tombstones(root):
        archive.add(record)
    return archive


def read_front(raw: bytes) -> dict | None:
    """A content file's front matter as plain values, or None when it does not parse."""
    text, _ = decode(raw, "")
    parts = split(text, "")[0] if text is not None else None
    if parts is None:
        return None
    # The build's own bounded loader (aliases and nesting are limited), so a hostile article
    # cannot stall `fetch`. Identities are read as written: YAML would retype `guid: 010`.
    front, _ = load_mapping(parts.front, "")
    if front is None:
        return None
    return {**front, **{key: front.raw[key] for key in _AS_WRITTEN if key in front.raw}}


def _index(path: str, rel: str, archive: Archive) -> None:
    try:
        with open(path, "rb") as handle:
            front = read_front(handle.read())
    except OSError:
        return
    if front is None:
        return
    archive.add(Record(rel, _text(front.get("guid")), _text(front.get("url")), _text(front.get("source")),
                       front.get("draft") is True, False, _text(front.get("title"))))
    slug = front.get("slug")
    if isinstance(slug, str):
        archive.slugs.add(slug.strip().lower())


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return str(value).strip()


def read_tombstones(root: Path) -> list[Record]:
    try:
        lines = nfc((root / TOMBSTONES).read_text(encoding="utf-8")).splitlines()  # as identities are (read.py)
    except (OSError, UnicodeDecodeError):
        return []
    records = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        parts = (line.split("\t") + [""] * 5)[:5]
        records.append(Record("", parts[0].strip(), parts[1].strip(), parts[2].strip(), rejected=True,
                              title=parts[4].strip()))
    return records


def add_tombstone(root: Path, record: Record, when: dt.datetime) -> int:
    """Append one rejected item; its line number in the file. Raises OSError when the file
    cannot be written."""
    path = root / TOMBSTONES
    fields = [record.guid, record.url, record.source, when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
              record.title]
    line = "\t".join(" ".join(f.split()) for f in fields) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "rb") as handle:
            before = handle.read()
    except FileNotFoundError:
        before = None
    if before and not before.endswith(b"\n"):
        line = "\n" + line  # the editor's last line, without its newline, stays a line of its own
    with open(path, "a", encoding="utf-8") as handle:
        handle.write((_HEADER if before is None else "") + line)
    return (_HEADER.count("\n") if before is None else before.count(b"\n")) + line.count("\n")
