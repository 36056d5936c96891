"""Removing trash never raises, whichever call shutil.rmtree reports failing, and a tree another process removes at
the same time is no error.

A fresh-clone CI run (2026-12-04) failed a build in `sweep`: the detached `rm` of the build before was removing the
same `spare.trash-*` folder, `os.open` of a vanished sub-folder failed, and the retry called `os.open(path)` without
its flags (TypeError). The class: every function rmtree passes to `onerror` (os.open, os.scandir, os.lstat, os.rmdir,
os.unlink, os.close) with every error it may carry.
"""
from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.output import trash
from support.examples import examples

FUNCTIONS = [os.open, os.scandir, os.lstat, os.rmdir, os.unlink, os.remove, os.close, os.stat]
ERRORS = [FileNotFoundError(2, "No such file or directory"), PermissionError(13, "Permission denied"),
          NotADirectoryError(20, "Not a directory"), OSError(39, "Directory not empty")]


def _tree(root: Path, folders: int, files: int) -> Path:
    for n in range(folders):
        folder = root / f"f{n}" / "nested"
        folder.mkdir(parents=True)
        for m in range(files):
            (folder / f"{m}.html").write_text("x", encoding="utf-8")
    return root


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(function=st.sampled_from(FUNCTIONS), error=st.sampled_from(ERRORS),
       target=st.sampled_from(["vanished", "folder", "file"]))
def test_the_retry_never_raises(tmp_path_factory, function, error, target: str) -> None:  # type: ignore[no-untyped-def]
    root = _tree(tmp_path_factory.mktemp("trash"), 2, 2)
    path = {"vanished": root / "gone" / "search", "folder": root / "f0", "file": root / "f1/nested/0.html"}[target]
    trash._writable_then(function, str(path), (type(error), error, None))
    if target == "folder" and function in (os.open, os.scandir, os.lstat, os.stat, os.rmdir) \
            and not isinstance(error, FileNotFoundError):
        assert not path.exists()  # (a folder that could not be opened or listed is removed by another pass)


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(removers=st.integers(min_value=2, max_value=4), with_rm=st.booleans())
def test_concurrent_removals_of_one_tree(tmp_path_factory, removers: int,
                                         with_rm: bool) -> None:  # type: ignore[no-untyped-def]
    root = _tree(tmp_path_factory.mktemp("race") / "spare.trash-0", 60, 5)
    failures: list[BaseException] = []

    def remove() -> None:
        try:
            trash.force_rmtree(root)
        except BaseException as error:  # noqa: BLE001 (the assertion below names it)
            failures.append(error)

    rm = subprocess.Popen(["rm", "-rf", str(root)]) if with_rm else None
    threads = [threading.Thread(target=remove) for _ in range(removers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if rm is not None:
        rm.wait()
    assert failures == []
    assert not root.exists()


def test_the_sweep_removes_trash_an_rm_is_removing(tmp_path: Path) -> None:
    output, spare = tmp_path / "output", tmp_path / "state" / "spare"
    output.mkdir()
    spare.parent.mkdir()
    for n in range(3):
        _tree(spare.parent / f"spare.trash-{n}", 40, 5)
    rms = [subprocess.Popen(["rm", "-rf", str(spare.parent / f"spare.trash-{n}")]) for n in range(3)]
    trash.sweep(output, spare, spare.parent)
    for rm in rms:
        rm.wait()
    assert list(spare.parent.glob("spare.trash-*")) == []
