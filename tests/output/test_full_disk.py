"""A build that fills the disk gives the space back: the output stays as it was, and so does the
free space.

A build that ran out of space left its half-built spare tree behind (the new pages it had
written before the disk filled), so the disk stayed full after the build had failed: the
editor could not even save the file they were fixing. The spare is untrusted from the moment
a build starts changing it and the next build empties it anyway, so a failed commit now removes
it at once. On a real small tmpfs (mounted for the test; it needs root).
"""
from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.disks import tmpfs
from support.examples import examples

SITE = dict(MINIMAL_SITE)
SITE.update({f"content/articles/report-{n:03d}.md": f"---\ntitle: Report {n} on the ceasefire talks\n"
             f"source: Outlet {n % 5}\npublished: 2023-05-{1 + n % 28:02d}\n---\n"
             f"Negotiators met for round {n} of talks on a ceasefire, officials said.\n" for n in range(40)})


def free(folder: Path) -> int:
    found = os.statvfs(folder)
    return found.f_bavail * found.f_frsize


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mount = tmp_path_factory.mktemp("disk")
    with tmpfs(mount, "6m"):
        yield mount


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The site after the edit below, built from nothing on a disk with room."""
    root = write_site(tmp_path_factory.mktemp("cold"), SITE)
    (root / "config.yaml").write_text(SITE["config.yaml"].replace("Test Briefing", "Renamed Briefing"))
    assert run_cli(["build", "-q"], root).returncode == 0
    return tree_bytes(root / "output")


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(room=st.integers(min_value=0, max_value=2500))
def test_a_build_that_fills_the_disk_leaves_the_output_and_the_free_space_as_they_were(
        disk: Path, tmp_path_factory: pytest.TempPathFactory, cold: dict[str, bytes], room: int) -> None:
    root = write_site(tmp_path_factory.mktemp("site"), SITE)
    output = disk / "out"
    try:
        assert run_cli(["build", "-q", "--output", str(output)], root).returncode == 0
        before = tree_bytes(output)
        filler = disk / "filler"
        filler.write_bytes(b"\0" * max(0, free(disk) - room * 1024))
        space = free(disk)
        (root / "config.yaml").write_text(SITE["config.yaml"].replace("Test Briefing", "Renamed Briefing"))
        result = run_cli(["build", "--output", str(output)], root)
        if result.returncode == 0:
            assert tree_bytes(output) == cold
        else:
            assert result.returncode == 1, result.stderr
            assert "cannot write the site (the disk is full: free some space); the previous output is unchanged" \
                in result.stderr
            assert tree_bytes(output) == before
            deadline = time.monotonic() + 10  # the spare is removed by a detached `rm`
            while free(disk) < space and time.monotonic() < deadline:
                time.sleep(0.05)
            assert free(disk) >= space
            filler.unlink()
            assert run_cli(["build", "-q", "--output", str(output)], root).returncode == 0
            assert tree_bytes(output) == cold
    finally:
        subprocess.run(["rm", "-rf", "--", *map(str, disk.iterdir())], check=False)


def test_a_full_disk_that_holds_the_cache_says_how_much_deleting_it_frees(tmp_path_factory: pytest.TempPathFactory
                                                                          ) -> None:
    """A trial put the whole project on a small disk: the cache, which may always be deleted, took
    the room the site needed, and every build failed "the disk is full" without a word about it."""
    mount = tmp_path_factory.mktemp("small")
    with tmpfs(mount, "4m"):
        root = write_site(mount / "site", SITE)
        assert run_cli(["build", "-q"], root).returncode == 0
        before = tree_bytes(root / "output")
        filler = mount / "filler"
        with open(filler, "wb") as handle:  # all the room but a little
            handle.write(b"\0" * max(0, free(mount) - 64 * 1024))
        (root / "config.yaml").write_text(SITE["config.yaml"].replace("Test Briefing", "Renamed Briefing"))
        failed = run_cli(["build", "-q"], root)
        assert failed.returncode == 1 and "Traceback" not in failed.stderr
        assert "the disk is full" in failed.stderr, failed.stderr
        assert ".briefgen-cache holds " in failed.stderr and "may be deleted" in failed.stderr, failed.stderr
        assert tree_bytes(root / "output") == before
        filler.unlink()
        assert run_cli(["build", "-q"], root).returncode == 0
