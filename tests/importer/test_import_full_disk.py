"""A full disk: fetch says so, leaves no temporary file behind, and sweeps up those of killed runs.

On a real, small tmpfs (mounted for the test; it needs root and may be refused in a
container: then the test is skipped and says why).
"""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.importing import config_text, fetch, rss
from support.sites import write_site
from support.disks import tmpfs


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) if folder.is_dir() else []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    with tmpfs(mount, "512k"):  # (was 2M with a 5 MB entry: each fetch converted 5 MB, ~8 s of CI time)
        yield mount


def test_a_full_disk_leaves_no_temporary_files(small_disk: Path, tmp_path: Path) -> None:
    feed = tmp_path / "huge.xml"  # the feed lives elsewhere; only the project is on the small disk
    body = "<p>" + "Ceasefire talks went on. " * 50_000 + "</p>"  # ~1.25 MB: 2.5 times the disk, as 5 MB was 2 MB
    feed.write_text(rss("Wire", [{"title": "Huge entry", "link": "https://ex.org/huge", "guid": "huge",
                                  "html": body}]), encoding="utf-8")
    root = write_site(small_disk / "site", {"config.yaml": config_text({"url": feed.as_uri(), "source": "Wire"})})
    folder = root / "content/articles"
    for _ in range(2):  # a later run adds none either
        result = fetch(root)
        assert result.returncode == 1
        assert "cannot write a new file in content/articles/" in result.stderr
        assert "No space left on device" in result.stderr, result.stderr
        assert hidden(folder) == [] and not (folder / "huge-entry.md").exists()
    assert not [p for p in (root / ".briefgen-cache").rglob("*") if "tmp" in p.name]


def test_temporary_files_of_killed_runs_are_swept(tmp_path: Path) -> None:
    dead = _dead_pid()
    root = write_site(tmp_path / "site", {"config.yaml": config_text("feeds/f.xml"), "feeds/f.xml": rss(
        "Wire", [{"title": "Talks", "link": "https://ex.org/t", "guid": "t"}])})
    folder = root / "content/articles"
    folder.mkdir(parents=True)
    (folder / f".huge-entry.md.{dead}.briefgen-tmp").write_bytes(b"half")
    (folder / f".live.md.{os.getpid()}.briefgen-tmp").write_bytes(b"ours, while it runs")  # a live fetch
    (root / ".briefgen-cache/feeds").mkdir(parents=True)
    (root / ".briefgen-cache/feeds" / f".abc.json.{dead}.briefgen-tmp").write_bytes(b"{")
    (folder / ".notes.md").write_text("hidden, but not ours")
    fetch(root)
    assert hidden(folder) == [".live.md." + str(os.getpid()) + ".briefgen-tmp", ".notes.md"]
    assert hidden(root / ".briefgen-cache/feeds") == []


def _dead_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid
