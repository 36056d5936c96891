"""The watcher: which paths trigger a rebuild, and how bursts become one rebuild.

The debouncer runs on a fake clock, so nothing here sleeps; the watchdog glue
is checked on real files with a real observer (waiting on a queue, not on time).
"""
from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.load.contentnames import is_tool_file
from briefgen.preview.watch import Debouncer, Watcher, is_ignored, is_watched


class FakeClock:
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# --- the filter -----------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "output/index.html", "output", ".briefgen-cache/memo.pickle",
    ".git/index", "content/.hidden.md", "content/.obsidian/workspace.json",
    "content/articles/.x.md.swp", "content/articles/x.md.swp", "content/articles/x.md.swx",
    "content/articles/x.md~", "content/articles/.#x.md", "content/articles/#x.md#",
    "content/articles/4913", "content/articles/x.md.tmp", "content/articles/x.md___jb_tmp___",
    "content/articles/x.md___jb_old___", "content/.DS_Store", "static/img/.DS_Store",
    "templates/base.html.bck", "content/.well-known/x.md", "templates/.htaccess",
])
def test_editor_droppings_and_generated_files_are_ignored(path: str) -> None:
    assert is_ignored(path)
    assert not is_watched(path)


@pytest.mark.parametrize("path", [
    "config.yaml", "content", "content/articles/x.md", "content/notes/why.md",
    "templates/base.html", "static/css/site.css", "static", "templates",
    "content/articles/49130.md", "content/articles/a#b.md", "content/articles/x~y.md",
    "static/.well-known/security.txt", "static/.htaccess", "static/docs/.htaccess", "static/.nojekyll",
])
def test_site_inputs_are_watched(path: str) -> None:
    assert is_watched(path)


@settings(max_examples=examples(300), deadline=None)
@given(folder=st.sampled_from(["content/articles", "content/notes", "content/articles/2023/05"]),
       name=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1, max_size=20)
       .filter(lambda name: name not in (".", "..")))  # not file names: the path would name the folder
def test_files_under_articles_and_notes_but_tools_own_trigger_a_rebuild(folder: str, name: str) -> None:
    """The build reads `*.md` there and warns about other files (load.contentnames), so both
    rebuild; a tool's temporary file (sed -i's `sedMJs67r`, an editor's backup) must not rebuild
    and name itself in the log. Folders still count."""
    path = f"{folder}/{name}"
    assert is_watched(path) == (not is_tool_file(name) and not is_ignored(path))
    assert is_watched(path, directory=True) == (not is_ignored(path))


def test_sed_in_place_temporary_files_are_not_watched() -> None:
    assert not is_watched("content/articles/sedMJs67r")
    assert is_watched("content/articles/gas-deal.markdown")  # not read, so the build warns: the preview shows it
    assert is_watched("content/articles/ft-counteroffensive-begins.md")
    assert is_watched("static/fonts/licence")  # static files of any name are copied, so they count


@pytest.mark.parametrize("path", ["README.md", "pyproject.toml", "tests/test_x.py", "briefgen/x.py", "docs/a.md"])
def test_files_outside_the_inputs_are_not_watched(path: str) -> None:
    assert not is_watched(path)


def test_a_custom_config_name_is_watched_instead_of_config_yaml() -> None:
    assert is_watched("site.yaml", config_name="site.yaml")
    assert not is_watched("config.yaml", config_name="site.yaml")


# --- the debouncer ------------------------------------------------------------

def test_a_burst_of_50_events_gives_one_rebuild() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.05, max_wait=1.0, clock=clock)
    batches = []
    for i in range(50):
        debouncer.add(f"content/articles/a{i % 7}.md")
        clock.advance(0.01)  # a save storm: events 10 ms apart, never quiet for 50 ms
        if (batch := debouncer.take()) is not None:
            batches.append(batch)
    assert batches == []
    clock.advance(0.05)
    batches.append(debouncer.take())
    assert batches == [frozenset(f"content/articles/a{i}.md" for i in range(7))]
    assert debouncer.take() is None
    assert not debouncer.pending


def test_nothing_is_due_before_the_quiet_period() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.1, clock=clock)
    assert debouncer.time_left() is None
    debouncer.add("content/a.md")
    assert debouncer.time_left() == pytest.approx(0.1)
    clock.advance(0.099)
    assert debouncer.take() is None
    clock.advance(0.001)
    assert debouncer.take() == frozenset({"content/a.md"})


def test_events_that_never_stop_still_rebuild_after_max_wait() -> None:
    clock = FakeClock()  # steps are powers of two, so float sums are exact
    start = clock.now
    debouncer = Debouncer(quiet=1 / 16, max_wait=1 / 2, clock=clock)
    released = []
    for _ in range(100):  # one event every 1/32 s for 3.125 s: never quiet
        debouncer.add("content/a.md")
        clock.advance(1 / 32)
        if debouncer.take() is not None:
            released.append(clock.now - start)
    assert released == [0.5, 1.0, 1.5, 2.0, 2.5, 3.0]  # once per max_wait, not per event


def test_events_after_a_batch_start_a_new_batch() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.05, clock=clock)
    debouncer.add("content/a.md")
    clock.advance(0.05)
    assert debouncer.take() == frozenset({"content/a.md"})
    debouncer.add("content/b.md")
    assert debouncer.take() is None
    clock.advance(0.05)
    assert debouncer.take() == frozenset({"content/b.md"})


def test_wait_returns_a_due_batch_at_once_and_none_after_close() -> None:
    clock = FakeClock()
    debouncer = Debouncer(quiet=0.05, clock=clock)
    debouncer.add("content/a.md")
    clock.advance(1)
    assert debouncer.wait(timeout=5) == frozenset({"content/a.md"})
    closer = threading.Thread(target=debouncer.close)
    closer.start()
    assert debouncer.wait() is None  # would block forever without close()
    closer.join()


# --- watchdog glue, on real files ---------------------------------------------

def _next(events: queue.Queue[str]) -> str:
    return events.get(timeout=10)


def _until(events: queue.Queue[str], wanted: str) -> set[str]:
    """Read reports until `wanted` arrives; return every distinct path seen on the way.

    One save is several events (modified, closed, ...), so the same path may
    be reported more than once.
    """
    seen = {_next(events)}
    while wanted not in seen:
        seen.add(_next(events))
    return seen


@pytest.fixture
def watched(tmp_path: Path):
    (tmp_path / "content/articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: T\n")
    events: queue.Queue[str] = queue.Queue()
    watcher = Watcher(tmp_path, "config.yaml", events.put)
    watcher.start()
    yield tmp_path, events
    watcher.stop()


def test_watcher_reports_edits_and_skips_noise(watched) -> None:
    root, events = watched
    # Noise first: if any of it got through, it would arrive before the edit.
    (root / "content/articles/.x.md.swp").write_text("swap")
    (root / "content/articles/4913").write_text("")
    (root / "output").mkdir()
    (root / "output/index.html").write_text("<p>built</p>")
    (root / "README.md").write_text("readme")
    (root / "content/articles/x.md").write_text("---\ntitle: X\n---\n")
    assert _next(events) == "content/articles/x.md"


def test_watcher_sees_config_changes_renames_and_deletes(watched) -> None:
    root, events = watched
    (root / "config.yaml").write_text("title: U\n")
    assert _until(events, "config.yaml") == {"config.yaml"}
    tmp = root / "content/articles/y.md___jb_tmp___"
    tmp.write_text("draft")
    tmp.rename(root / "content/articles/y.md")  # a JetBrains-style atomic save
    assert _until(events, "content/articles/y.md") <= {"config.yaml", "content/articles/y.md"}
    (root / "content/articles/y.md").unlink()
    (root / "content/articles/z.md").write_text("after the delete")
    assert "content/articles/y.md" in _until(events, "content/articles/z.md")


def test_watcher_picks_up_a_directory_created_after_start(watched) -> None:
    root, events = watched
    (root / "templates").mkdir()
    assert _until(events, "templates") == {"templates"}
    (root / "templates/base.html").write_text("<html></html>")
    assert _until(events, "templates/base.html") <= {"templates", "templates/base.html"}


@pytest.mark.parametrize("link", ["content/articles", "content/articles/shared"])
def test_watcher_follows_a_symlinked_folder(tmp_path: Path, link: str) -> None:
    """An edit made through a symlinked folder is reported under the link's path."""
    real = tmp_path / "elsewhere" / "articles"
    real.mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: T\n")
    (tmp_path / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(real, tmp_path / link)
    events: queue.Queue[str] = queue.Queue()
    watcher = Watcher(tmp_path, "config.yaml", events.put)
    watcher.start()
    try:
        (tmp_path / link / "shared-item.md").write_text("---\ntitle: S\n---\n")
        assert f"{link}/shared-item.md" in _until(events, f"{link}/shared-item.md")
    finally:
        watcher.stop()


# --- symlinks: the build follows them, so the watcher follows them too -----------------

def _link_site(tmp_path: Path) -> Path:
    (tmp_path / "config.yaml").write_text("title: T\n")
    for folder in ("content/articles", "static", "templates", "shared/sub", "drafts"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    (tmp_path / "shared/sub/a.md").write_text("v1")
    (tmp_path / "drafts/b.md").write_text("v1")
    return tmp_path


def _check_link_followed(root: Path, link: str, target: str, edited: str, before_start: bool) -> None:
    """Link `link` → `target` (relative to the link's folder); an edit of root/`edited` is reported
    under the link's path (root/`link` + the part of `edited` below the target)."""
    if before_start:
        os.symlink(target, root / link)
    events: queue.Queue[str] = queue.Queue()
    watcher = Watcher(root, "config.yaml", events.put)
    watcher.start()
    try:
        if not before_start:
            os.symlink(target, root / link)
            _until(events, link)  # the link's own event: it is watched from here on
        real = (root / link).resolve()
        reported = link + (root / edited).resolve().as_posix()[len(real.as_posix()):]
        (root / edited).write_text("v2")
        assert reported in _until(events, reported)
    finally:
        watcher.stop()


# (link, its target, the file edited at its real path)
LINKS = [
    ("static/g.md", "../drafts/b.md", "drafts/b.md"),                       # a linked file
    ("content/articles/b.md", "../../drafts/b.md", "drafts/b.md"),
    ("templates/base.html", "../drafts/b.md", "drafts/b.md"),
    ("static/shared", "../shared", "shared/sub/a.md"),                       # a linked folder
    ("content/articles/shared", "../../shared/sub", "shared/sub/a.md"),
]


@pytest.mark.parametrize("before_start", [False, True])
def test_watcher_follows_a_file_symlink_made_while_serving(tmp_path: Path, before_start: bool) -> None:
    """The report's case: static/g.txt → ../other/g.txt; editing other/g.txt left the preview stale."""
    _check_link_followed(_link_site(tmp_path), "static/g.md", "../drafts/b.md", "drafts/b.md", before_start)


@settings(max_examples=examples(6), deadline=None)
@given(case=st.sampled_from(LINKS), before_start=st.booleans())
def test_watcher_follows_every_kind_of_symlink_whenever_made(tmp_path_factory, case, before_start) -> None:
    """Files and folders linked under content/, static/, templates/, before or after the start:
    an edit at the target is reported under the link's path, as the build reads it."""
    link, target, edited = case
    _check_link_followed(_link_site(tmp_path_factory.mktemp("links")), link, target, edited, before_start)


def test_watcher_follows_a_retargeted_symlink(tmp_path: Path) -> None:
    """`ln -sfn` (a new link renamed over the old one) moves the watch to the new target."""
    root = _link_site(tmp_path)
    os.symlink("../shared/sub", root / "static/dir")
    events: queue.Queue[str] = queue.Queue()
    watcher = Watcher(root, "config.yaml", events.put)
    watcher.start()
    try:
        os.symlink("../drafts", root / "static/dir.new")
        os.replace(root / "static/dir.new", root / "static/dir")
        _until(events, "static/dir")
        (root / "drafts/b.md").write_text("v2")
        assert "static/dir/b.md" in _until(events, "static/dir/b.md")
    finally:
        watcher.stop()
