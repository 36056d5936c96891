"""`briefgen fetch`: the configured feeds → new files in content/articles/, politely and incrementally.

The stages, in order (each its own module):

1. config.yaml → `FeedSpec`s and `ImportSettings` (load/config.py, load/feedconfig.py);
2. per feed its stored `FeedState` (state.py) and the project's `Archive` (archive.py);
3. bytes: conditional GETs in threads, local files read (download.py); a 304 or an
   unchanged body hash ends a feed's turn here, with no parsing, and so does an answer from the address an
   earlier listing's came from (one feed listed twice, samefeeds.py);
4. parse what changed (read.py; forked workers from 8 feeds up, `speed.parallel`);
5. per feed, in config order: decide and write (ingest.py);
6. save each feed's state — the validators only when every new item was written, so a
   failed write never makes the next run skip items (issue 11 §1) — then compact the journal of
   the files written (journal.py: each write is noted in it first, so a run killed before this
   step leaves no file of fetch's that the next run takes for the editor's);
7. warn about imported articles whose `url:` is a page of the site itself (ownsite.py).

Before all of it, the run takes the project's fetch lock (output/lock.py, on content/articles/):
two fetches at once would both find an entry new and write it twice. A second run waits for
the first (`FetchOptions.lock_wait`), then gives up with an error naming the holder. Then
the temporary files of runs killed mid-write are removed (temporaries.py).

Gives a `FetchResult`: one `FeedReport` per feed, and every problem as a diagnostic.
Existing files are never rewritten, except with `--update` and only while they are
byte for byte what fetch wrote.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import sealed
from briefgen.diagnostics import Diagnostic, error, has_errors, warning
from briefgen.importer.download import Download, download_all
from briefgen.importer.journal import compact, load_journal
from briefgen.importer.location import is_remote
from briefgen.importer.outletnames import clashing_feeds, feed_title, outlet_name
from briefgen.importer.samefeeds import same_feed_warning, same_feeds
from briefgen.importer.state import (REDIRECT_RUNS, FeedState, Run, after_answer, after_edits, after_failure,
                                     load_all, load_state, save_state, with_run, with_unchanged_answer,
                                     with_validators, without_validators_if_lost)
from briefgen.importer.temporaries import sweep
from briefgen.load.config import Config, FeedSpec, load_config
from briefgen.load.files import linked_folder_refused
from briefgen.load.upstreamfiles import waiting_upstreams
from briefgen.output.lock import LockTimeout, project_lock
from briefgen.paths import project_root
from briefgen.speed.parallel import default_jobs, share_work

if TYPE_CHECKING:  # parsing and writing are imported only when some feed changed (304s stay cheap)
    from briefgen.importer.archive import Archive
    from briefgen.importer.ingest import Settings
    from briefgen.importer.read import FeedRead

STATE_FOLDER = Path(".briefgen-cache") / "feeds"
HOLDER_FILE = Path(".briefgen-cache") / "fetch-holder"  # who holds the fetch lock (output/lock.py)
ARTICLES_FOLDER = Path("content") / "articles"  # archive.ARTICLES, without importing the archive
PARALLEL_MIN_FEEDS = 8  # below this, a forked worker costs more than it saves


@dataclass(frozen=True, slots=True)
class FetchOptions:
    force: bool = False  # ignore validators, body hashes and back-off (not a server's Retry-After)
    update: bool = False  # apply upstream changes to files the editor has not touched
    jobs: int | None = None  # parsing processes; None: one per core
    now: dt.datetime | None = None  # stands in for the clock (tests)
    lock_wait: float = 600.0  # seconds to wait for another fetch of the project (then an error)


@dataclass(frozen=True, slots=True)
class FeedReport:
    url: str
    name: str  # the outlet name the feed's articles get
    label: str  # "200", "304", "file", "wait", "ERR"…: how the feed answered
    new: int = 0
    updated: int = 0
    same: int = 0
    filtered: int = 0
    duplicate: int = 0
    rejected: int = 0
    written: tuple[str, ...] = ()
    rewritten: tuple[str, ...] = ()
    beside: tuple[str, ...] = ()
    failed: bool = False
    unchanged: bool = False  # nothing to parse (304, same body)
    waiting: str = ""  # why the feed was not asked this time
    notes: tuple[str, ...] = ()  # for `fetch -v`
    same_as: str = ""  # the earlier listing of the same feed (samefeeds.py), whose line counts its entries

    def line(self) -> str:
        """`[200] Name: new=3 updated=1 same=17 filtered=2 duplicate=1`."""
        if self.failed:
            what = "failed (the reason is printed after the feeds)"
        elif self.same_as:
            what = f"the same feed as {self.same_as}: its entries are counted there"
        elif self.waiting:
            what = self.waiting
        elif self.unchanged:
            what = "unchanged"
        else:
            what = (f"new={self.new} updated={self.updated} same={self.same} filtered={self.filtered} "
                    f"duplicate={self.duplicate}" + (f" rejected={self.rejected}" if self.rejected else ""))
        return f"[{self.label}] {self.name}: {what}"


@dataclass(frozen=True, slots=True)
class FetchResult:
    feeds: tuple[FeedReport, ...]  # in config order; empty when none are configured
    diagnostics: tuple[Diagnostic, ...]
    config_ok: bool  # False: config.yaml has errors and nothing was fetched

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)

    @property
    def written(self) -> int:
        return sum(len(f.written) for f in self.feeds)

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.feeds)


def fetch_feeds(config_path: Path, options: FetchOptions = FetchOptions(),
                on_feed: Callable[[FeedReport], None] | None = None,
                on_download: Callable[[int], None] | None = None,
                on_wait: Callable[[str], None] | None = None) -> FetchResult:
    """Import new entries of every configured feed. `on_download(total)` is called once the
    downloads are done; `on_feed` with each feed's report as soon as it is imported; `on_wait`
    with a message when another fetch of the project holds the lock (this one waits for it,
    at most `options.lock_wait` seconds, then returns an error naming the holder)."""
    root = project_root(config_path)
    display = config_path.name
    config, problems = load_config(config_path, display)
    if config is None or has_errors(problems):
        return FetchResult((), tuple(problems), False)
    if not config.feeds:
        return FetchResult((), tuple(problems), True)
    with ExitStack() as held:
        trouble = articles_lock(held, root, display, "briefgen fetch", options.lock_wait, on_wait,
                                config.allow_symlinks_to)
        if trouble is not None:
            return FetchResult((), (*problems, trouble), True)
        return _fetch(root, display, config, problems, options, on_feed, on_download)


def articles_lock(held: ExitStack, root: Path, display: str, command: str, wait: float,
                  on_wait: Callable[[str], None] | None = None, allowed: tuple[str, ...] = ()) -> Diagnostic | None:
    """Take the fetch lock of the project at `root` (on content/articles/, output/lock.py) into
    `held`, waiting at most `wait` seconds; the error to report when another run holds it, else
    None. `briefgen review accept|reject` takes it too: fetch rewrites files it edits (also_in).

    `content/` or `content/articles/` linked to a folder the build refuses (out of the project
    and of config.yaml's `allow_symlinks_to:` folders, `allowed`, or hidden: load.confinement)
    is an error, and nothing is written there: fetch wrote a hostile feed's entries wherever a
    shared project's link pointed (`content/articles -> ~/somewhere`).

    The folder is created for it. When it cannot be created or opened (a file in its place, no
    permission) there is no lock: no run can write there either, so none can import twice,
    and the writes report the problem itself, item by item, as before."""
    folder = root / ARTICLES_FOLDER
    refused = linked_folder_refused(root, ARTICLES_FOLDER, allowed, command)
    if refused is not None:
        return refused
    misplaced = sealed.among_inputs(root / HOLDER_FILE.parent)
    if misplaced is not None:  # (its feed records would be written among the articles: sealed.among_inputs)
        return error(HOLDER_FILE.parent.as_posix(), 0, f"leads to {misplaced}, among the project's inputs (content/, "
                     f"templates/, static/), where {command} would write its records of the feeds; make it a "
                     "folder of its own, or delete it")
    try:
        (root / HOLDER_FILE).parent.mkdir(exist_ok=True)  # for the holder's name: best effort
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        held.enter_context(project_lock(folder, root / HOLDER_FILE, command, wait, on_wait, what="fetch"))
    except LockTimeout as exc:
        return error(display, 0, str(exc))
    except OSError:
        return None
    return None


def _fetch(root: Path, display: str, config: Config, problems: list[Diagnostic], options: FetchOptions,
           on_feed: Callable[[FeedReport], None] | None,
           on_download: Callable[[int], None] | None) -> FetchResult:
    now = options.now or dt.datetime.now(config.tz).replace(microsecond=0)
    clock = options.now.timestamp() if options.now else time.time()  # `now` is cut to the second
    specs = tuple(_effective(spec, config) for spec in config.feeds)
    folder = root / STATE_FOLDER
    for leftovers in (root / ARTICLES_FOLDER, folder):  # temporary files of killed runs (a listing, no reads)
        sweep(leftovers)
    states = [without_validators_if_lost(load_state(folder, spec.url), root) for spec in specs]
    downloads = download_all(specs, states, root, options.force, clock, config.imports.timeout, options.update,
                             config.base_url, config.imports.retry_delay)
    if on_download:
        on_download(len(specs))
    same = same_feeds(specs, downloads)  # (one feed listed under two addresses: read once, samefeeds.py)
    reads = _parse(specs, [replace(d, outcome="same") if i in same else d for i, d in enumerate(downloads)],
                   display, options.jobs, config.tz)
    archive, settings = None, None
    if reads:
        from briefgen.importer.archive import load_archive
        from briefgen.importer.ingest import Settings

        archive = load_archive(root)
        archive.remember(load_all(root / STATE_FOLDER))  # every feed's records, also of URLs no longer configured
        archive.remember_journal(load_journal(folder))  # and what a run killed before saving them wrote
        settings = Settings(root, display, config.imports, now, options.update, config.language, config.base_url)
    titles = [feed_title(reads[i].title if i in reads else None, state.title) for i, state in enumerate(states)]
    names = [outlet_name(spec, title, root) for spec, title in zip(specs, titles)]
    held, clashed = clashing_feeds(specs, titles, names, [i in reads and not reads[i].failed for i in range(len(specs))],
                                   display)  # (two names, one page: neither feed writes; their states kept)
    problems += clashed
    reports, edits = [], []
    for index, (spec, download) in enumerate(zip(specs, downloads)):
        if index in held:
            report, found, edited = FeedReport(spec.url, names[index], str(download.status) if is_remote(spec.url)
                                               else "file", failed=True), [], []
        elif index in same:  # (its answer recorded, for `briefgen feeds`; nothing ingested)
            first = specs[same[index]]
            report = FeedReport(spec.url, spec.source or first.source or spec.shown, str(download.status),
                                same_as=first.shown)
            states[index] = after_answer(states[index], clock, download.status, download.permanent)
            if download.outcome == "body" and not download.cut:  # (read once: not asked again in full)
                states[index] = with_validators(states[index], download.headers.get("etag", ""),
                                                download.headers.get("last-modified", ""), download.body_hash)
            elif download.outcome == "unchanged":
                states[index] = with_unchanged_answer(states[index], download.status, download.headers,
                                                      download.body_hash)
            found, edited = [same_feed_warning(spec, download, first, display)], []
        else:
            report, states[index], found, edited = _feed(spec, download, reads.get(index), states[index], archive,
                                                         settings, root, display, clock)
        problems += found
        edits += edited
        reports.append(report)
        if on_feed:
            on_feed(report)
    for index, state in enumerate(states):
        trouble = save_state(folder, after_edits(state, edits))
        if trouble:  # the cache is disposable: one warning, and the run's result stands
            problems.append(warning(display, specs[index].line, f"feed {specs[index].shown}: {trouble}; the next "
                                                                "fetch downloads and parses every feed again"))
            break
    else:  # every state saved: the journal keeps only what none records (a cache: a failure costs nothing)
        compact(folder, root)
    # Articles imported before entries linking to the site itself were filtered (ownsite.py): named when the run
    # read the articles' identities anyway (a feed changed, or --force); reading them for this alone would cost a
    # run in which nothing changed ~1.1 s at 10,000 articles (load_archive, measured 2026-12-05).
    if config.base_url and archive is not None:
        from briefgen.importer.ownsite import self_linked

        problems += self_linked(archive, config.base_url, root)
    said = frozenset(d.path.removesuffix(".upstream") for d in problems if ".upstream" in d.path + d.message)
    return FetchResult(tuple(reports), tuple(problems + waiting_upstreams(root, said)), True)  # (merges still due)


def _effective(spec: FeedSpec, config: Config) -> FeedSpec:
    """The feed's rules after the global `import:` ones."""
    imports = config.imports
    return replace(spec, keep=imports.keep + spec.keep, block=imports.block + spec.block,
                   strip=imports.strip + spec.strip)


def _parse(specs: tuple[FeedSpec, ...], downloads: list[Download], display: str,
           jobs: int | None, zone: dt.tzinfo) -> dict[int, FeedRead]:
    todo = [i for i, d in enumerate(downloads) if d.outcome == "body"]
    if not todo:
        return {}
    from briefgen.importer.read import FeedRead, parse_feed

    jobs = default_jobs() if jobs is None else jobs
    if len(todo) < PARALLEL_MIN_FEEDS:
        jobs = 1

    def work(n: int) -> FeedRead:
        index = todo[n]
        spec, download = specs[index], downloads[index]
        try:
            return parse_feed(download.raw, download.headers, spec, display, download.url, zone=zone)
        except Exception as exc:  # a parser crash on one hostile feed must not stop the others
            return FeedRead(spec, "", (), (error(display, spec.line, f"feed {spec.shown}: could not be read "
                                                 f"({type(exc).__name__}: {exc}); please report this feed"),))

    return dict(zip(todo, share_work(len(todo), jobs, work)))


def _feed(spec: FeedSpec, download: Download, read: FeedRead | None, state: FeedState, archive: Archive | None,
          settings: Settings | None, root: Path, display: str, clock: float
          ) -> tuple[FeedReport, FeedState, list[Diagnostic], list[tuple[str, str, str]]]:
    title = feed_title(read.title if read else None, state.title)
    name = outlet_name(spec, title, root)  # what articles get as `source:`
    shown = spec.source or title or spec.shown
    label = str(download.status) if is_remote(spec.url) else "file"
    where = f"feed {spec.shown}"
    if download.outcome == "waiting" and download.held:  # another feed of its server was asked to wait
        until = _when(download.retry_after or 0.0)
        return FeedReport(spec.url, shown, "wait", waiting=f"rate-limited by the server until {until} (it asked "
                          f"{download.held} to wait); not asked before then"), state, [], []
    if download.outcome == "waiting":
        return _waiting(spec, state, shown), state, _waiting_problems(spec, state, display), []
    if download.outcome == "failed":
        state = after_failure(state, clock, download.status, download.error, download.retry_after,
                              download.gone)
        label = str(download.status) if download.status else label if label == "file" else "ERR"
        if download.status == 429 or download.status == 503 and download.retry_after is not None:
            # A rate limit is the server's to lift, not the editor's to fix: a warning, and the run's exit code
            # stays 0 (SPEC: 1 is for content or config errors; a trial's rate-limited run said "fix them").
            return FeedReport(spec.url, shown, label, waiting=f"rate-limited by the server until "
                              f"{_when(state.next_allowed)}; not asked before then"), state, [
                warning(display, spec.line, f"{where}: {download.error}")], []
        return FeedReport(spec.url, shown, label, failed=True), state, [
            error(display, spec.line, f"{where}: {download.error}")], []
    before, state = state, after_answer(state, clock, download.status, download.permanent)
    problems = _redirect_problems(spec, state, display)
    if download.outcome == "unchanged":
        state = with_unchanged_answer(state, download.status, download.headers, download.body_hash)
        state = with_run(state, Run(clock, download.status), state.mode, state.items)
        return FeedReport(spec.url, shown, label, unchanged=True), state, problems, []
    assert read is not None and archive is not None and settings is not None
    from briefgen.importer.ingest import ingest

    if download.cut and read.failed:  # cut before it was a feed at all: that, not "check the URL", is the news
        read = replace(read, problems=(error(display, spec.line, f"{where}: {download.cut}, before any whole "
                                             "entry came; try again later"),))
    elif download.cut:  # (what came is parsed: a document cut short imports its complete entries, syndication.py)
        problems.append(warning(display, spec.line, f"{where}: {download.cut}; the entries that came "
                                                    "whole are imported, the rest come with a later fetch"))
    problems += read.problems
    if read.failed:
        reason = read.problems[0].message.removeprefix(f"{where}: ") if read.problems else "not a feed"
        # An answer that is no feed is a failure like a 404: counted from the state before the
        # answer, which `after_answer` had taken for a success (errors reset, `last_success` now).
        # Counted so, an HTML page sent every hour was "failing 1 time in a row" for ever, its
        # back-off never grew, and `briefgen feeds` said "last success 12 min ago" of a feed that
        # never gave one item.
        state = after_failure(replace(before, redirect_to=state.redirect_to, redirect_runs=state.redirect_runs),
                              clock, download.status, reason)
        return FeedReport(spec.url, shown, label, failed=True), state, problems, []
    done = ingest(read, name, state, archive, settings)
    problems += done.problems
    run = Run(clock, download.status, len(read.items), done.new, done.updated, done.filtered, done.duplicate)
    state = replace(with_run(state, run, read.mode, done.items), title=read.title, pending=done.pending,
                    refused=done.refused)
    if not done.write_failed and not download.cut:  # (a body cut short vouches for no version of the feed)
        state = with_validators(state, download.headers.get("etag", ""),
                                download.headers.get("last-modified", ""), download.body_hash)
    report = FeedReport(spec.url, name, label, done.new, done.updated, done.same, done.filtered, done.duplicate,
                        done.rejected, tuple(done.written), tuple(done.rewritten), tuple(done.beside),
                        done.write_failed, notes=tuple(done.notes))
    return report, state, problems, done.edited


def _waiting(spec: FeedSpec, state: FeedState, name: str) -> FeedReport:
    until = _when(state.next_allowed)
    if state.gone:
        why = "gone (HTTP 410); not asked again"
    elif state.rate_limited:
        why = f"rate-limited by the server until {until}; not asked before then"
    else:
        why = f"backing off after {state.errors} failure{'s' if state.errors != 1 else ''} until {until}"
    return FeedReport(spec.url, name, "wait", waiting=why)


def _waiting_problems(spec: FeedSpec, state: FeedState, display: str) -> list[Diagnostic]:
    """A feed that is skipped because it keeps failing is said so on every run (never silently)."""
    where = f"feed {spec.shown}"
    if state.gone:
        return [warning(display, spec.line, f"{where}: the server said the feed is gone (HTTP 410); remove it "
                                            "from config.yaml, or run `briefgen fetch --force` to try it again")]
    if state.errors and not state.rate_limited:
        return [warning(display, spec.line, f"{where}: failed {state.errors} time{'s' if state.errors != 1 else ''}"
                                            f" in a row (last: {state.last_error}); next try after "
                                            f"{_when(state.next_allowed)} (`--force` tries now)")]
    return []


def _redirect_problems(spec: FeedSpec, state: FeedState, display: str) -> list[Diagnostic]:
    if state.redirect_to and state.redirect_runs >= REDIRECT_RUNS:
        return [warning(display, spec.line, f"feed {spec.shown}: moved permanently (seen on {state.redirect_runs} "
                                            f"runs); update the URL to {state.redirect_to}")]
    return []


def _when(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

