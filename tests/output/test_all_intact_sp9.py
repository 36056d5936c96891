"""SP9 (2026-12-07): the no-change build's question, whether every recorded file of output/ is as written, answered by
`record.all_intact` (stops at the first file that is not, makes no dict) instead of `len(verified(...)) == len(...)`.
A property over real trees: any mix of damages to any of the files gives the same answer both ways."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.output.record import all_intact, stat_record, verified

DAMAGES = ("none", "deleted", "appended", "same size", "touched", "symlink", "folder", "new inode")


def _damage(full: Path, how: str) -> None:
    if how == "deleted":
        full.unlink()
    elif how == "appended":
        with full.open("ab") as out:
            out.write(b"!")
    elif how == "same size":  # (bytes changed, size kept: its mtime moves)
        stamp = full.stat().st_mtime_ns
        full.write_bytes(full.read_bytes()[::-1])
        os.utime(full, ns=(stamp, stamp + 1))
    elif how == "touched":
        stamp = full.stat().st_mtime_ns
        os.utime(full, ns=(stamp, stamp + 10**9))
    elif how == "symlink":  # (a link to a file of the same size and times would pass a stat: lstat sees the link)
        target = full.with_name(full.name + ".target")
        os.replace(full, target)
        full.symlink_to(target.name)
    elif how == "folder":
        full.unlink()
        full.mkdir()
    elif how == "new inode":  # (the same bytes and times through a rename, as an editor saves)
        stamp = full.stat()
        copy = full.with_name(full.name + ".new")
        copy.write_bytes(full.read_bytes())
        os.utime(copy, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        os.replace(copy, full)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(DAMAGES), min_size=1, max_size=6), st.booleans())
def test_all_intact_is_every_file_verified(damages: list[str], extra: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder)
        files = {}
        for i, _ in enumerate(damages):
            rel = f"articles/a{i}/index.html"
            (tree / rel).parent.mkdir(parents=True)
            (tree / rel).write_bytes(b"x" * (i + 3))
            files[rel] = stat_record(str(tree / rel), f"digest{i}")
        if extra:  # (a recorded file that was never on disk)
            files["gone/index.html"] = ("d", 1, 1, 1)
        for i, how in enumerate(damages):
            _damage(tree / f"articles/a{i}/index.html", how)
        expected = len(verified(tree, files)) == len(files)
        assert all_intact(tree, files) == expected
        assert expected == (not extra and set(damages) == {"none"})  # (each damage is seen)
