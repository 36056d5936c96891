"""What the preview browser tab should see: build state, reload script, error overlay.

Takes the outcome of each build from the preview loop and gives the HTTP
handlers (a) a consistent `Snapshot` to serve from, waiting while a build is
pending or running so a half-built site is never shown, and (b) the snippet
injected into HTML responses at serve time only: a Server-Sent Events
listener that reloads the page when a newer build is visible, plus, while the
latest build fails, an overlay listing its diagnostics.

The pages open in tabs (their reload channels name them) are rendered by a
rebuild before the rest and served as soon as they are ready (`early_page`):
the edited article's tab reloads about a second sooner at 10,000 articles,
and every other page still waits for the whole build.

`LiveState` is the one object shared between the build loop and the request
threads; everything it hands out is immutable.
"""
from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from briefgen.diagnostics import Diagnostic, has_errors
from briefgen.preview.looks import Steps
from briefgen.preview.snippet import EVENTS_PATH, inject, render_snippet  # noqa: F401 (the server's, from here)



@dataclass(frozen=True, slots=True)
class Snapshot:
    """What is visible right now. `token` changes exactly when a tab must reload."""

    token: str
    base_path: str  # URL path the site is served under, "/" or "/briefing/"
    built: bool  # a build has succeeded at least once: the site dir is populated
    failing: bool  # the latest build failed: pages carry the overlay
    diagnostics: tuple[Diagnostic, ...]  # of the latest build
    advice: tuple[Diagnostic, ...] = ()  # warnings and advice for the editor (briefgen.advice), never published
    former_bases: tuple[str, ...] = ()  # base paths served earlier by this preview, newest first
    moved: tuple[tuple[str, str], ...] = ()  # (output path, where its article's page is now): renamed this session


class LiveState:
    """Build status shared by the build loop (writer) and request threads (readers).

    A request waits while a change has been seen but not yet built ("stale")
    or a build runs, so after a save the next page load shows the new site.
    """

    def __init__(self, instance: str | None = None, base_path: str = "/") -> None:
        # The instance id makes tokens from an earlier `briefgen serve` differ
        # from this one's, so a tab left open across restarts reloads too.
        self._instance = instance or secrets.token_hex(4)
        self._cond = threading.Condition()
        self._generation = 0
        self._stale = False
        self._building = True  # the initial build is pending from the start
        self._closed = False
        self._snapshot = Snapshot(self._token(), base_path, False, False, ())
        # Pages of the running build rendered before the rest (output path → bytes), and the
        # snapshot they belong to: the one the build will end with unless it turns out otherwise.
        self._early: dict[str, bytes] = {}
        self._early_snapshot: Snapshot | None = None
        self._early_replaced = False  # a page was handed over early twice, with other bytes the second time
        self._open: Counter[str] = Counter()  # output paths of the pages tabs show (reload channels)
        self._static: frozenset[str] = frozenset()  # output paths of files copied as they are (assets)
        self._content_only = False  # the running build was started by content files alone
        self._steps = Steps()  # which pages each change of the visible build left as they were (preview/looks.py)

    @property
    def snapshot(self) -> Snapshot:
        with self._cond:
            return self._snapshot

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed

    def change_seen(self) -> None:
        """A watched file changed; a build will follow after the debounce."""
        with self._cond:
            self._stale = True

    def build_started(self, content_only: bool = False) -> None:
        """A build begins; `content_only`: what started it are files under content/ alone, so the
        site's assets (stylesheet, scripts, images copied as they are) stay as they are."""
        with self._cond:
            self._stale = False  # changes seen from now on need another build
            self._building = True
            self._content_only = content_only
            self._early.clear()
            self._early_snapshot = None
            self._early_replaced = False

    def asset_now(self, path: str) -> bool:
        """Whether the file at output path `path` is an asset the running build leaves alone, so it
        is served without waiting (an early page's stylesheet must not wait for the whole build)."""
        with self._cond:
            return (self._building and self._content_only and not self._stale and self._snapshot.built
                    and path in self._static)

    @contextmanager
    def showing(self, path: str) -> Iterator[None]:
        """A tab shows the page at output path `path` while the block runs (its reload channel)."""
        with self._cond:
            self._open[path] += 1
        try:
            yield
        finally:
            with self._cond:
                self._open[path] -= 1
                if not self._open[path]:
                    del self._open[path]

    def open_pages(self) -> frozenset[str]:
        """Output paths of the pages open in tabs ("articles/x/index.html"): render these first."""
        with self._cond:
            return frozenset(self._open)

    def early_page(self, path: str, data: bytes) -> None:
        """The running build rendered the page at `path` before the others: serve it now.

        It is meant to be exactly the page the build will write (the same site model and
        templates; or, before planning, the last plan with the edited article in place:
        preview/quick.py), so a tab showing it is up to date once the build ends as expected.
        `build_finished` makes such tabs reload anyway when the build ends otherwise (failed,
        other advice, or a page written with other bytes than handed over here); so does a
        second call for the same page with other bytes (the rebuild's own early page after a
        speculative one).
        """
        with self._cond:
            if not self._building or self._closed:
                return
            if self._early_snapshot is None:
                old = self._snapshot
                self._early_snapshot = Snapshot(f"{self._instance}-{self._generation + 1}", old.base_path,
                                                True, False, (), old.advice, old.former_bases, old.moved)
            if self._early.get(path, data) != data:
                self._early_replaced = True
            self._early[path] = data
            self._cond.notify_all()

    def _early_for(self, path: str | None) -> tuple[Snapshot, bytes] | None:
        # Only while the build that made it runs and no newer change was seen since it started.
        if path is None or self._stale or not self._building or self._early_snapshot is None:
            return None
        data = self._early.get(path)
        return None if data is None else (self._early_snapshot, data)

    def wait_page(self, path: str | None, timeout: float | None = 120.0) -> tuple[Snapshot, bytes | None]:
        """`wait_fresh`, except that the page at output path `path` is given as soon as the
        running build rendered it early: (its snapshot, its bytes); else (snapshot, None)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while (self._stale or self._building) and not self._closed:
                early = self._early_for(path)
                if early is not None:
                    return early
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._cond.wait(left)
            return self._snapshot, None

    def build_finished(self, diagnostics: tuple[Diagnostic, ...], base_path: str, wrote: bool,
                       advice: tuple[Diagnostic, ...] = (), static: frozenset[str] | None = None,
                       written: Callable[[str], bytes | None] | None = None,
                       moved: Mapping[str, str] | None = None, same: frozenset[str] | None = None) -> Snapshot:
        """Record a finished build and wake waiting requests and reload channels.

        The token changes when the tab would look different: new files
        written, the overlay appearing, changing or going, or the base path
        moving. A failed build keeps the previous base path, because the last
        good site (built for that path) is what keeps being served.
        `written(path)`: the bytes the build left at an output path (None if none), to check
        the pages handed over early against. `moved`: the pages this build moved (old output path →
        new: `quick.moved_pages`), added to those of earlier builds, each leading to its latest place. `same`: the
        pages the build left looking as they did (`looks.look`): their tabs stay (not when every page changed).
        """
        failing = has_errors(diagnostics)
        with self._cond:
            old = self._snapshot
            new_base = old.base_path if failing and old.built else base_path
            shown = diagnostics if failing else ()
            visible_change = (
                (wrote and not failing)
                or failing != old.failing
                or shown != (old.diagnostics if old.failing else ())
                or new_base != old.base_path
                or advice != old.advice
            )
            before = self._generation
            if visible_change:
                self._generation += 1
            # A tab open on a page under the old base path is sent to the page under the new one
            # (a base path before the first good build served no page).
            former = old.former_bases if new_base == old.base_path or not old.built else tuple(
                dict.fromkeys(b for b in (old.base_path, *old.former_bases) if b != new_base))
            self._snapshot = Snapshot(
                self._token(), new_base, old.built or not failing, failing, diagnostics, advice, former,
                _moves(old.moved, moved or {}),
            )
            early = self._early_snapshot
            if early is not None and (early.token != self._snapshot.token or failing or self._early_replaced
                                      or early.advice != advice or early.base_path != new_base
                                      or (written is not None
                                          and any(written(path) != data for path, data in self._early.items()))):
                # Tabs were given this build's early pages under a token the build did not end
                # with as expected (it failed, wrote nothing visible, other advice, another base
                # path, other bytes): they reload, and that token is never handed out again.
                self._generation = max(self._generation, int(early.token.rsplit("-", 1)[1])) + 1
                self._snapshot = replace(self._snapshot, token=self._token())
            everything = (failing or old.failing or new_base != old.base_path or advice != old.advice)
            self._steps.record(before, self._generation,
                               None if everything or same is None else same - set(self._early))
            self._early.clear()
            self._early_snapshot = None
            if static is not None and not failing:
                self._static = static
            self._building = False
            self._cond.notify_all()
            return self._snapshot

    def wait_fresh(self, timeout: float | None = 120.0) -> Snapshot:
        """The snapshot once no build is pending or running.

        Gives up after `timeout` and serves the last good site anyway: output
        is swapped in atomically, so it is complete, merely not the newest.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while (self._stale or self._building) and not self._closed:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._cond.wait(left)
            return self._snapshot

    def wait_for_change(self, token: str, timeout: float, path: str | None = None) -> Snapshot | None:
        """A fresh snapshot whose token differs from `token`, or, for a tab showing the page at
        output path `path`, the running build's early snapshot once that page is rendered early;
        None on timeout or close."""
        due = self._wait(((token, path),), timeout)
        return None if due is None else due[0][1]

    def wait_for_tabs(self, tabs: Sequence[tuple[str, str | None]], timeout: float) -> list[int] | None:
        """The indices of the tabs in `tabs` ((token, output path of the page shown, or None) each)
        that must reload, as soon as there is one, by the rule of `wait_for_change`; None on
        timeout or close. For the one reload channel of many tabs (preview/tabs.py)."""
        due = self._wait(tabs, timeout)
        return None if due is None else [i for i, _ in due]

    def _wait(self, tabs: Sequence[tuple[str, str | None]], timeout: float) -> list[tuple[int, Snapshot]] | None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not self._closed:
                due = [(i, snap) for i, (token, path) in enumerate(tabs)
                       if (snap := self._due(token, path)) is not None]
                if due:
                    return due
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)
            return None

    def _due(self, token: str, path: str | None) -> Snapshot | None:
        # What a tab showing `token` (and the page at `path`) must reload to, if anything yet.
        if self._snapshot.token != token and not (self._stale or self._building) and not self._spared(token, path):
            return self._snapshot
        early = self._early_for(path)
        if early is not None and early[0].token != token:
            return early[0]
        return None

    def _spared(self, token: str, path: str | None) -> bool:
        # The tab's page looks as it did at its token's build (`looks.Steps`); a token of another serve never is.
        instance, _, generation = token.rpartition("-")
        return instance == self._instance and generation.isdigit() and self._steps.spared(int(generation), path)

    def close(self) -> None:
        """Release every waiting request and reload channel: the server is stopping."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def _token(self) -> str:
        return f"{self._instance}-{self._generation}"


def _moves(earlier: tuple[tuple[str, str], ...], now: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """`earlier` moves followed on by `now`'s (a page renamed twice leads to its last place), and
    `now`'s; none to where it came from (a rename undone), none from a page that is back."""
    moves = {old: now.get(new, new) for old, new in earlier if old not in now.values()}
    moves.update(now)
    return tuple(sorted((old, new) for old, new in moves.items() if old != new))
