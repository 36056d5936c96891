"""`output.strays.unrecorded` walks a tree by each folder's recorded names (2026-12-05, a speed change: paths joined
per entry made it 0.3-0.4 s a tree at 10,000 articles). It must find exactly what the walk by full paths found: the
outermost entries no record knows, the marker excepted, whatever was added, replaced or removed by hand."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.output.guards import MARKER
from briefgen.output.strays import unrecorded

NAMES = st.sampled_from(["a", "b", "index.html", "feed.xml", "x y", "é", MARKER, ".hidden"])
PATHS = st.lists(NAMES, min_size=1, max_size=4).map("/".join)


def by_full_paths(tree: Path, recorded: Mapping[str, object]) -> list[str]:
    """The walk as it was before (`unrecorded` as of dc9f87d0): a set of every recorded folder and its parents."""
    folders = {""} | {path.rpartition("/")[0] for path in recorded}
    folders |= {folder.rsplit("/", n)[0] for folder in list(folders) for n in range(1, folder.count("/") + 1)}
    found: list[str] = []
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(os.path.join(tree, folder)))
        except OSError:
            continue
        for entry in entries:
            path = f"{folder}/{entry.name}" if folder else entry.name
            if path in folders and entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif path not in recorded and path != MARKER:
                found.append(entry.path)
    return found


def _write(tree: Path, path: str, folder: bool) -> None:
    full = tree / path
    try:
        full.parent.mkdir(parents=True, exist_ok=True)
        if folder:
            full.mkdir(exist_ok=True)
        elif not full.exists():
            full.write_text("x")
    except OSError:  # (a file stands where a folder of the path would be: that tree has no such entry)
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PATHS, max_size=12), st.lists(st.tuples(PATHS, st.booleans()), max_size=8),
       st.lists(PATHS, max_size=3), st.booleans())
def test_the_walk_by_names_finds_what_the_walk_by_paths_found(tmp_path_factory, recorded: list[str],
                                                               added: list[tuple[str, bool]], removed: list[str],
                                                               link: bool) -> None:
    tree = tmp_path_factory.mktemp("tree")
    for path in recorded:
        _write(tree, path, False)
    for path, folder in added:
        _write(tree, path, folder)
    for path in removed:
        full = tree / path
        if full.is_file():
            full.unlink()
    if link and recorded:
        os.symlink(tree, tree / "link")
    record = dict.fromkeys(path for path in recorded if (tree / path).is_file())
    record.update(dict.fromkeys(recorded[:2]))  # (recorded though replaced by a folder, or never written)
    assert sorted(unrecorded(tree, record)) == sorted(by_full_paths(tree, record))


def test_a_file_where_a_recorded_folder_was_and_an_added_folder_are_found(tmp_path: Path) -> None:
    for path in ("articles/a/index.html", "articles/b/index.html", "index.html", MARKER):
        _write(tmp_path, path, False)
    (tmp_path / "articles/b/index.html").unlink()
    (tmp_path / "articles/b").rmdir()
    (tmp_path / "articles/b").write_text("a file where a folder was")
    _write(tmp_path, "articles/new", True)
    _write(tmp_path, "CNAME", False)
    record = dict.fromkeys(["articles/a/index.html", "articles/b/index.html", "index.html"])
    assert sorted(unrecorded(tmp_path, record)) == sorted(str(tmp_path / p) for p in ("CNAME", "articles/b",
                                                                                        "articles/new"))
