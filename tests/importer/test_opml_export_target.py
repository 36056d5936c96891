"""`opml export FILE` where FILE cannot be written names it and says what to do, exit 1 — never
"unexpected error" (a folder given, `''`, a folder that does not exist, a path through a file,
a full disk); what was at FILE before is left whole (importer/opml.write_export)."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.disks import tmpfs
from support.sites import MINIMAL_SITE, run_cli, write_site

FEEDS = "feeds:\n" + "".join(f"  - url: https://feeds.example.org/{i}.xml\n    source: Outlet {i}\n" for i in range(40))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + FEEDS})
    (root / "a-file").write_text("x", encoding="utf-8")
    (root / "a-folder").mkdir()
    return root


@pytest.mark.parametrize("target, says", [
    ("a-folder", "is a folder: name the file to write"), (".", "is a folder"),
    ("missing/feeds.opml", "cannot write it: the folder missing does not exist"),
    ("a-file/feeds.opml", "cannot write it: Not a directory"),
])
def test_an_unwritable_target_is_an_error_naming_it(site: Path, target: str, says: str) -> None:
    done = run_cli(["opml", "export", target], site)
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[0].startswith(f"{target or '.'}: {says}"), done.stderr
    assert sorted(p.name for p in site.iterdir()) == ["a-file", "a-folder", "config.yaml", "content"]


def test_a_full_disk_leaves_the_previous_export_whole(site: Path) -> None:
    disk = site / "disk"
    disk.mkdir()
    with tmpfs(disk, "8k"):
        (disk / "feeds.opml").write_text("the previous export\n", encoding="utf-8")
        (disk / "filler").write_bytes(b"x" * 4096)
        done = run_cli(["opml", "export", "disk/feeds.opml"], site)
        assert done.returncode == 1, done.stderr
        assert "disk/feeds.opml: cannot write it: the disk is full" in done.stderr
        assert (disk / "feeds.opml").read_text(encoding="utf-8") == "the previous export\n"
        assert sorted(p.name for p in disk.iterdir()) == ["feeds.opml", "filler"]  # no temporary file left
    written = run_cli(["opml", "export", "out.opml"], site)
    assert written.returncode == 0 and (site / "out.opml").read_text(encoding="utf-8").count("xmlUrl=") == 40
