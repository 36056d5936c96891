"""`briefgen serve`: build, serve, watch, rebuild — one build at a time.

Takes a config path and the command's options; gives a running preview until
Ctrl-C. The pieces live elsewhere: `serve` (HTTP), `livereload` (what a tab
sees), `watch` (which changes matter, debouncing). This module wires them:

    bind the server → initial build (a forked child meanwhile answers every request with
    a "building" page: preview/startup.py) → start serving and watching → print the URL
    → loop { wait for a debounced batch of changes → build → publish the result }

Builds go into a temporary directory, never the project's `output/` (as
`mkdocs serve` does), and share one in-memory `Memo`, so a one-file edit
re-parses and re-renders only what that file touches. Builds run on the
calling (main) thread, so Ctrl-C interrupts even a long build at once.

Threads and processes: the initial build runs before any thread is started,
so it may fork worker processes; once the HTTP and watcher threads run,
`share_work` builds serially (forking a threaded process can deadlock), which
costs nothing for the small rebuilds an edit causes. Cyclic garbage collection
stays on (it is process-wide and the server threads need it); after each build
the surviving objects (the memo) are frozen out of later collections instead.
"""
from __future__ import annotations

import dataclasses
import gc
import ipaddress
import sys
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from briefgen.build import BuildOptions, BuildResult, build
from briefgen.load.config import load_config
from briefgen.output.commit import live_bytes
from briefgen.paths import project_root
from briefgen.speed.cache import CACHE_DIR
from briefgen.speed.memo import Memo
from briefgen.diagnostics import Diagnostic, UsageError, count_errors, is_raced, sort_key, written_summary
from briefgen.paths import real_path
from briefgen.preview.hosts import is_loopback, listen_problem
from briefgen.preview.livereload import LiveState
from briefgen.preview.looks import look
from briefgen.preview.named import described, in_preview, raced, read_paths
from briefgen.preview.quick import OpenPages, Planned, body_edits, moved_pages
from briefgen.preview.saving import settled
from briefgen.preview.scratch import make_scratch, remove_scratch
from briefgen.preview.server import PreviewServer
from briefgen.preview.provisional import Provisional, prepare
from briefgen.preview.startup import WaitingPage
from briefgen.preview.stopsignals import stop_signals
from briefgen.preview.watch import Debouncer, Watcher

MEMO_DIR = "memo"  # where `briefgen build` keeps its memo shards, under CACHE_DIR
FULL_COLLECTION_EVERY = 50  # builds; a full collection at 10,000 articles costs ~0.3 s
RACES_IN_A_ROW = 3  # builds that lose a race with an edit before the next one is shown as failed


class Preview:
    """A running preview, as a context manager: `with Preview(...) as p: p.run()`.

    Entering binds the port, starts the server and watcher threads and runs
    the initial build; leaving stops the threads, joins them and removes the
    temporary site. `run()` is the rebuild loop; `stop()` may be called from
    another thread (tests, the benchmark) to end it.
    """

    def __init__(self, config_path: Path, host: str = "127.0.0.1", port: int = 0, *,
                 watch: bool = True, drafts: bool = False, jobs: int | None = None,
                 quiet: float = 0.025, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.config_path = real_path(config_path)
        self.root = project_root(self.config_path)
        self.host = host
        self._out = out or sys.stdout
        self._err = err or sys.stderr
        self._drafts = drafts
        self._jobs = jobs
        self._watch = watch
        self.state = LiveState()
        self.debouncer = Debouncer(quiet=quiet)
        self.memo = Memo()
        self._tmp, self._tmp_lock = make_scratch()  # (and abandoned ones swept: preview/scratch.py)
        self.site_dir = self._tmp / "site"
        try:
            self.server = PreviewServer(host, port, self.site_dir, self.state)
        except OSError as exc:  # port taken, no permission, unknown host
            remove_scratch(self._tmp, self._tmp_lock)
            raise UsageError(listen_problem(host, port, exc)) from None
        self._server_thread = threading.Thread(target=self.server.serve_forever, args=(0.1,),
                                               name="briefgen-server", daemon=True)
        self._watcher: Watcher | None = None
        self.last_result: BuildResult | None = None
        self._builds = 0
        self._advice: tuple[Diagnostic, ...] = ()  # for the editor, shown in every served page (livereload)
        self._printed: tuple[Diagnostic, ...] = ()
        self._failed = False  # whether the last build reported failed (the next good one says it is fixed)
        self._planned: Planned | None = None  # the last good build's plan, for the next body edit's page
        self._races = 0  # builds in a row that failed only by racing an edit (`_raced`)
        self._served: Planned | None = None  # the plan of the site served (kept while builds fail)
        self._read: frozenset[str] = frozenset()  # what the last plan was made from (`named.described`)
        self.stop_requested: Callable[[], bool] = lambda: False  # told to stop (`stopsignals.Stops`): checked after each build
        self.stopping: Callable[[], None] = lambda: None  # called as cleanup starts (`Stops.taken`)

    # --- lifecycle -------------------------------------------------------------

    def __enter__(self) -> Preview:
        try:
            # A warm start: the memo `briefgen build` left on disk, if any.
            self.memo.load(self.root / CACHE_DIR / MEMO_DIR)
            # Before any thread starts, so the initial build may use worker processes.
            # Meanwhile a forked child answers requests with a page saying so (preview/startup.py).
            prepare()  # (the stages' imports, shared with the child: preview/provisional.py)
            waiting = WaitingPage.start(self.server.socket, str(self.root), self.host,
                                        Provisional(self.config_path, self._drafts))
            address = f" (meanwhile {self._first_url()} shows how far it got)" if waiting else ""
            self._say(f"Building {self.root} ...{address}")
            try:
                self._build(frozenset(), initial=True, progress=waiting.progress if waiting else None)
            finally:
                if waiting is not None:
                    waiting.stop()
            self._server_thread.start()
            if self._watch:
                self._watcher = Watcher(self.root, self.config_path.name, self._changed)
                self._watcher.start()
                # Edits saved during the initial build had no watcher yet: one more build
                # (a no-change one, ~0.1 s, unless something did change) catches them.
                self._build(frozenset(), initial=True, recheck=True)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The address to open, with the site's base path (e.g. http://127.0.0.1:8000/briefing/)."""
        host = self.host
        try:
            address = ipaddress.ip_address(host)
            if address.is_unspecified:  # 0.0.0.0 / "::" listen everywhere; the local URL still works
                address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
            host = f"[{address}]" if address.version == 6 else str(address)
        except ValueError:
            pass  # a host name such as "localhost"
        return f"http://{host}:{self.server.port}{self.state.snapshot.base_path}"

    def run(self) -> None:
        """Rebuild on each debounced batch of changes until `stop()` (or Ctrl-C); a batch that empties a content
        file is held while it looks like the first half of a save (`saving.settled`)."""
        while True:
            batch = self.debouncer.wait()
            if batch is not None:
                batch = settled(batch, self.root, self.debouncer)
            if batch is None:
                return
            self._build(batch)

    def stop(self) -> None:
        """End `run()`; safe from any thread."""
        self.debouncer.close()

    def close(self) -> None:
        """Stop every thread, join it, and remove the temporary site. Idempotent."""
        self.stopping()  # (no interrupt repeated for a lost one may cut the cleanup short)
        try:
            self.debouncer.close()
            if self._watcher is not None:
                self._watcher.stop()
                self._watcher = None
            self.state.close()  # releases waiting requests and reload channels
            if self._server_thread.ident is not None:  # started, even if Ctrl-C came while it started
                self.server.shutdown()
                self._server_thread.join()
            self.server.close_connections()
            if self.last_result is not None and self.last_result.ok:
                self._save_memo()
        finally:
            remove_scratch(self._tmp, self._tmp_lock)

    def _save_memo(self) -> None:
        """Leave the warm memo for the next `build` or `serve`.

        Best effort: a cache only ever saves time, so no failure to write it
        (disk full, or a bug in it) may stop a clean exit.
        """
        try:
            self.memo.save()
        except Exception as exc:
            print(f"warning: could not save the cache: {type(exc).__name__}: {exc}", file=self._err, flush=True)

    # --- building ----------------------------------------------------------------

    def _changed(self, rel_path: str) -> None:
        # Stale first: a page request from now on waits for the coming build.
        self.state.change_seen()
        self.debouncer.add(rel_path)

    def _first_url(self) -> str:
        """`url` before the first build has set the base path: read from the config, if it can be."""
        try:
            config, _ = load_config(self.config_path, self.config_path.name)
        except Exception:
            config = None
        base = config.base_path if config is not None else self.state.snapshot.base_path
        return self.url[:-len(self.state.snapshot.base_path)] + base

    def _build(self, changed: frozenset[str], initial: bool = False, recheck: bool = False,
               progress: Callable[[str], None] | None = None) -> BuildResult | None:
        self.state.build_started(content_only=not initial and bool(changed)
                                 and all(path.startswith("content/") for path in changed))
        if self.debouncer.pending:
            # Changes that arrived after this batch was taken need the next
            # build: keep requests waiting through it, not just this one.
            self.state.change_seen()
        started = time.perf_counter()
        hooks = OpenPages(frozenset if initial else self.state.open_pages, self.state.early_page)
        options = BuildOptions.from_environment(output_dir=self.site_dir, drafts=self._drafts, jobs=self._jobs,
                                                command="briefgen serve", advice=True, early=hooks, preview=True,
                                                progress=progress)
        # The open tabs' pages as they look now: a tab whose page the build leaves alone is not reloaded (looks.py)
        shown = self.state.open_pages()
        base = self.state.snapshot.base_path
        looks = {path: look(self.site_dir, path, base) for path in shown}
        if not initial and self._planned is not None:
            self._body_edits(changed)
        try:
            result = build(self.config_path, options, self.memo)
            if self.stop_requested():  # (told to stop, and its KeyboardInterrupt was swallowed: `stopsignals.Stops`)
                raise KeyboardInterrupt
            self._builds += 1
            if self._builds % FULL_COLLECTION_EVERY == 0:  # cycles among frozen objects are freed now and then
                gc.unfreeze()
                gc.collect()
            gc.freeze()  # the memo and what the build keeps: out of later collections (see module docstring)
        except Exception as exc:  # a bug, not a user mistake: keep serving, show it
            traceback.print_exc(file=self._err)
            problem = Diagnostic(self.config_path.name, 0,
                                 f"unexpected error in briefgen: {type(exc).__name__}: {exc} (please report it)")
            self.state.build_finished((problem,), self.state.snapshot.base_path, wrote=False)
            return None
        # (no message names serve's scratch folder: a page of its site by its address here, `named.in_preview`)
        result = dataclasses.replace(result, diagnostics=in_preview(result.diagnostics, self._tmp, self.site_dir,
                                                                    self._site_address(result.base_path)))
        if self._raced(result):
            return result
        elapsed = time.perf_counter() - started
        old_base = self.state.snapshot.base_path
        if result.advice is not None:  # a no-change build plans nothing: the last advice still holds
            self._advice = result.advice
        warnings = tuple(d for d in result.diagnostics if d.severity == "warning")
        moved: dict[str, str] = {}
        if not result.ok:
            self._planned = None  # the next edit waits for a good build's plan
        elif hooks.latest is not None:  # (a build with nothing to do plans nothing: the last plan holds)
            if self._served is not None:  # the pages of articles renamed since the site last served
                moved = moved_pages(self._served.plan, hooks.latest.plan)
            self._planned = self._served = hooks.latest
            self._read = read_paths(hooks.latest.plan, self.root, self.config_path.name)
        snapshot = self.state.build_finished(result.diagnostics, result.base_path,
                                             wrote=initial or result.pages_written > 0,
                                             advice=warnings + self._advice, static=result.static,
                                             written=self._written, moved=moved,
                                             same=frozenset(path for path, was in looks.items() if was is not None
                                                            and look(self.site_dir, path, result.base_path) == was))
        self.last_result = result
        if self._watcher is not None and result.watched is not None:  # (config.yaml's plugins: may have changed)
            self._watcher.watch_also(result.watched, keep=not result.ok)
        if self._watcher is not None and (result.ok or result.static_include):  # (a failed build may not know them)
            self._watcher.include(result.static_include)
        # The recheck after the first build says something only when its outcome differs:
        # the same errors again (the first build failed) would print the whole list twice.
        if not (recheck and not result.pages_written
                and (result.ok or tuple(sorted(result.diagnostics, key=sort_key)) == self._printed)):
            self._report(result, changed, elapsed, initial)
        if not initial and snapshot.base_path != old_base:
            self._say(f"base_url changed: now serving on {self.url}")
        return result

    def _raced(self, result: BuildResult) -> bool:
        """Whether `result` failed only because files changed while it read them (`diagnostics.is_raced`),
        at most RACES_IN_A_ROW times in a row: then it is neither shown nor printed, and the next build
        follows at once (the paths are added again, in case the watcher reported them before the build
        read them). Its "Build failed ... Fix and save to rebuild" asked the editor to fix a save that
        needed nothing, and its early pages' token is retired as for any build that ends unexpectedly."""
        errors = [d for d in result.diagnostics if d.severity == "error"]
        if not errors or not all(map(is_raced, errors)) or self._races >= RACES_IN_A_ROW:
            self._races = 0
            return False
        self._races += 1
        self.state.change_seen()  # requests and reload channels wait for the next build
        for d in errors:
            self.debouncer.add(d.path)
        now = self.state.snapshot  # nothing visible changes
        self.state.build_finished(now.diagnostics, now.base_path, wrote=False, advice=now.advice)
        self._say(f"Building again: {raced(d.path for d in errors)} changed while the build read it.")
        return True

    def _body_edits(self, changed: frozenset[str]) -> None:
        """Hand over the open tabs' pages that the body edits in `changed` make, before the rebuild
        plans (preview/quick.py). Only ever saves time: a failure here is reported as a bug, and the
        rebuild goes on."""
        assert self._planned is not None
        try:
            pages = body_edits(self._planned, changed, self.state.open_pages(), self.memo, self.site_dir)
        except Exception:
            traceback.print_exc(file=self._err)
            print("briefgen: the page above was not shown early; please report this", file=self._err, flush=True)
            return
        for path, data in pages.items():
            self.state.early_page(path, data)

    def _site_address(self, base_path: str) -> str:
        """The preview's URL of the site built for `base_path` (http://127.0.0.1:8000/briefing/)."""
        return self.url[:-len(self.state.snapshot.base_path)] + base_path

    def _written(self, path: str) -> bytes | None:
        return live_bytes(self.site_dir / path)

    def _report(self, result: BuildResult, changed: frozenset[str], elapsed: float, initial: bool) -> None:
        diagnostics = tuple(sorted(result.diagnostics, key=sort_key))
        # Warnings repeat on every save: print those the last build did not have, errors always
        # (a failed save printing every unchanged warning again buried its one error among them).
        before = set(self._printed)
        for d in diagnostics:
            if d.severity == "error" or d not in before:
                print(d, file=self._err, flush=True)
        self._printed = diagnostics
        what = "Built" if initial else "Rebuilt"
        cause = "" if initial else f" after a change to {described(changed, self.root, self._read)}"
        if result.ok:  # (after a failure, "(nothing changed)" alone did not say the error was gone: a trial)
            files = written_summary(result.pages_written)
            fixed = " The errors are fixed: this is the site now served." if self._failed else ""
            self._say(f"{what} in {elapsed:.2f} s{cause} ({files}).{fixed}")
        else:
            errors = count_errors(result.diagnostics)
            kept = "the last good site is still served" if self.state.snapshot.built else "nothing to serve yet"
            print(f"Build failed{cause}: {errors} error{'s' if errors != 1 else ''}; {kept}. "
                  "Fix and save to rebuild.", file=self._err, flush=True)
        self._failed = not result.ok

    def _say(self, line: str) -> None:
        print(line, file=self._out, flush=True)


def serve(config_path: Path, host: str, port: int, watch: bool, drafts: bool, open_browser: bool) -> int:
    """The `briefgen serve` command: returns 0 after Ctrl-C; raises UsageError if it cannot listen."""
    preview = Preview(config_path, host, port, watch=watch, drafts=drafts)  # (listens: a UsageError before any word)
    if not is_loopback(host):  # (a trial: said "drafts included" without --drafts, and before "cannot listen")
        print(f"warning: listening on {host}: the preview server is for local use only; anyone who can reach "
              f"this machine can read the site{', drafts included' if drafts else ''}.", file=sys.stderr, flush=True)
    try:
        with stop_signals(ending=True) as stops:  # (then ignored: the process ends)
            preview.stop_requested = lambda: stops.signalled
            preview.stopping = stops.taken
            with preview:
                watching = "watching for changes" if watch else "not watching (--no-watch)"
                print(f"Serving on {preview.url} ({watching}; Ctrl-C to stop)", flush=True)
                if open_browser:
                    webbrowser.open(preview.url)
                preview.run()  # without a watcher no batch ever comes: serves until Ctrl-C
    except KeyboardInterrupt:
        pass
    print("Stopped.", flush=True)
    return 0
