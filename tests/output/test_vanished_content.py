"""A moved content/ never publishes a site without articles over the last one (a hostile trial, 2026-12-04).

`mv content content-moved` or `mv content/articles content/article`, then `briefgen build`: exit 0, one warning,
and `output/articles/` gone — `build && rsync --delete` would have wiped the published site. Now an error, the
previous output untouched; a project that never published an article builds with the warning, as before.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.sites import run_cli, write_site

CONFIG = "title: T\nbase_url: https://example.org/\ntopics:\n  - id: talks\n    title: Talks\n"
ARTICLE = "---\ntitle: Talks resume\nsource: Example Outlet\npublished: 2026-11-20\ntopics: [talks]\n---\nText.\n"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("how", ["rename content", "rename articles", "delete articles", "content a file",
                                 "empty articles", "only notes"])
def test_a_vanished_content_folder_is_an_error_when_articles_were_published(tmp_path: Path, how: str) -> None:
    site = write_site(tmp_path, {"config.yaml": CONFIG, "content/articles/a.md": ARTICLE,
                                 "content/articles/b.md": ARTICLE.replace("resume", "stall")})
    assert run_cli(["build", "--quiet"], site).returncode == 0
    before = tree(site / "output")
    if how == "rename content":
        (site / "content").rename(site / "content-moved")
    elif how == "rename articles":
        (site / "content/articles").rename(site / "content/article")
    elif how == "delete articles":
        shutil.rmtree(site / "content/articles")
    elif how == "empty articles":  # (what a share that did not mount leaves: a hostile re-test)
        shutil.rmtree(site / "content/articles")
        (site / "content/articles").mkdir()
    elif how == "only notes":
        shutil.rmtree(site / "content/articles")
        write_site(site, {"content/notes/n.md": "---\ntitle: A note\ndate: 2026-11-21\n---\nText.\n"})
    else:
        shutil.rmtree(site / "content")
        (site / "content").write_text("oops\n")
    result = run_cli(["build"], site)
    assert result.returncode == 1, result.stdout + result.stderr
    if how != "content a file":  # (a content/ that is no folder has its own error, which names it)
        assert "publishes 2 articles of the last build" in result.stderr, result.stderr
    assert tree(site / "output") == before
    assert "Traceback" not in result.stderr


def test_a_project_that_never_published_an_article_builds_without_content(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"config.yaml": CONFIG})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert "there is no content/ folder" in result.stderr
