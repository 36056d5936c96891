"""A content file rewritten with its old modification time, within the second a build looked, is published.

The file index trusts a file's revision while its stat (size, mtime, ctime, inode) is unchanged,
unless the stat is too recent to be told apart from a later edit. "Recent" was judged by the
mtime alone, so an edit that sets the mtime back (`cp -p`, `touch -r`, tooling that dates every
file alike: Nix's 1), made in the second the build looked on a disk that keeps whole seconds
(ext4 with 128-byte inodes, FAT), left every time as the build saw it; the old text stayed
published build after build, with nothing said. Recent is now judged by the inode-change time
too, which such an edit cannot set back (speed/files.py; static files had this fixed in
speed/staticprints.py).
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.disks import whole_seconds_disk
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

FILES = {"content/articles/first-report.md": "articles/first-report/index.html",
         "content/notes/why-it-matters.md": "index.html"}
DATES = {"Nix's epoch (1)": 1, "1980 (zip)": 315532800, "a year ago": int(time.time()) - 365 * 24 * 3600}


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with whole_seconds_disk(tmp_path_factory.mktemp("whole-seconds")) as mount:
        yield mount


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=st.sampled_from(sorted(FILES)), date=st.sampled_from(sorted(DATES)),
       words=st.tuples(st.from_regex(r"[a-z]{6}", fullmatch=True), st.from_regex(r"[a-z]{6}", fullmatch=True)))
@example(file="content/articles/first-report.md", date="Nix's epoch (1)", words=("monday", "friday"))
def test_a_same_size_edit_dated_back_in_the_second_a_build_looked_is_published(
        disk: Path, file: str, date: str, words: tuple[str, str]) -> None:
    before, after = words
    if before == after:
        after = after[::-1] if after[::-1] != before else "x" + after[1:]
    root = write_site(disk / f"site-{time.monotonic_ns()}", MINIMAL_SITE)
    source, page = root / file, root / "output" / FILES[file]
    text = MINIMAL_SITE[file].rstrip("\n") + " Marker {}.\n"
    build_here(root)  # a warm cache: the builds below take a fraction of a second
    for attempt in range(5):  # until the build and the edit fall within one second
        time.sleep(1.02 - time.time() % 1)
        source.write_text(text.format(before))
        os.utime(source, (DATES[date], DATES[date]))
        seen = source.stat()
        build_here(root)
        source.write_text(text.format(after))  # same size, same mtime: as `cp -p` or `touch -r` leave it
        os.utime(source, (DATES[date], DATES[date]))
        now = source.stat()
        if (now.st_size, now.st_mtime_ns, now.st_ctime_ns, now.st_ino) == (
                seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns, seen.st_ino):
            break
    else:
        pytest.fail("no build took less than a second")
    assert f"Marker {before}." in page.read_text()
    build_here(root)
    assert f"Marker {after}." in page.read_text(), "the old text stayed published"
