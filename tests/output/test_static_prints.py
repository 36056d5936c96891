"""A static file edited without its size and modification time changing is published all the same.

A build copies a static file again only when its print differs from the last build's, and does
nothing at all when every input's identity is the last build's. The print was size and
modification time, so a same-size edit that kept the time left the old bytes published, build
after build, with nothing said: `a{color:#fff}` → `a{color:#000}` with its time set back (as
`cp -p`, `rsync -a`, `tar x` and reproducible-build tooling do: Nix dates every file 1), or made
within the second of the build's look on a file system that keeps whole seconds (ext4 with
128-byte inodes; FAT keeps two). The print now has the inode-change time and the inode, and a
file changed too recently to be told apart by its times is hashed (speed/staticprints).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from support.disks import whole_seconds_disk
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

YEAR = 365 * 24 * 3600
DATES = {"Nix's epoch (1)": 1, "1980 (zip)": 315532800, "a year ago": int(time.time()) - YEAR,
         "a year ahead (clock skew)": int(time.time()) + YEAR}


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("static-prints"), MINIMAL_SITE)


def write_dated(path: Path, data: bytes, seconds: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (seconds, seconds))


@settings(max_examples=examples(3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["style.css", "img/logo.png", "media/clip.mp4"]),
       pair=st.integers(1, 40).flatmap(lambda n: st.tuples(st.binary(min_size=n, max_size=n),
                                                            st.binary(min_size=n, max_size=n))),
       date=st.sampled_from(sorted(DATES)))
@example(name="style.css", pair=(b"a{color:#fff}\n", b"a{color:#000}\n"), date="Nix's epoch (1)")
def test_a_same_size_edit_that_keeps_the_modification_time_is_published(site: Path, name: str,
                                                                         pair: tuple[bytes, bytes], date: str) -> None:
    before, after = pair
    if before == after:
        after = bytes([before[0] ^ 1]) + before[1:]
    source, published = site / "static" / name, site / "output" / name
    write_dated(source, before, DATES[date])
    build_here(site)
    assert published.read_bytes() == before
    write_dated(source, after, DATES[date])  # same size, same time: as `cp -p` or `rsync -a` leave it
    build_here(site)
    assert published.read_bytes() == after, "the old bytes stayed published"


def test_an_edit_within_the_second_the_build_looked_is_published(tmp_path: Path) -> None:
    """On a disk that keeps whole seconds, an edit made in the second the build looked at the file
    leaves its size and all its times as the build saw them; only its bytes tell."""
    (tmp_path / "disk").mkdir()
    with whole_seconds_disk(tmp_path / "disk") as disk:
        root = write_site(disk / "site", MINIMAL_SITE)
        source, published = root / "static" / "style.css", root / "output" / "style.css"
        source.parent.mkdir()
        source.write_text("a{color:#abc}\n")
        build_here(root)  # a warm cache: the next build takes a fraction of a second
        for attempt in range(5):  # until the build and the edit fall within one second
            if attempt:
                time.sleep(1.02 - time.time() % 1)
            source.write_text("a{color:#fff}\n")
            seen = source.stat()
            build_here(root)
            source.write_text("a{color:#000}\n")
            now = source.stat()
            if (now.st_mtime_ns, now.st_ctime_ns) == (seen.st_mtime_ns, seen.st_ctime_ns):
                break
        else:
            pytest.fail("no build took less than a second")
        assert published.read_text() == "a{color:#fff}\n"
        build_here(root)
        assert published.read_text() == "a{color:#000}\n", "the old bytes stayed published"


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.booleans(), st.booleans()), min_size=2, max_size=5))
@example(steps=[(True, False), (False, True)])  # test_cli's flake: an edit, a build at once, one after 2 s
def test_a_static_file_is_written_once_per_change_whether_a_build_saw_it_racy_or_settled(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        steps: list[tuple[bool, bool]]) -> None:
    """Each step: (edit the file?, let RACY_SECONDS pass before building?). A build that printed
    the file while it was racy (with its hash) made the next settled build copy it again and say
    "(1 file written)" of an unchanged site (publish._settled). The clock is moved, not waited for."""
    root = write_site(tmp_path_factory.mktemp("racy"), {**MINIMAL_SITE, "static/note.txt": "v0\n"})
    skew = [0]
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + skew[0])
    build_here(root)
    for n, (edit, later) in enumerate(steps, 1):
        if edit:
            (root / "static/note.txt").write_text(f"v{n}\n")
        skew[0] += 3_000_000_000 if later else 0
        result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
        assert result.ok, [str(d) for d in result.diagnostics]
        assert result.pages_written == (1 if edit else 0), (n, steps)
        assert (root / "output/note.txt").read_text() == (root / "static/note.txt").read_text()
