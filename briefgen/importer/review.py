"""`briefgen review`: the queue of imported drafts — list, accept, reject (issue 11 §3).

Pending imports are article files that fetch wrote as drafts: `draft: true` and a
`guid:`. Accepting removes the `draft:` line (nothing else in the file changes), and
tells the feeds' state (state.record_edits) that the new bytes are briefgen's, not the
editor's: a file accepted but not edited still takes upstream changes with
`fetch --update`, instead of getting them beside it as an edited file does;
rejecting records a tombstone in `content/rejected.txt` (archive.py) and then deletes
the file, so `briefgen fetch` never imports the item again. Deleting an imported file by
hand ends the same way, as long as the feed's state remembers the file (ingest.py, `_vanished`).
An accepted file's new bytes are noted in the journal (journal.py) before they are written, and bytes the
journal holds are briefgen's, not edits, when `reject` asks (a run killed before it saved the states).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from briefgen.diagnostics import Diagnostic, did_you_mean, error, shown_line, warning
from briefgen.importer.archive import ARTICLES, Record, add_tombstone, read_front
from briefgen.importer.articles import sha, write_replacing
from briefgen.importer.frontedit import REMOVE, front_edit
from briefgen.importer.fetch import STATE_FOLDER
from briefgen.importer.journal import compact, load_journal
from briefgen.importer.state import load_all, record_edits


@dataclass(frozen=True, slots=True)
class Pending:
    slug: str
    path: str  # relative to the project root
    title: str
    source: str
    published: str
    guid: str
    url: str

    def line(self) -> str:
        return shown_line(f"{self.slug}  [{self.source}, {self.published}] {self.title}")


def pending(root: Path) -> list[Pending]:
    """Imported drafts, oldest first (then by slug)."""
    found = []
    folder = root / ARTICLES
    for path in sorted(folder.rglob("*.md")) if folder.is_dir() else ():
        if path.name.startswith((".", "_", "#")):
            continue
        try:
            front = read_front(path.read_bytes())
        except OSError:
            continue
        if not front or front.get("draft") is not True or not _text(front.get("guid")):
            continue
        published = front.get("published")
        when = published.isoformat() if isinstance(published, (dt.date, dt.datetime)) else _text(published)
        found.append(Pending(path.stem, path.relative_to(root).as_posix(), _text(front.get("title")),
                             _text(front.get("source")), when, _text(front.get("guid")), _text(front.get("url"))))
    return sorted(found, key=lambda p: (p.published, p.slug))


def decide(root: Path, action: str, slugs: tuple[str, ...], everything: bool,
           now: dt.datetime | None = None) -> tuple[list[str], list[Diagnostic]]:
    """Accept or reject the named pending imports (or all of them); lines to print, problems.

    All or nothing: every name is checked first — a name that is no pending import, a file that cannot be
    read, a draft whose `draft: true` cannot be removed (accept), a draft the editor edited (reject) — and
    when any fails, nothing is done and each problem says "nothing was accepted/rejected". A tester
    (2026-12-05): `review reject a b` with a edited said "nothing was rejected" of a, yet rejected and
    deleted b; `accept` stopped on an unknown name only. Only a failure while writing (a full disk) can
    leave some done: those are listed, and the error names the one that failed."""
    queue = {p.slug: p for p in pending(root)}
    chosen = list(queue.values()) if everything else []
    unknown = []
    for slug in slugs:
        if slug.endswith(".md"):
            slug = slug[:-3].rsplit("/", 1)[-1]
        if slug in queue:
            chosen.append(queue[slug])
        else:
            unknown.append(slug)
    verb = "accepted" if action == "accept" else "rejected"
    problems = [error("briefgen review", 0, f'"{slug}" is no pending import{did_you_mean(slug, queue)}; '
                                            f"`briefgen review` lists them (nothing was {verb})") for slug in unknown]
    now = now or dt.datetime.now(dt.timezone.utc)
    states = load_all(root / STATE_FOLDER)
    written = {record.path: record.written for state in states for record in state.items.values()
               if record.path and record.written}
    # briefgen's bytes: what a state records, and what the journal says was written (a run killed before saving)
    journal = load_journal(root / STATE_FOLDER)
    ours = set(written.values()) | set(journal.prints)
    planned: list[tuple[Pending, bytes, bytes | None]] = []  # item, its bytes, the accepted bytes
    for item in dict.fromkeys(chosen):
        try:
            raw = (root / item.path).read_bytes()
        except OSError as exc:
            problems.append(error(item.path, 1, f"cannot {action} ({exc.strerror or exc}): nothing was {verb}"))
            continue
        if action == "accept":
            edit = front_edit(raw, "draft", REMOVE)
            if edit.data is None:  # (a flow mapping `{…, draft: true}` lost every key here: a trial's)
                problems.append(error(item.path, edit.line, f"{edit.why}; nothing was accepted: remove "
                                                            "`draft: true` by hand, or leave this one out"))
                continue
            planned.append((item, raw, edit.data))
        elif _edited_here(item.path, raw, written, ours):
            problems.append(error(item.path, 1, (
                "edited since `briefgen fetch` imported it, and rejecting deletes the file: nothing was "
                "rejected. Keep it with `briefgen review accept`, or delete the file yourself to reject it "
                "(the next fetch records that); leave it out to reject the others")))
        else:
            planned.append((item, raw, None))
    if problems:
        return [], problems
    done = []
    edits: list[tuple[str, str, str]] = []  # accepted files: path, sha256 before and after
    for index, (item, raw, edited) in enumerate(planned):
        target = root / item.path
        try:
            if edited is not None:
                if sha(raw) in ours:  # briefgen's bytes before, so after: journaled before they are in place
                    journal.note(item.path, sha(edited))
                write_replacing(target, edited)
                edits.append((item.path, sha(raw), sha(edited)))
                done.append(f"accepted {item.path}")
            else:
                add_tombstone(root, Record("", item.guid, item.url, item.source, title=item.title), now)
                target.unlink()
                done.append(f"rejected {item.path} (recorded in content/rejected.txt; never imported again)")
        except OSError as exc:
            left = len(planned) - index - 1
            said = f"{len(done)} {'was' if len(done) == 1 else 'were'} {verb} before it" if done else \
                f"nothing was {verb}"
            rest = f", and the {left} after it left as they are" if left > 1 else \
                ", and the one after it left as it is" if left else ""
            problems.append(error(item.path, 1, f"cannot {action} ({exc.strerror or exc}); {said}{rest}"))
            break
    trouble = record_edits(root / STATE_FOLDER, edits)
    if not trouble and edits:
        compact(root / STATE_FOLDER, root)  # (a cache: a failure to rewrite it costs nothing)
    if trouble:
        problems.append(warning(STATE_FOLDER.as_posix(), 0, (
            f"{trouble}: `briefgen fetch --update` will take the accepted files for edited ones and write "
            "their upstream changes beside them (NAME.md.upstream)")))
    return done, problems


def _edited_here(path: str, raw: bytes, written: dict[str, str], ours: set[str]) -> bool:
    """Whether the file at `path` is known to differ from what fetch wrote there (its state's sha256 of the
    bytes): an editor's work, which `review reject` deleted without a word (a hostile trial, 2026-12-04). Bytes
    briefgen wrote (`ours`: any state's, or the journal's, when a run was killed before saving the states) are
    not an edit. Unknown (no state: .briefgen-cache deleted) is not edited."""
    return path in written and sha(raw) != written[path] and sha(raw) not in ours


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return str(value).strip()
