"""`briefgen feeds` (and `fetch --status`): each configured feed's state, in plain words.

Takes config.yaml and the feeds' state files (state.py); gives one `FeedStatus` per
configured feed, in config order: OK, stale (nothing new in 30 days), failing,
rate-limited, gone, redirected or not fetched yet; the last answer in plain words
("HTML page instead of a feed", "timeout after 20 s"); the age of the last success;
items imported in the last 30 days; and the share of the last fetched items that were
filtered out or duplicates of other feeds' articles; and a reminder for every upstream correction still
waiting beside an edited article (load/upstreamfiles.py), as `check`, `build` and `fetch` give one.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from briefgen.durations import duration_words
from briefgen.diagnostics import Diagnostic, has_errors, shown_line
from briefgen.importer.fetch import STATE_FOLDER
from briefgen.importer.read import is_remote
from briefgen.importer.state import REDIRECT_RUNS, FeedState, load_state
from briefgen.load.config import load_config
from briefgen.load.upstreamfiles import waiting_upstreams
from briefgen.load.webaddresses import redacted
from briefgen.paths import real_path

STALE_SECONDS = 30 * 86400


@dataclass(frozen=True, slots=True)
class FeedStatus:
    url: str
    name: str
    state: str  # OK | stale | failing | rate-limited | gone | redirected | new
    detail: str  # the last answer, in plain words
    since_success: float | None  # seconds since the last success; None: never
    items_30_days: int
    filtered_share: float  # of the items in the last parsed fetch
    duplicate_share: float

    def line(self) -> str:
        age = "never" if self.since_success is None else f"{age_words(self.since_success)} ago"
        return (shown_line(f"{self.state:<12} {self.name} ({self.url})") + "\n" + shown_line(
            f"             last success {age}; {self.items_30_days} new in 30 days; "
            f"{self.filtered_share:.0%} filtered, {self.duplicate_share:.0%} duplicate; {self.detail}"))


def feed_statuses(config_path: Path, now: float | None = None) -> tuple[list[FeedStatus], list[Diagnostic]]:
    config, problems = load_config(config_path, config_path.name)
    if config is None or has_errors(problems):
        return [], problems
    now = time.time() if now is None else now
    folder = real_path(config_path).parent / STATE_FOLDER
    rows = []
    for spec in config.feeds:
        state = load_state(folder, spec.url)
        rows.append(status_of(state, spec.source or state.title or spec.shown, now, is_remote(spec.url)))
    return rows, problems + waiting_upstreams(real_path(config_path).parent)  # (upstream corrections to merge)


def status_of(state: FeedState, name: str, now: float, remote: bool = True) -> FeedStatus:
    recent = [r for r in state.runs if r.at >= now - STALE_SECONDS]
    parsed = [r for r in state.runs if r.seen]
    last = parsed[-1] if parsed else None
    seen = last.seen if last else 0
    since = now - state.last_success if state.last_success else None
    return FeedStatus(redacted(state.url), name, _state(state, now, remote), _detail(state, remote), since,
                      sum(r.new for r in recent), last.filtered / seen if seen else 0.0,
                      last.duplicate / seen if seen else 0.0)


def _state(state: FeedState, now: float, remote: bool) -> str:
    if not state.checked:
        return "new"
    if state.gone:
        return "gone"
    if remote and state.rate_limited and now < state.next_allowed:
        return "rate-limited"
    if state.errors:
        return "failing"
    if state.redirect_to and state.redirect_runs >= 1:
        return "redirected"
    first = state.runs[0].at if state.runs else state.checked
    if now - (state.last_new or first) > STALE_SECONDS or (not state.last_new and now - first > STALE_SECONDS):
        return "stale"
    return "OK"


def _detail(state: FeedState, remote: bool = True) -> str:
    """The last outcome in plain words; a local file (`remote` False) is never backed off and has no
    HTTP status (docs/fetch.md)."""
    if not state.checked:
        return "not fetched yet"
    if state.gone:
        return f"gone: {state.last_error}"
    if state.errors:
        times = f"{state.errors} time{'s' if state.errors != 1 else ''} in a row"
        retry = f"; next try after {_when(state.next_allowed)}" if remote else "; tried again on every fetch"
        return f"failing {times}: {state.last_error}{retry}"
    if not remote:
        return "read from the local file"
    if state.redirect_to:
        hint = "; update the URL in config.yaml" if state.redirect_runs >= REDIRECT_RUNS else ""
        return (f"moved permanently to {state.redirect_to} (seen on {state.redirect_runs} "
                f"run{'s' if state.redirect_runs != 1 else ''}){hint}")
    words = {200: "answered 200 OK", 304: "not modified since the last fetch (304)"}
    return words.get(state.status, f"answered HTTP {state.status}")


def age_words(seconds: float) -> str:
    """3 minutes, 5 hours, 2 days: `durations.duration_words` (one wording of durations for the whole program)."""
    return duration_words(seconds)


def _when(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
