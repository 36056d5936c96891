"""Per-feed fetch state: one JSON file per feed under `.briefgen-cache/feeds/`, written atomically.

What `briefgen fetch` remembers between runs (issue 11 §1–2): the validators as received
(ETag, Last-Modified), a hash of the last body, the last status, last success,
consecutive errors and the last error, when the feed may be asked again (back-off or
the server's Retry-After), a permanent redirect and on how many runs it was seen, the
last runs' counts (for `briefgen feeds`), and for every imported item the file it went
to, a fingerprint of its content and a hash of the bytes fetch wrote (for `--update`).

Times are UTC seconds since the epoch (floats). The state is a cache: deleting it costs
one full download and parse per feed, and `--update` then treats every file as
possibly edited (it writes new versions beside them instead of over them).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from briefgen.importer.temporaries import open_temporary, remove, temporary_for

STATE_VERSION = 1
BACKOFF_FIRST = 300.0  # seconds after the first failure; doubled per further failure
BACKOFF_CAP = 86400.0  # a day (issue 11: capped at a day, never disabled)
REDIRECT_RUNS = 3  # a permanent redirect seen on this many runs is reported
HISTORY_SECONDS = 30 * 86400


@dataclass(frozen=True, slots=True)
class Run:
    """One fetch of one feed: when, and what became of its items."""

    at: float
    status: int
    seen: int = 0
    new: int = 0
    updated: int = 0
    filtered: int = 0
    duplicate: int = 0


@dataclass(frozen=True, slots=True)
class Imported:
    """An item fetch wrote: where, what it looked like upstream, and the bytes written."""

    path: str  # relative to the project root
    fingerprint: str  # identity.fingerprint of the entry when last written or seen
    written: str  # sha256 of the file's bytes as fetch wrote them ("" when unknown)
    upstream: str = ""  # sha256 of the NAME.md.upstream fetch last wrote beside it ("" when none)
    # The entry's other identities when last seen (its guid when the feed was read by link or link + date, its
    # link, link + date; none that several entries shared): the file's `guid:` holds one, and the entry is
    # recognised by any of them (archive.Archive.remember) whatever the feed's identity mode becomes.
    aliases: tuple[str, ...] = ()
    # The entry's link when last seen ("" in a state saved before 2026-12-05): an entry of the feed with that link
    # whose identity is new, when this one's has left the feed, is this item (succession.py).
    link: str = ""


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""
    status: int = 0  # last HTTP status; 0: no answer; 200 for a local file read
    checked: float = 0.0
    last_success: float = 0.0
    last_new: float = 0.0  # when an item was last imported (stale after 30 days without)
    errors: int = 0  # consecutive failures
    last_error: str = ""  # in plain words
    next_allowed: float = 0.0
    rate_limited: bool = False  # next_allowed comes from the server's Retry-After
    gone: bool = False  # HTTP 410
    redirect_to: str = ""
    redirect_runs: int = 0
    mode: str = ""  # identity mode last used
    title: str = ""  # the feed's own title when last parsed
    # Items changed upstream and not applied when the feed was last parsed: `fetch --update` asks such a feed
    # without validators (`needs_body`). -1: a state saved before this was kept (its runs say).
    pending: int = -1
    runs: tuple[Run, ...] = ()
    items: dict[str, Imported] = field(default_factory=dict)  # identity → record
    # Articles whose `also_in:` edit for this feed's outlet was refused (frontedit.py) when the feed was last parsed:
    # path → `refusal_mark` of the file's bytes and the outlet. The warning is given once per such file and outlet,
    # again only when the file changes (alsoin.py; it was given on every run that found the duplicate).
    refused: dict[str, str] = field(default_factory=dict)


def state_path(folder: Path, url: str) -> Path:
    return folder / f"{hashlib.sha256(url.encode()).hexdigest()[:24]}.json"


def load_state(folder: Path, url: str) -> FeedState:
    """The stored state, or a fresh one when there is none or it cannot be read (it is a cache).
    A value of the wrong kind (a time that is text, infinite or past the year 9999, a count that
    is not a whole number) is a damaged cache: that value is the fresh state's (`_plain`)."""
    try:
        data = json.loads(state_path(folder, url).read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION or data.get("url") != url:
            return FeedState(url)
        data.pop("version")
        runs = (_plain(Run, r, None) if isinstance(r, dict) else None for r in data.get("runs", ()))
        data["runs"] = tuple(Run(**r) for r in runs if r is not None)
        data["items"] = _items(data.get("items", {}))
        refused = data.get("refused", {})
        data["refused"] = {k: v for k, v in refused.items() if isinstance(k, str) and isinstance(v, str)} \
            if isinstance(refused, dict) else {}
        return FeedState(**(_plain(FeedState, data, FeedState(url)) or {}))
    except (OSError, ValueError, TypeError, AttributeError):
        return FeedState(url)


LAST_TIME = 253402300799.0  # 9999-12-31 23:59:59 UTC: the last moment a datetime can show
_KINDS = {"str": str, "int": int, "float": float, "bool": bool}


def _plain(kind: type, data: dict, fresh: object) -> dict | None:
    """`data` with each field of the dataclass `kind` annotated str, int, float or bool of that
    kind — a float finite and within 0…LAST_TIME (the state's floats are times) — or, where it
    is not, `fresh`'s value; None instead when `fresh` is None. Other keys are the constructor's."""
    plain = dict(data)
    for spec in fields(kind):
        want = _KINDS.get(str(spec.type))
        if want is not None and spec.name in plain and not _is_kind(plain[spec.name], want):
            if fresh is None:
                return None
            plain[spec.name] = getattr(fresh, spec.name)
    return plain


def _is_kind(value: object, want: type) -> bool:
    if isinstance(value, bool) or want is bool:
        return isinstance(value, bool) and want is bool
    if want is float:
        return isinstance(value, (int, float)) and 0.0 <= value <= LAST_TIME  # (NaN is not)
    return isinstance(value, want)


def _items(stored: dict) -> dict[str, Imported]:
    """The item records that can be what fetch wrote. A record naming a file anywhere but
    content/articles/ (`../../x`, an absolute path, a backslash, a NUL…) is a damaged or
    tampered cache: it is dropped, and the item's file is found by its identity instead."""
    items = {}
    for key, value in stored.items():
        if not isinstance(value, list) or not 3 <= len(value) <= 6:
            continue
        link = value[5] if len(value) == 6 else ""
        *plain, aliases = value[:5] if len(value) >= 5 else (*value, [])
        if (all(isinstance(v, str) for v in plain) and isinstance(aliases, list) and isinstance(link, str)
                and all(isinstance(a, str) and a for a in aliases) and is_article_path(plain[0])):
            items[key] = Imported(*plain, aliases=tuple(aliases), link=link)
    return items


def is_article_path(rel: object) -> bool:
    """True for a project-relative path fetch may write: `content/articles/[FOLDER/…]NAME.md`,
    '/'-separated, every part a plain name — no `..`, `.`, empty or hidden part, no backslash,
    NUL or control character. (Symlinks are checked where a file is written: ingest.py.)"""
    if not isinstance(rel, str) or not rel.endswith(".md"):
        return False
    parts = rel.split("/")
    return len(parts) >= 3 and parts[:2] == ["content", "articles"] and all(
        part and not part.startswith(".") and "\\" not in part and not any(ord(c) < 32 or c == "\x7f" for c in part)
        for part in parts)


def load_all(folder: Path) -> list[FeedState]:
    """Every stored state (for `briefgen feeds`), unreadable ones left out."""
    states = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            url = json.loads(path.read_text(encoding="utf-8")).get("url", "")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(url, str) and url:
            states.append(load_state(folder, url))
    return states


def save_state(folder: Path, state: FeedState) -> str:
    """Write the state atomically (temporary file, then rename); "" or why it failed."""
    data = asdict(state)
    data["items"] = {k: [v.path, v.fingerprint, v.written]
                     + ([v.upstream] if v.upstream or v.aliases or v.link else [])
                     + ([list(v.aliases)] if v.aliases or v.link else []) + ([v.link] if v.link else [])
                     for k, v in state.items.items()}
    data["version"] = STATE_VERSION
    target = state_path(folder, state.url)
    temp = temporary_for(target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open_temporary(temp) as handle:
            handle.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        os.replace(temp, target)
    except OSError as exc:
        remove(temp)
        return f"cannot save the feed's state in {folder} ({exc.strerror or exc})"
    return ""


def after_edits(state: FeedState, edits: list[tuple[str, str, str]]) -> FeedState:
    """`state` after briefgen itself changed files — fetch (`also_in:`), `briefgen review accept`
    (the `draft:` line): `(path, sha256 before, sha256 after)`. Such a change is not the
    editor's: an item whose file fetch (or review) left as it was before the change now has
    the bytes after it as its `written` hash, so `--update` still applies upstream changes to
    it. A file whose bytes were not ours before (the editor edited it) keeps its old hash,
    and stays the editor's whatever briefgen changes in it afterwards."""
    items = dict(state.items)
    for path, old, new in edits:
        for key, record in items.items():
            if record.path == path and record.written and record.written == old:
                items[key] = replace(record, written=new)
    return replace(state, items=items) if items != state.items else state


def record_edits(folder: Path, edits: list[tuple[str, str, str]]) -> str:
    """`after_edits` applied to every feed state stored in `folder`; "" or why one could not be saved."""
    for state in load_all(folder) if edits else ():
        changed = after_edits(state, edits)
        if changed is not state:
            trouble = save_state(folder, changed)
            if trouble:
                return trouble
    return ""


def needs_body(state: FeedState) -> bool:
    """True when `fetch --update` must have this feed's whole body, parsed, even if it did not change: the
    last parse found items changed upstream that were not applied (`FeedState.pending`; for a state saved
    before that was kept, its last run that parsed anything changed some). Every other feed is asked with
    its validators, as a plain fetch asks it: `--update` downloaded every feed in full (a trial: 13 of 13
    answered 200)."""
    if state.pending >= 0:
        return state.pending > 0
    parsed = [run for run in state.runs if run.seen]
    return bool(parsed and parsed[-1].updated)


def waiting(state: FeedState, now: float, force: bool) -> bool:
    """True while the feed must not be asked: the server's Retry-After always counts; the
    back-off after failures and a 410 do not with `--force`."""
    if state.rate_limited and now < state.next_allowed:
        return True
    if force:
        return False
    return state.gone or now < state.next_allowed


def after_failure(state: FeedState, now: float, status: int, reason: str, retry_after: float | None = None,
                  gone: bool = False) -> FeedState:
    """The feed gave nothing usable. The next attempt waits for the server's Retry-After when
    it sent one (429, 503), else backs off exponentially, capped at a day."""
    errors = state.errors + 1
    if retry_after is not None:
        next_allowed, limited = min(retry_after, now + BACKOFF_CAP), True
    else:
        next_allowed, limited = now + min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** min(errors - 1, 20)), False
    return replace(state, status=status, checked=now, errors=errors, last_error=reason,
                   next_allowed=next_allowed, rate_limited=limited, gone=gone,
                   runs=_recent(state.runs + (Run(now, status),), now))


def after_answer(state: FeedState, now: float, status: int, permanent: str) -> FeedState:
    """The feed answered (200 or 304): errors reset; a permanent redirect counted per run.
    The validators are not touched here (see `with_validators`)."""
    if permanent and permanent != state.url:
        runs = state.redirect_runs + 1 if permanent == state.redirect_to else 1
        redirect = permanent
    else:
        runs, redirect = 0, ""
    return replace(state, status=status, checked=now, last_success=now, errors=0, last_error="",
                   next_allowed=0.0, rate_limited=False, gone=False, redirect_to=redirect,
                   redirect_runs=runs)


def with_validators(state: FeedState, etag: str, last_modified: str, body_hash: str) -> FeedState:
    """Validators and body hash to send next time: only once the items they vouch for are written."""
    return replace(state, etag=etag, last_modified=last_modified, body_hash=body_hash)


def with_unchanged_answer(state: FeedState, status: int, headers: Mapping[str, str], body_hash: str) -> FeedState:
    """`state` after an answer that brought nothing new (a 200 whose bytes are the stored ones, or a 304) with
    its `headers` (lower-case names) and `body_hash`.

    Its validators are stored as the next request's (a 200's all of them, a missing one too; a 304's only
    those it carries, RFC 9111 §4.3.4), so that the next run asks with the server's current ETag and
    Last-Modified and gets a 304 (RFC 9110 §13.1). Before 2026-12-05 only a 200 whose items were parsed
    stored them: a feed rewritten with the same bytes and a new Last-Modified kept the old validators and
    was downloaded in full on every later run (a tester's local server, T10 finding 9)."""
    etag, last_modified = headers.get("etag", ""), headers.get("last-modified", "")  # (lower-case names: http.py)
    if status == 200:
        return replace(state, etag=etag, last_modified=last_modified, body_hash=body_hash or state.body_hash)
    if status == 304 and (etag or last_modified):
        return replace(state, etag=etag or state.etag, last_modified=last_modified or state.last_modified)
    return state


def without_validators_if_lost(state: FeedState, root: Path) -> FeedState:
    """`state` without its validators and body hash when a file it imported is gone from the project `root`: the
    feed is then read again, even unchanged, so that the deletion becomes a tombstone in content/rejected.txt now
    (ingest._vanished). Read only when the feed changed, a deletion was known only to this disposable state, and
    the item came back once .briefgen-cache/ was deleted (a hostile trial, 2026-12-04). One lstat per item."""
    if not (state.etag or state.last_modified or state.body_hash):
        return state
    if all(not record.path or os.path.lexists(root / record.path) for record in state.items.values()):
        return state
    return replace(state, etag="", last_modified="", body_hash="")


def with_run(state: FeedState, run: Run, mode: str, items: dict[str, Imported]) -> FeedState:
    last_new = run.at if run.new else state.last_new
    return replace(state, runs=_recent(state.runs + (run,), run.at), mode=mode or state.mode, items=items,
                   last_new=last_new)


def _recent(runs: tuple[Run, ...], now: float) -> tuple[Run, ...]:
    return tuple(r for r in runs if r.at >= now - HISTORY_SECONDS)[-1000:]
