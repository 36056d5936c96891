"""Watching a site project for edits: which paths matter, when to rebuild.

Takes raw filesystem events (from watchdog) and gives batches of changed
paths, relative to the project root, to the preview loop. Three small parts:

- `is_watched` / `is_ignored`: a pure filter on relative paths, so editor
  swap files, dotfiles and the build's own output never trigger a rebuild.
- `Debouncer`: coalesces a burst of events (an editor's save is often a
  write, a rename and a chmod; a `git checkout` is hundreds) into one batch.
  It reads time from an injectable clock, so its tests never sleep.
- `Watcher`: the glue that schedules watchdog on `content/`, `templates/`,
  `static/`, the config file and the plugins' files and template folders, and
  feeds the filter's survivors onward.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from watchdog.events import (DirCreatedEvent, DirDeletedEvent, DirModifiedEvent, DirMovedEvent,
                             FileClosedEvent, FileCreatedEvent, FileDeletedEvent, FileModifiedEvent,
                             FileMovedEvent, FileSystemEvent, FileSystemEventHandler)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

from briefgen.load.contentnames import is_tool_file
from briefgen.load.confinement import PUBLISHED_DOTFILES
from briefgen.load.litter import included
from briefgen.paths import real_path

CHANGE_EVENTS = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent,
                 DirCreatedEvent, DirDeletedEvent, DirMovedEvent, DirModifiedEvent]

WATCHED_DIRS: tuple[str, ...] = ("content", "templates", "static")
CONTENT_FOLDERS = (("content", "articles"), ("content", "notes"))  # read by load.files.discover
# Top-level directories written by briefgen itself: watching them would make
# every build trigger the next one.
GENERATED_DIRS: frozenset[str] = frozenset({"output", ".briefgen-cache"})
# Editor droppings. Vim writes "4913" to probe a directory and keeps
# .swp/.swx files; Emacs writes "#name#" autosaves and ".#name" locks;
# JetBrains saves through "name___jb_tmp___"; many tools leave "~"/.bck/.tmp.
_IGNORED_NAMES: frozenset[str] = frozenset({"4913", ".DS_Store"})
_IGNORED_SUFFIXES: tuple[str, ...] = (
    "~", ".swp", ".swx", ".tmp", ".bck", "___jb_tmp___", "___jb_old___",
)
# "opened" and "closed_no_write" fire when the build itself reads a file, and
# "attrib" when an indexer touches atime: reacting to them would loop forever.
_RELEVANT_EVENTS: frozenset[str] = frozenset({"created", "deleted", "modified", "moved", "closed"})


def is_ignored(rel_path: str) -> bool:
    """True for paths that must never trigger a rebuild (see module docs)."""
    parts = PurePosixPath(rel_path.replace(os.sep, "/")).parts
    if not parts or parts[0] in GENERATED_DIRS:
        return True
    for name in parts:
        if name in _IGNORED_NAMES or name.startswith(".") and not (parts[0] == "static" and name in PUBLISHED_DOTFILES):
            return True  # dotfiles and dot-directories (.git, .obsidian, .#locks); static/ publishes a few
    name = parts[-1]
    if len(name) > 1 and name.startswith("#") and name.endswith("#"):
        return True
    return name.endswith(_IGNORED_SUFFIXES)


def is_watched(rel_path: str, config_name: str = "config.yaml", directory: bool = False) -> bool:
    """True for paths whose change can change the site: inputs, not noise.

    Under content/articles/ and content/notes/ a tool's file (`load.contentnames.is_tool_file`:
    `sed -i` writes `sedXXXXXX`, editors their own) is never a reason to rebuild; any other file
    there is, also one the build does not read (`gas.markdown`), since the build warns about it, and so
    is fetch's `NAME.md.upstream` beside an article: the build reminds of it until it is gone, and its
    going (merged, deleted) must take the reminder off the preview's panel.
    `directory`: the path is a folder.
    """
    if is_ignored(rel_path):
        return False
    parts = PurePosixPath(rel_path.replace(os.sep, "/")).parts
    if not directory and len(parts) >= 3 and parts[:2] in CONTENT_FOLDERS and is_tool_file(parts[-1]) and not (
            parts[1] == "articles" and parts[-1].endswith(".md.upstream")):  # (fetch's correction: the panel says it waits)
        return False
    if len(parts) == 1:
        # A top-level directory appearing or vanishing (content/ restored
        # from git) changes the site just as a file inside it does.
        return parts[0] == config_name or parts[0] in WATCHED_DIRS
    return parts[0] in WATCHED_DIRS


class Debouncer:
    """Collects changed paths and releases them as one batch once quiet.

    A batch is due when no event arrived for `quiet` seconds, or `max_wait`
    seconds after its first event even if events keep coming, so a tool that
    writes constantly cannot starve the preview of rebuilds. Thread-safe:
    the watcher thread calls `add`, the preview loop calls `wait`.
    """

    def __init__(
        self,
        quiet: float = 0.025,
        max_wait: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._quiet = quiet
        self._max_wait = max_wait
        self._clock = clock
        self._cond = threading.Condition()
        self._paths: set[str] = set()
        self._first: float | None = None
        self._last: float | None = None
        self._closed = False

    def add(self, path: str) -> None:
        with self._cond:
            now = self._clock()
            if self._first is None:
                self._first = now
            self._last = now
            self._paths.add(path)
            self._cond.notify_all()

    @property
    def pending(self) -> bool:
        with self._cond:
            return self._first is not None

    def time_left(self) -> float | None:
        """Seconds until the pending batch is due; None when nothing is pending."""
        with self._cond:
            return self._time_left()

    def take(self) -> frozenset[str] | None:
        """The pending batch if it is due (and forget it), else None. Never blocks."""
        with self._cond:
            return self._take()

    def wait(self, timeout: float | None = None) -> frozenset[str] | None:
        """Block until a batch is due and return it; None on `close()` or timeout.

        Sleeps on a condition variable in real time, in slices short enough
        that Ctrl-C in the main thread is seen promptly.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                batch = self._take()
                if batch is not None or self._closed:
                    return batch
                left = self._time_left()
                slice_ = 0.5 if left is None else min(left, 0.5)
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return None
                    slice_ = min(slice_, remaining)
                self._cond.wait(max(slice_, 0.001))

    @property
    def closed(self) -> bool:
        """Whether `close()` was called (`wait` then gives None at once)."""
        with self._cond:
            return self._closed

    def close(self) -> None:
        """Wake `wait` for good: the preview is shutting down."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def _time_left(self) -> float | None:
        if self._first is None or self._last is None:
            return None
        now = self._clock()
        due = min(self._last + self._quiet, self._first + self._max_wait)
        return max(0.0, due - now)

    def _take(self) -> frozenset[str] | None:
        if self._time_left() != 0.0:
            return None
        batch = frozenset(self._paths)
        self._paths.clear()
        self._first = self._last = None
        return batch


class _Handler(FileSystemEventHandler):
    """Turns watchdog events into relative paths that pass the filter."""

    def __init__(self, watcher: Watcher) -> None:
        self._watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _RELEVANT_EVENTS:
            return
        if event.is_directory and event.event_type in ("modified", "closed"):
            return  # a directory's mtime moves whenever a child changes; the child's event says more
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        self._watcher._report([os.fsdecode(p) for p in paths if p], event)


class Watcher:
    """Watches a project's inputs with watchdog and reports relevant changes.

    `on_change(rel_path)` is called from watchdog's thread for each relevant
    path (a rename reports both ends, so renaming an article away from
    `.md` or from a temp name into place is seen). `stop()` joins the thread.

    inotify does not follow symlinks, and the build does (SECURITY.md, "What is
    published and served"): every symlink under content/, templates/ and static/
    (and those folders themselves when they are links) is watched at its target
    too — a folder recursively, a file through its own folder — and the target's
    events are reported under the link's path. The links are found again whenever
    one is made, removed or retargeted, or a folder arrives or leaves, so a link
    made while serving is followed like one that was there at the start.
    """

    def __init__(self, root: Path, config_name: str, on_change: Callable[[str], None]) -> None:
        self._root = real_path(root)
        self._config_name = config_name
        self._on_change = on_change
        self._observer = Observer()
        self._handler = _Handler(self)
        self._watches: dict[tuple[str, bool], ObservedWatch] = {}  # (real path, recursive) → watch
        self._links: tuple[tuple[str, str], ...] = ()  # (real target, link's relative path), ...
        self._link_paths: frozenset[str] = frozenset()  # absolute paths of the links themselves
        self._also: tuple[str, ...] = ()  # project-relative plugin files and template folders (`watch_also`)
        self._include: tuple[str, ...] = ()  # config.yaml's `static_include:` (`include`)
        # _rescan runs on watchdog's dispatch thread, under the observer's re-entrant lock, and from
        # `watch_also` on the caller's: the one lock for both, else each could hold one and wait for the other.
        self._lock = getattr(self._observer, "_lock", None) or threading.RLock()

    def watch_also(self, paths: tuple[Path, ...], keep: bool = False) -> None:
        """Watch these files and folders inside the project too (`Plugins.watched`: plugin files and
        their template folders), from now on, instead of the last ones given (`keep`: as well as;
        after a failed build, whose plugin may not have said where its templates are). Paths outside
        the project are not watched."""
        also = list(self._also) if keep else []
        for path in paths:
            try:
                also.append(Path(path).relative_to(self._root).as_posix())
            except ValueError:
                continue
        with self._lock:
            if tuple(dict.fromkeys(also)) != self._also:
                self._also = tuple(dict.fromkeys(also))
                self._rescan()

    def include(self, patterns: tuple[str, ...]) -> None:
        """Report changes to the files of static/ these `static_include:` patterns name (load/litter.py), from now
        on, whatever their names: the build publishes `samples/notes~` or `data.tmp` when config.yaml lists it, and
        a preview that took such a name for an editor's litter (`is_ignored`) kept serving its old bytes."""
        self._include = tuple(patterns)

    def _included(self, rel: str) -> bool:
        """Whether `rel` is a file of static/ the `static_include:` patterns name (not a dot-file: none can be)."""
        return (bool(self._include) and rel.startswith("static/")
                and not any(part.startswith(".") for part in rel.split("/"))
                and included(rel[len("static/"):], self._include) is not None)

    def start(self) -> None:
        # The root is watched without recursion: that sees config.yaml and
        # the creation of content/ templates/ static/ (scheduled on arrival)
        # without descending into output/ or .git.
        self._schedule(self._root, recursive=False)
        self._rescan()
        self._observer.start()

    def stop(self) -> None:
        self._observer.stop()
        if self._observer.ident is not None:  # started (Ctrl-C may come between making and starting it)
            self._observer.join()

    def _rescan(self) -> None:
        """Watch content/, templates/, static/ and every symlink under them, dropping stale watches.

        Called before the observer starts, from its one dispatch thread (under watchdog's
        re-entrant lock) and from `watch_also` (under the same lock).
        """
        with self._lock:
            self._rescan_locked()

    def _rescan_locked(self) -> None:
        wanted: set[tuple[str, bool]] = set()
        links: list[tuple[str, str]] = []
        link_paths: set[str] = set()
        for name in WATCHED_DIRS:
            self._find_links(self._root / name, name, wanted, links, link_paths, set())
        for rel in self._also:  # a plugin folder recursively, a plugin file through its folder
            path = self._root / rel
            if path.is_dir():
                wanted.add((str(real_path(path)), True))
            elif path.parent.is_dir() and path.parent != self._root:
                wanted.add((str(real_path(path.parent)), False))
        for key in set(self._watches) - wanted - {(str(self._root), False)}:
            try:
                self._observer.unschedule(self._watches.pop(key))
            except KeyError:
                pass  # watchdog already dropped the watch of a deleted dir
        for path, recursive in sorted(wanted - set(self._watches)):
            try:
                self._schedule(Path(path), recursive)
            except OSError:
                pass  # vanished since the walk (or unreadable): the next event rescans
        # Longest target first, so a link inside a linked folder maps to its own path.
        self._links = tuple(sorted(links, key=lambda link: -len(link[0])))
        self._link_paths = frozenset(link_paths)

    def _find_links(self, path: Path, rel: str, wanted: set[tuple[str, bool]], links: list[tuple[str, str]],
                    link_paths: set[str], seen: set[str], covered: bool = False) -> None:
        """Add the watches for the folder `path` (project-relative `rel`) and the links under it.

        `covered`: a recursive watch of a parent folder already sees it. Follows linked
        folders once each (`seen`: real paths), as the build does with loops.
        """
        if path.is_symlink():
            covered = False
            link_paths.add(str(path))
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                return  # dangling or a loop: nothing to watch (the build reports it)
            links.append((str(real), rel))
            if not real.is_dir():
                wanted.add((str(real.parent), False))
                return
        elif not path.is_dir():
            return
        else:
            real = real_path(path)
        if str(real) in seen:
            return
        seen.add(str(real))
        if not covered:
            wanted.add((str(real), True))
        try:
            entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_symlink() or entry.is_dir(follow_symlinks=False):
                    self._find_links(Path(entry.path), f"{rel}/{entry.name}", wanted, links, link_paths, seen,
                                     covered=True)
            except OSError:
                continue

    def _schedule(self, path: Path, recursive: bool) -> ObservedWatch:
        # Only changes: without a filter inotify also reports every open and read, and a
        # build reads every content file (20,000 events at 10,000 articles, handled in
        # Python while the build runs).
        watch = self._observer.schedule(self._handler, str(path), recursive=recursive,
                                        event_filter=CHANGE_EVENTS)
        self._watches[(str(path), recursive)] = watch
        return watch

    def _relatives(self, abs_path: str) -> list[str]:
        """The project-relative paths of an event's path: its own, and each link's that reaches it."""
        found = []
        for real, rel in self._links:
            if abs_path == real or abs_path.startswith(real + os.sep):
                found.append(rel + abs_path[len(real):].replace(os.sep, "/"))
        try:
            found.append(Path(abs_path).relative_to(self._root).as_posix())
        except ValueError:
            pass
        return found

    def _report(self, abs_paths: list[str], event: FileSystemEvent) -> None:
        if event.event_type in ("created", "deleted", "moved") and any(
                event.is_directory or path in self._link_paths or os.path.islink(path) for path in abs_paths):
            # A folder or a link made, removed, moved or retargeted (ln -sfn is a rename):
            # find the links again, which also (re)schedules content/ restored from git.
            self._rescan()
        for abs_path in abs_paths:
            for rel in self._relatives(abs_path):
                if is_watched(rel, self._config_name, event.is_directory) or not is_ignored(rel) and any(
                        rel == also or rel.startswith(also + "/") for also in self._also) or self._included(rel):
                    self._on_change(rel)
