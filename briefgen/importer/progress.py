"""How `briefgen fetch` shows its progress: a live display on a terminal, plain lines otherwise.

On a terminal (stderr is a TTY) a `rich` progress bar runs while feeds download and
import — rich is the well-kept choice for this (issue 11 §1) — and each feed's line is
printed above it as the feed is done. Anywhere else (cron, CI, a pipe) each feed gives
one plain line on stdout as it is done, `[200] Name: new=3 updated=1 same=17 filtered=2
duplicate=1`, with `-v` followed by indented notes (which rule dropped which item).
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from briefgen.diagnostics import shown_line
from briefgen.importer.fetch import FeedReport, FetchResult


class PlainProgress:
    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose

    def downloaded(self, total: int) -> None:
        pass

    def feed(self, report: FeedReport) -> None:
        print(shown_line(report.line()), flush=True)
        if self.verbose:
            for note in report.notes:
                print(f"    {shown_line(note)}", flush=True)


class LiveProgress(PlainProgress):
    def __init__(self, verbose: bool, total: int, progress: Any) -> None:
        super().__init__(verbose)
        self.progress = progress
        self.task = progress.add_task("Downloading", total=None)
        self.total = total

    def downloaded(self, total: int) -> None:
        self.progress.update(self.task, description="Importing", total=total, completed=0)

    def feed(self, report: FeedReport) -> None:
        console = self.progress.console
        console.print(shown_line(report.line()), markup=False, highlight=False)
        if self.verbose:
            for note in report.notes:
                console.print(f"    {shown_line(note)}", markup=False, highlight=False)
        self.progress.advance(self.task)


@contextmanager
def console_progress(verbose: bool, total: int, live: bool | None = None) -> Iterator[PlainProgress]:
    """The display for `total` feeds: live when `live` (default: stderr is a terminal)."""
    if live is None:
        live = sys.stderr.isatty() and sys.stdout.isatty()
    if not live:
        yield PlainProgress(verbose)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield LiveProgress(verbose, total, progress)


def summary(result: FetchResult, seconds: float, update: bool, verbose: bool = False) -> list[str]:
    """The closing lines of `briefgen fetch` (`update`, `verbose`: its --update and -v).

    Counts, each with one meaning (docs/fetch.md, "What fetch's counts mean"), so that they add up with the
    feeds' lines: the items read, of the feeds read this run, are new + changed upstream + the same + filtered +
    duplicate (+ rejected), the keys `new`, `updated`, `same`, `filtered`, `duplicate`, `rejected` of those lines;
    a feed not modified since the last run (`unchanged` in its line) is not read, and its items are in no count.
    UX1 (2026-12-07) read "new=1 updated=1 same=2" beside "(2 already imported … 0 unchanged)": "already imported"
    left the changed item out, and "unchanged" counted feeds, not items."""
    feeds = len(result.feeds)
    failures = sum(1 for f in result.feeds if f.failed)
    unchanged = sum(1 for f in result.feeds if f.unchanged)
    waiting = sum(1 for f in result.feeds if f.waiting)
    twice = sum(1 for f in result.feeds if f.same_as)  # (a feed listed twice: its entries counted once)
    new = result.written
    counts = {key: result.total(key) for key in ("new", "updated", "same", "filtered", "duplicate", "rejected")}
    read = sum(counts.values())
    parts = [f"{counts[key]} {word}" for key, word in (("new", "new"), ("updated", "changed upstream"),
             ("same", "the same as imported"), ("filtered", "filtered"), ("duplicate", "duplicate"),
             ("rejected", "rejected in review")) if counts[key]]  # (a count of 0 left out: "0 changed upstream"
    # read as a change in a run that found none)
    lines = [f"Imported {new} new article{'s' if new != 1 else ''} from {feeds} feed{'s' if feeds != 1 else ''} "
             f"in {seconds:.2f} s ({read} item{'s' if read != 1 else ''} read" + (f": {', '.join(parts)}" if parts else "")
             + (f"; {unchanged} feed{'s' if unchanged != 1 else ''} not modified since the last run, not read"
                if unchanged else "")
             + (f"; {waiting} waiting" if waiting else "") + (f"; {failures} failed" if failures else "")
             + (f"; {twice} listed twice, read once" if twice else "") + ")."]
    changed = counts["updated"]
    if changed and not update:
        # Which: listed above with -v; else only a run that reads the feeds again can say, since this run
        # recorded them as read (a plain `fetch -v` next found them "unchanged" and listed nothing: a trial).
        lines.append(f"{changed} item{'s' if changed != 1 else ''} changed upstream; `briefgen fetch --update` "
                     "applies the changes to files you have not edited ("
                     + ("listed above)." if verbose else "`briefgen fetch --force -v` reads the feeds again and lists "
                        "them without applying: this run recorded the feeds as read, so a plain `briefgen fetch -v` "
                        "would find them not modified)."))
    rewritten = sum(len(f.rewritten) for f in result.feeds)
    beside = [name for f in result.feeds for name in f.beside]
    named = ", ".join(beside[:3]) + (f" and {len(beside) - 3} more" if len(beside) > 3 else "")
    if update and (rewritten or beside):  # (in the feeds' lines' words: their `updated=` counts items changed
        # upstream, which "Updated 0 files" beside "updated=1" seemed to deny: T24, 2026-12-07, an edited file's item)
        lines.append(f"{changed} item{'s' if changed != 1 else ''} changed upstream (`updated=` above): {rewritten} "
                     f"file{'s' if rewritten != 1 else ''} rewritten with the new version; {len(beside)} edited file"
                     f"{'s' if len(beside) != 1 else ''} got it beside {'them' if len(beside) != 1 else 'it'}"
                     + (f" ({named})." if beside else "."))
    if new:
        lines.append("Review them in content/articles/ (or with `briefgen review` when imported as drafts), "
                     "then run `briefgen build`.")
    return lines
