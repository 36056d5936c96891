"""A path the build cannot look at is a diagnostic: never a traceback, never an empty site.

Trials (2026-12-02): a symlink that leads round in a loop (`ln -s a b; ln -s b a`) in static/,
templates/ or content/ ended `build` and `check` with "unexpected error: OSError: [Errno 40] Too
many levels of symbolic links" (`os.DirEntry.is_dir()` raises for a loop where it says False for a
missing target), and one as output/, .briefgen-cache/ or --config with "unexpected error:
RuntimeError: Symlink loop from …" (Python 3.11's `Path.resolve()`). A content/ folder that was a
file, a dangling link (a share that did not mount) or a loop gave a site of no articles at all,
published over the previous one with exit code 0 and "Built …"; content/ or output/ without search
permission ended in "unexpected error: PermissionError".
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from support.restricted import needs_permissions, run_restricted
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes

SITE = {**MINIMAL_SITE,
        "static/robots-extra.txt": "User-agent: *\n",
        "templates/partials/masthead.html": '<header class="masthead">{{ config.title }}</header>\n'}

# Where a loop stands → whether the build must fail (exit 1) for it: what the build needs (content,
# templates, its output and config) is an error; a static file or the disposable cache is not.
LOOPS = {
    "content/articles/loop.md": True,
    "content/articles/loop-folder": False,  # (a name no build reads as an article: a warning)
    "content/notes/loop.md": True,
    "content/articles": True,
    "content/notes": True,
    "content": True,
    "templates/loop.html": True,
    "templates/partials/loop.html": True,
    "templates": True,
    "static/loop.txt": False,
    "static": False,
    "output": True,
    ".briefgen-cache": False,
}


def _loop(path: Path, length: int) -> None:
    """Make `path` a symlink loop of `length` links (1: a link to itself), replacing what is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()
    names = [path] + [path.with_name(f"{path.name}.loop{n}") for n in range(1, length)]
    for here, there in zip(names, names[1:] + names[:1]):
        os.symlink(there.name, here)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SITE built once (`build -q`) for the module's tests that start from a built site: each copies it, output and
    cache with it (`_built_copy`). Each of ~40 tests had built its own (a third of its three commands)."""
    root = write_site(tmp_path_factory.mktemp("built") / "site", SITE)
    assert run_cli(["build", "-q"], root).returncode == 0
    return root


def _built_copy(built: Path, tmp_path: Path) -> Path:
    """A copy of the `built` site in tmp_path/site (links copied as links, times kept); the test changes its copy."""
    return shutil.copytree(built, tmp_path / "site", symlinks=True)


def _problems(result: subprocess.CompletedProcess[str]) -> str:
    text = result.stdout + result.stderr
    assert "unexpected error" not in text and "Traceback" not in text, text
    return text


@pytest.mark.parametrize("length", [1, 2])
@pytest.mark.parametrize("place", sorted(LOOPS))
def test_a_symlink_loop_anywhere_is_named_and_never_a_traceback(built: Path, tmp_path: Path, place: str,
                                                              length: int) -> None:
    root = _built_copy(built, tmp_path)
    before = tree_bytes(root / "output") if place != "output" else None
    _loop(root / place, length)
    for command in ("build", "check"):
        result = run_cli([command], root)
        text = _problems(result)
        if LOOPS[place]:
            assert result.returncode == 1, text
            assert place in text, text  # (named where it stands, or as the folder the build could not use)
        else:
            assert result.returncode == 0, text
    if before is not None:
        after = tree_bytes(root / "output")
        assert after == before or not LOOPS[place], "a failed build changed the output"


def test_a_config_or_output_path_given_as_a_loop_is_named(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", SITE)
    _loop(root / "loop.yaml", 2)
    _loop(root / "out", 2)
    result = run_cli(["build", "--config", "loop.yaml"], root)
    assert result.returncode == 2 and "loop.yaml is a symlink that leads round in a loop, not a file" in _problems(
        result)  # (named since 2026-12-03; before, "no config file at loop.yaml", as a missing one)
    result = run_cli(["build", "--output", "out/site"], root)
    assert result.returncode == 1 and "symbolic link that leads round in a loop" in _problems(result)
    assert not (root / "output").exists()


def test_a_plugin_file_that_is_a_loop_is_an_error_at_its_line(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**SITE, "config.yaml": SITE["config.yaml"] + "plugins: [hooks.py]\n"})
    _loop(root / "hooks.py", 2)
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert 'config.yaml:8: plugin file "hooks.py" not found' in _problems(result)


@pytest.mark.parametrize("content", ["a file", "a dangling link", "a loop", "a pipe"])
def test_a_content_folder_that_is_not_one_fails_the_build_and_keeps_the_site(built: Path, tmp_path: Path,
                                                                             content: str) -> None:
    root = _built_copy(built, tmp_path)
    before = tree_bytes(root / "output")
    shutil.rmtree(root / "content")
    if content == "a file":
        (root / "content").write_text("x")
    elif content == "a dangling link":
        os.symlink("/mnt/share-that-did-not-mount/content", root / "content")
    elif content == "a loop":
        _loop(root / "content", 2)
    else:
        os.mkfifo(root / "content")
    for command in ("build", "check"):
        result = run_cli([command], root)
        assert result.returncode == 1, result.stderr
        assert "content: not read: it is " in _problems(result)
    assert tree_bytes(root / "output") == before


def test_a_missing_content_folder_is_said(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": SITE["config.yaml"]})
    result = run_cli(["build"], root)
    assert result.returncode == 0
    assert "content: warning: there is no content/ folder, so the site has no articles" in _problems(result)


@pytest.mark.parametrize("folder, mode", [(f, m) for f in ("content", "content/articles", "templates", "static",
                                                             "output") for m in (0o644, 0o000)])
def test_a_folder_without_search_permission_is_named_and_keeps_the_site(built: Path, tmp_path: Path, folder: str,
                                                                         mode: int) -> None:
    """As any user: root without the capabilities that let it ignore permissions (support/restricted.py)."""
    needs_permissions()
    root = _built_copy(built, tmp_path)
    before = tree_bytes(root / "output")
    (root / folder).chmod(mode)
    try:
        for command in ("build", "check"):
            result = run_restricted([command], root)
            text = _problems(result)
            assert result.returncode == 1 or (folder == "output" and command == "check"), text
            assert result.returncode == 0 or folder in text, text
    finally:
        (root / folder).chmod(0o755)
    assert tree_bytes(root / "output") == before
