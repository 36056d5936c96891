"""A cache that cannot be saved is one warning, whatever parts of it the disk had room for.

Each part of the cache that a build could not save was its own warning: with the cache on a
full disk (a symlinked `.briefgen-cache` on a small tmpfs) every build printed six lines — feed
items, fingerprints, last build, the memo, the record of output/, the search index's state —
saying one thing, build after build. They are now one line naming every part; the site is
published all the same and equals a cold build's. On a real small tmpfs (root only).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.disks import tmpfs
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

SITE = dict(MINIMAL_SITE)
SITE.update({f"content/articles/report-{n}.md": f"---\ntitle: Report {n} on the ceasefire talks\nsource: Outlet {n}\n"
             f"published: 2023-05-{1 + n:02d}\n---\nNegotiators met for round {n} of talks, officials said.\n"
             for n in range(6)})
OPTIONS = BuildOptions(jobs=1, lock_wait=0)
EDITED = SITE["content/articles/report-1.md"].replace("round 1", "round one")


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with tmpfs(tmp_path_factory.mktemp("cache-disk"), "1m") as mount:
        yield mount


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = write_site(tmp_path_factory.mktemp("cold"), {**SITE, "content/articles/report-1.md": EDITED})
    assert run_cli(["build", "-q"], root).returncode == 0
    return tree_bytes(root / "output")


def fill(disk: Path, room: int) -> None:
    """Leave about `room` bytes free on `disk` (a file takes the rest)."""
    found = os.statvfs(disk)
    free = found.f_bavail * found.f_frsize
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - room))


@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(room=st.integers(min_value=0, max_value=400_000))
@example(room=0)
def test_a_cache_on_a_full_disk_is_one_warning_and_the_site_is_right(
        disk: Path, tmp_path_factory: pytest.TempPathFactory, cold: dict[str, bytes], room: int) -> None:
    root = write_site(tmp_path_factory.mktemp("site"), SITE)
    cache = disk / root.name
    cache.mkdir()
    (root / ".briefgen-cache").symlink_to(cache)
    try:
        assert build(root / "config.yaml", OPTIONS).ok
        (root / "content/articles/report-1.md").write_text(EDITED)
        fill(disk, room)
        result = build(root / "config.yaml", OPTIONS)
        said = [str(d) for d in result.diagnostics]
        assert result.ok, said
        assert len([line for line in said if line.startswith(".briefgen-cache")]) <= 1, said
        assert tree_bytes(root / "output") == cold
    finally:
        (disk / "filler").unlink(missing_ok=True)
        for path in sorted(cache.rglob("*"), reverse=True):
            path.unlink() if path.is_file() or path.is_symlink() else path.rmdir()
        cache.rmdir()
