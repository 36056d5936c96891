"""The write-ahead journal of the files briefgen writes into content/articles/: which bytes are its own.

Whether a file is the editor's or fetch's is told by the sha256 of its bytes: a feed's state records the
hash of what fetch wrote (state.py). The states are saved at the end of a run, so a run killed (SIGKILL)
after writing a file but before saving them left a file of fetch's that no state knew: the next
fetch took it for one the editor had written or edited, never updated it, and put each later upstream
version beside it as `NAME.md.upstream`, "edited here". The same gap was open between fetch's `also_in:`
edits, `briefgen review accept`'s `draft:` removal and the saving of their hashes.

So before a file is linked or renamed into place, one line is appended to `.briefgen-cache/feeds/journal`
and flushed: the file's path, the sha256 of its bytes and the fingerprint of the item written (identity.py;
"" for an edit of the front matter). On load, its hashes count as briefgen's (`Archive.ours`), a file with
no state record whose bytes it holds is fetch's with that fingerprint (`upstream.known`), and `review
reject` does not take such a file for an edited one. After a run has saved every state, `compact` keeps
only the lines no state records yet whose file still holds their bytes. A line cut short by a kill is skipped:
its file was never put in place. The line is flushed, not synced to the disk: this holds for a killed
process, whose written data the kernel keeps, not for a power cut. Like the states, the journal is a cache:
deleting it costs what deleting them does.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.importer.state import is_article_path, load_all
from briefgen.importer.temporaries import open_temporary, remove, temporary_for

JOURNAL = "journal"  # in the feed-state folder (not *.json: state.load_all does not take it for a state)


@dataclass(slots=True)
class Journal:
    """The journal of the state folder `folder`, as loaded; `note` appends to it."""

    folder: Path
    prints: dict[str, str] = field(default_factory=dict)  # sha256 of bytes written → item fingerprint ("" unknown)

    def note(self, path: str, digest: str, fingerprint: str = "") -> None:
        """Append (and flush) the line saying that the bytes with sha256 `digest` are to be written to the
        project-relative `path`; call it before they are put in place. Raises OSError when it cannot be
        written (then the file must not be written either)."""
        line = json.dumps({"path": path, "sha": digest, "fingerprint": fingerprint}, ensure_ascii=False)
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / JOURNAL, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
        self.prints.setdefault(digest, fingerprint)


def load_journal(folder: Path) -> Journal:
    """The journal in the feed-state folder `folder` (empty when there is none or it cannot be read)."""
    return Journal(folder, {line["sha"]: line["fingerprint"] for line in _lines(folder)})


def _lines(folder: Path) -> list[dict[str, str]]:
    """The journal's well-formed lines, in order; a line cut short, not of the journal's shape or naming a file
    fetch may not write (outside content/articles/: `state.is_article_path`) is skipped."""
    try:
        text = (folder / JOURNAL).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for raw in text.splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if (isinstance(line, dict) and all(isinstance(line.get(k), str) for k in ("path", "sha", "fingerprint"))
                and is_article_path(line["path"].removesuffix(".upstream"))):
            # (a path anywhere else is a damaged or tampered cache, as a state's is: state._items)
            found.append({k: line[k] for k in ("path", "sha", "fingerprint")})
    return found


def compact(folder: Path, root: Path) -> str:
    """Once every feed state is saved: keep only the journal's lines whose hash no state records (as
    `written` or `upstream`) and whose file in the project `root` still holds those bytes (one read per such
    line: they are few, those of a killed run); "" or why it could not be rewritten (it then stays as it was,
    which is safe: its lines only say which bytes are briefgen's)."""
    target = folder / JOURNAL
    if not os.path.exists(target):
        return ""
    lines = _lines(folder)
    recorded = {digest for state in load_all(folder) for record in state.items.values()
                for digest in (record.written, record.upstream) if digest}
    kept = [line for line in lines if line["sha"] not in recorded and _holds(root / line["path"], line["sha"])]
    temp = temporary_for(target)
    try:
        if not kept:
            os.unlink(target)
            return ""
        with open_temporary(temp) as handle:
            handle.write("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in kept).encode("utf-8"))
        os.replace(temp, target)
    except OSError as exc:
        remove(temp)
        return f"cannot rewrite {target} ({exc.strerror or exc})"
    return ""


def _holds(path: Path, digest: str) -> bool:
    """Whether the file at `path` holds the bytes whose sha256 is `digest`."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == digest
    except OSError:
        return False
