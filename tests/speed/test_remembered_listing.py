"""The file index's memory of what content/ listed (speed/files.FileIndex.discover) gives what a
walk gives (load/files.discover), whatever the editor does to the folders between builds.

The clock is moved, not waited for: a folder is trusted only once RACY_SECONDS have passed since
it last changed, as git trusts its index (tests/output/test_static_prints.py does the same)."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.files import Confinement, confinement, discover
from briefgen.speed.files import FileIndex
from tests.support.sites import MINIMAL_SITE, write_site

FRONT = "---\ntitle: {title}\nsource: Reuters\npublished: 2023-04-{day:02d}T09:00:00Z\n---\nText of {title}.\n"
NAMES = st.sampled_from(["a", "b", "c", "deep/d", "deep/e", "deep/er/f", "other/g"])
ACTIONS = st.one_of(
    st.tuples(st.just("add"), NAMES), st.tuples(st.just("remove"), NAMES), st.tuples(st.just("rename"), NAMES, NAMES),
    st.tuples(st.just("edit"), NAMES), st.tuples(st.just("rmdir"), st.sampled_from(["deep", "deep/er", "other"])),
    st.tuples(st.just("link"), NAMES, NAMES), st.tuples(st.just("dotfile"), st.sampled_from(["", "deep/"])),
    st.tuples(st.just("stray"), st.sampled_from(["x.txt", "deep/_draft.md", "deep/y.png"])),
    st.tuples(st.just("unstray"), st.sampled_from(["x.txt", "deep/_draft.md", "deep/y.png"])),
    st.tuples(st.just("fifo"), st.sampled_from(["p.md", "deep/q.md"])),
    st.tuples(st.just("outlink"), NAMES), st.tuples(st.just("outside"), st.sampled_from(["add", "remove", "folder"])))


def _apply(base: Path, action: tuple[str, ...]) -> None:
    kind, name = action[0], action[1]
    path = base / f"{name}.md" if kind in ("add", "remove", "rename", "edit", "link") else base / name
    if kind == "add" and not os.path.islink(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FRONT.format(title=name.replace("/", " "), day=1))
    elif kind == "remove":
        path.unlink(missing_ok=True)
    elif kind == "rename" and path.is_file() and not path.is_symlink():
        target = base / f"{action[2]}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            path.rename(target)
    elif kind == "edit" and path.is_file() and not path.is_symlink():
        path.write_text(path.read_text() + "More.\n")  # (in place: no folder's stat changes)
    elif kind == "rmdir":
        shutil.rmtree(path, ignore_errors=True)
    elif kind == "link":
        target = base / f"{action[2]}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(path):
            path.symlink_to(target)
    elif kind == "dotfile" and not os.path.lexists(base / name / ".x.md.swp"):
        (base / name).mkdir(parents=True, exist_ok=True)
        (base / name / ".x.md.swp").write_text("swap")
    elif kind == "stray" and not os.path.lexists(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not an article")
    elif kind == "unstray" and not path.is_dir():
        path.unlink(missing_ok=True)
    elif kind == "outlink" and not os.path.lexists(base / f"{name}.md"):  # to a file of the project, elsewhere
        (base / f"{name}.md").parent.mkdir(parents=True, exist_ok=True)
        (base / f"{name}.md").symlink_to(base.parent.parent / "elsewhere/t.md")
    elif kind == "outside":  # the link's target changes; no folder under content/articles/ does
        target = base.parent.parent / "elsewhere/t.md"
        shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink(missing_ok=True)
        target.parent.mkdir(exist_ok=True)
        if name == "add":
            target.write_text(FRONT.format(title="t", day=3))
        elif name == "folder":
            target.mkdir()
    elif kind == "fifo" and not os.path.lexists(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)


def _project(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[int], Confinement]:
    """A project with content/articles/a.md, and the clock made movable: (root, the articles folder,
    the clock's skew in ns to add to, the project's confinement)."""
    base = root / "content/articles"
    base.mkdir(parents=True)
    (base / "a.md").write_text(FRONT.format(title="a", day=1))
    skew = [0]
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + skew[0])
    return root, base, skew, confinement(root)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(ACTIONS, st.booleans()), min_size=1, max_size=8))
@example(steps=[(("add", "deep/d"), True), (("add", "deep/er/f"), True)])  # a new file two folders down
@example(steps=[(("add", "a"), True), (("link", "b", "a"), True), (("remove", "b"), True)])
@example(steps=[(("outside", "add"), True), (("outlink", "b"), True), (("outside", "folder"), True)])
def test_the_remembered_listing_is_what_a_walk_finds(tmp_path_factory: pytest.TempPathFactory,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      steps: list[tuple[tuple[str, ...], bool]]) -> None:
    """Each step: an editor's action on content/articles/, then a build's listing (with the clock
    moved past the racy window or not); the index is saved and read back between builds, as the
    CLI does. Symlinks, pipes, stray files and dot-files are among the actions: the memory must
    step aside for them (a link's target can change with no folder's stat changing)."""
    root, base, skew, confine = _project(tmp_path_factory.mktemp("listing"), monkeypatch)
    index_path = root / "files.pickle"
    for action, later in [(("edit", "a"), True), *steps]:
        _apply(base, action)
        skew[0] += 3_000_000_000 if later else 0
        index = FileIndex(index_path)
        remembered = index.discover(root, "articles", confine)
        walked = discover(root, "articles", confine)
        assert remembered[0] == walked[0], action
        assert [str(d) for d in remembered[1]] == [str(d) for d in walked[1]], action
        index.save()


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(ACTIONS, st.booleans()), min_size=1, max_size=8))
@example(steps=[(("add", "deep/d"), True), (("add", "deep/er/f"), True)])
@example(steps=[(("rename", "a", "deep/d"), True), (("rmdir", "deep"), False)])
def test_an_index_that_reuses_its_own_walks_lists_what_a_walk_finds(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        steps: list[tuple[tuple[str, ...], bool]]) -> None:
    """One long-lived index that never saves (`reuse=True`: serve's provisional pages list content/ on
    every request) gives after each action what a fresh walk gives, and does take its own last walk
    when nothing changed (the walk reused is the same object: no folder was listed again)."""
    root, base, skew, confine = _project(tmp_path_factory.mktemp("reuse"), monkeypatch)
    index = FileIndex(None, save=False, reuse=True)
    for action, later in [(("edit", "a"), True), *steps]:
        _apply(base, action)
        skew[0] += 3_000_000_000 if later else 0
        remembered = index.discover(root, "articles", confine)
        walked = discover(root, "articles", confine)
        assert remembered[0] == walked[0], action
        assert [str(d) for d in remembered[1]] == [str(d) for d in walked[1]], action
    skew[0] += 3_000_000_000
    problems = index.discover(root, "articles", confine)[1]
    kept = index._listings.get("articles")
    plain = not problems and not any(p.is_symlink() or p.is_fifo() for p in base.rglob("*"))
    assert (kept is not None) == plain  # (a plain tree's walk is kept, and only such a walk)
    index.discover(root, "articles", confine)
    assert index._listings.get("articles") is kept  # (None for a tree with a link or a pipe: walked each time)


def test_an_article_added_two_folders_down_is_published_by_the_next_build(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: a build that reuses the listing (every folder settled) still finds the article
    added below it, and a no-change build after that finds nothing to do."""
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/2023/april/a.md": FRONT.format(title="A", day=1)})
    skew = [0]
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + skew[0])

    def built() -> int:
        skew[0] += 3_000_000_000
        result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
        assert result.ok, [str(d) for d in result.diagnostics]
        return result.pages_written
    built()
    assert built() == 0  # (the listing is remembered now, and trusted)
    (root / "content/articles/2023/april/b.md").write_text(FRONT.format(title="B", day=2))
    assert built() > 0
    assert (root / "output/articles/b/index.html").is_file()
    assert built() == 0
    (root / "content/articles/2023/april/b.md").unlink()
    assert built() > 0
    assert not (root / "output/articles/b").exists()
