"""`init` and `new` when the machine says no: a full disk, a file size limit, a read-only folder.

Each is one line naming the file, exit 1, and no file left behind — neither a temporary
file nor a half-written (empty) one. An empty `config.yaml` left by a failed `init` made
every later `init` refuse ("already exists") and every build fail; an empty note left by
`new` did the same for `new` and the build. Limits come from `prlimit --fsize` (EFBIG),
full disks from a real small tmpfs, permissions from root without the capabilities that
ignore them (`setpriv --bounding-set`), as in tests/output/test_faults.py.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support.restricted import needs_permissions, run_restricted
from support.sites import MINIMAL_SITE, REPO_ROOT, run_cli, write_site
from support.disks import tmpfs
from support.examples import examples



def run(prefix: list[str], args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    return subprocess.run([*prefix, sys.executable, "-m", "briefgen", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too: a temporary file must not survive)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (util-linux) is needed")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What `init` writes when nothing goes wrong."""
    folder = tmp_path_factory.mktemp("reference")
    assert run_cli(["init", "site"], folder).returncode == 0
    return files_in(folder / "site")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    with tmpfs(mount, "64k"):
        yield mount


def fill(disk: Path) -> Path:
    """Fill `disk` to the last byte; the filler file, to delete when space is wanted again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 512):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(min_value=0, max_value=700))
def test_init_under_any_file_size_limit_leaves_only_complete_files_and_a_rerun_completes_the_site(
        tmp_path_factory: pytest.TempPathFactory, reference: dict[str, bytes], limit: int) -> None:
    need("prlimit")
    folder = tmp_path_factory.mktemp("limit")
    result = run(["prlimit", f"--fsize={limit}"], ["init", "site"], folder)
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr, result.stderr
    written = files_in(folder / "site")
    if result.returncode == 0:
        assert written == reference
    else:
        assert result.returncode == 1
        assert "cannot create it (a file is larger than this process may write" in result.stderr
        assert all(written[path] == reference[path] for path in written)  # complete files only, nothing hidden
        assert "config.yaml" not in written  # written last: a rerun is not refused
    again = run_cli(["init", "site"], folder)
    if result.returncode == 1:
        assert again.returncode == 0, again.stderr
    assert files_in(folder / "site") == reference


def test_init_on_a_full_disk_says_so_and_a_rerun_completes_the_site(small_disk: Path,
                                                                      reference: dict[str, bytes]) -> None:
    filler = fill(small_disk)
    result = run_cli(["init", "site"], small_disk)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].endswith(
        ": cannot create it (the disk is full: free some space); run `briefgen init` again once that is fixed")
    assert "config.yaml" not in files_in(small_disk / "site")
    assert all(data for data in files_in(small_disk / "site").values())  # no empty file
    filler.unlink()
    assert run_cli(["init", "site"], small_disk).returncode == 0
    assert files_in(small_disk / "site") == reference


def test_new_on_a_full_disk_says_so_and_leaves_no_file(small_disk: Path) -> None:
    root = write_site(small_disk / "site", MINIMAL_SITE)
    filler = fill(small_disk)
    before = files_in(root)
    result = run_cli(["new", "note", "Envoys meet in Geneva"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("content/notes/envoys-meet-in-geneva.md: cannot create the file "
                                             "(the disk is full: free some space); nothing was written")
    assert files_in(root) == before
    filler.unlink()
    again = run_cli(["new", "note", "Envoys meet in Geneva"], root)  # not "already exists"
    assert again.returncode == 0, again.stderr
    assert b"title: Envoys meet in Geneva" in (root / "content/notes/envoys-meet-in-geneva.md").read_bytes()


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(min_value=0, max_value=300), kind=st.sampled_from(["article", "note"]))
def test_new_under_any_file_size_limit_writes_the_whole_file_or_none(
        tmp_path_factory: pytest.TempPathFactory, limit: int, kind: str) -> None:
    need("prlimit")
    root = write_site(tmp_path_factory.mktemp("new"), MINIMAL_SITE)
    before = files_in(root)
    result = run(["prlimit", f"--fsize={limit}"], ["new", kind, "Talks resume in Istanbul"], root)
    target = root / "content" / f"{kind}s" / "talks-resume-in-istanbul.md"
    if result.returncode == 0:
        assert target.read_text(encoding="utf-8").startswith("---\ntitle: Talks resume in Istanbul\n")
        assert run_cli(["build", "--drafts", "-q"], root).returncode == 0
    else:
        assert result.returncode == 1, result.stderr
        assert "cannot create the file (a file is larger than this process may write" in result.stderr
        assert files_in(root) == before
        assert run_cli(["new", kind, "Talks resume in Istanbul"], root).returncode == 0


def test_init_and_new_in_read_only_folders_name_the_file_and_exit_1(tmp_path: Path) -> None:
    needs_permissions()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    result = run_restricted(["init", "locked/site"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("locked/site: cannot create it (permission denied: fix the "
                                             "folder's permissions); run `briefgen init` again once that is fixed")
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    (root / "content/articles").chmod(0o555)
    before = files_in(root)
    result = run_restricted(["new", "article", "Envoys meet"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("content/articles/envoys-meet.md: cannot create the file (permission "
                                             "denied: fix the folder's permissions); nothing was written")
    assert files_in(root) == before
