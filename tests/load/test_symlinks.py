"""Symlinks: nothing outside the project is published unless the editor allows it.

A symlink under content/, templates/ or static/ that resolves outside the project folder
is refused with a diagnostic (Hugo refuses symlinks in static for the same reason), unless
its target lies in a folder listed under `allow_symlinks_to:`. Symlinks that stay inside
the project — and allowed ones — are followed by `build` and watched by `serve`.
"""

from __future__ import annotations

import os
from pathlib import Path

from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes


def site(tmp_path: Path, extra_config: str = "") -> Path:
    files = dict(MINIMAL_SITE)
    files["config.yaml"] += extra_config
    return write_site(tmp_path / "project", files)


def test_a_static_symlink_to_a_system_file_is_refused(tmp_path: Path) -> None:
    root = site(tmp_path)
    (root / "static").mkdir()
    os.symlink("/etc/passwd", root / "static" / "passwd")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert "static/passwd: symlink to /etc/passwd, which is outside the project" in result.stderr
    assert not (root / "output").exists()
    cached = [p for p in (root / ".briefgen-cache").rglob("*") if p.is_file() and not p.is_symlink()]
    assert not any(b"root:x:0:0" in p.read_bytes() for p in cached)


def test_allowed_targets_outside_the_project_are_published(tmp_path: Path) -> None:
    shared = tmp_path / "shared-assets"
    shared.mkdir()
    (shared / "logo.txt").write_text("desk logo")
    root = site(tmp_path)
    (root / "static").mkdir()
    os.symlink(shared / "logo.txt", root / "static" / "logo.txt")
    os.symlink(shared, root / "static" / "shared")
    refused = run_cli(["build"], cwd=root)
    assert refused.returncode == 1 and "allow_symlinks_to" in refused.stderr
    config = root / "config.yaml"
    config.write_text(config.read_text() + "allow_symlinks_to: [../shared-assets]\n")
    result = run_cli(["build", "-q"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert (root / "output/logo.txt").read_text() == "desk logo"
    assert (root / "output/shared/logo.txt").read_text() == "desk logo"


def test_a_content_folder_linked_inside_the_project_is_followed(tmp_path: Path) -> None:
    root = site(tmp_path)
    shared = root / "shared" / "articles"
    shared.parent.mkdir()
    (root / "content/articles").rename(shared)
    os.symlink("../shared/articles", root / "content/articles")
    result = run_cli(["build", "-q"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert (root / "output/articles/first-report/index.html").exists()


def test_a_content_file_linked_out_of_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(MINIMAL_SITE["content/articles/first-report.md"].replace("first", "other"))
    root = site(tmp_path)
    os.symlink(outside, root / "content/articles/linked.md")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert "content/articles/linked.md: symlink to" in result.stderr


def test_a_template_linked_out_of_the_project_is_refused(tmp_path: Path) -> None:
    root = site(tmp_path)
    (root / "templates/partials").mkdir(parents=True)
    os.symlink("/etc/passwd", root / "templates/partials/masthead.html")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert "templates/partials/masthead.html: symlink to /etc/passwd" in result.stderr
    assert not (root / "output").exists()


def test_a_symlink_loop_is_followed_once(tmp_path: Path) -> None:
    root = site(tmp_path)
    (root / "static/a").mkdir(parents=True)
    (root / "static/a/file.txt").write_text("x")
    os.symlink("..", root / "static/a/up")
    result = run_cli(["build", "-q"], cwd=root)
    assert result.returncode == 0, result.stderr
    built = tree_bytes(root / "output")
    assert built["a/file.txt"] == b"x"


# --- a content file replaced after the walk: read_source checks what it opened ------------

def _content(root: Path) -> tuple[Path, str]:
    path = "content/articles/swapped.md"
    (root / path).write_text("---\ntitle: Swapped\nsource: Example Post\npublished: 2023-05-01\n---\nInside.\n")
    return root / path, path


def test_read_source_refuses_a_file_swapped_for_a_link_out_of_the_project(tmp_path: Path) -> None:
    # The walk saw a regular file; by the time it is read it leads outside (a race an editor's
    # tool or an attacker can win; found by a helper's trial of `serve`).
    import pytest

    from briefgen.load.files import Refused, confinement, read_source

    root = site(tmp_path)
    full, path = _content(root)
    assert read_source(root, path, confinement(root)).endswith(b"Inside.\n")
    secret = tmp_path / "secret.md"
    secret.write_text("SECRET")
    full.unlink()
    os.symlink(secret, full)
    with pytest.raises(Refused, match="outside the project"):
        read_source(root, path, confinement(root))
    assert read_source(root, path, confinement(root, (str(tmp_path),))) == b"SECRET"  # allowed: read
    inner = root / "content" / "inside.md"  # a link that stays inside the project: read
    inner.write_text("INNER")
    full.unlink()
    os.symlink(inner, full)
    assert read_source(root, path, confinement(root)) == b"INNER"


def test_read_source_refuses_a_pipe_at_once_instead_of_blocking(tmp_path: Path) -> None:
    import pytest

    from briefgen.load.files import Refused, confinement, read_source
    from briefgen.speed.files import FileIndex
    from briefgen.load.files import SourceFile

    root = site(tmp_path)
    full, path = _content(root)
    full.unlink()
    os.mkfifo(full)  # nobody writes to it: a blocking open would wait for ever
    with pytest.raises(Refused, match="not a regular file"):
        read_source(root, path, confinement(root))
    found, problems = FileIndex(None).revisions(root, [SourceFile(path, "swapped", "swapped", "")], confinement(root))
    assert found == [] and len(problems) == 1
    assert str(problems[0]).startswith(f"{path}: not read: it is not a regular file")
