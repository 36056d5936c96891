"""FX114 (UX1 2.3): in `serve`, a page that left the preview is said to be published only when `briefgen build`
published it in output/ (gone.py's `published`); a page only the preview ever had goes without a warning, and one
output/ has is named with what is true: the bookmarks break once the site is built again."""
from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest

from briefgen.preview.command import Preview
from support.previews import save
from support.sites import MINIMAL_SITE, run_cli, write_site

SECOND = MINIMAL_SITE["content/articles/first-report.md"].replace("10T09", "11T09").replace(
    "Example Times", "Daily Wire")


def _until(text: io.StringIO, count: int, what: str = "Rebuilt") -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if text.getvalue().count(what) >= count:
            return text.getvalue()
        time.sleep(0.05)
    raise AssertionError(text.getvalue())


@pytest.mark.parametrize("built_first", [False, True])
def test_splitting_a_story_in_serve_says_published_only_of_what_build_published(tmp_path: Path,
                                                                               built_first: bool) -> None:
    files = {k: v for k, v in MINIMAL_SITE.items() if "notes/" not in k}
    files["content/articles/first-report.md"] = files["content/articles/first-report.md"].replace(
        "url:", "story: geneva-talks\nurl:")
    files["content/articles/second-report.md"] = SECOND.replace("url:", "story: geneva-talks\nurl:")
    root = write_site(tmp_path / "site", files)
    if built_first:
        assert run_cli(["build"], cwd=root).returncode == 0
        assert (root / "output/stories/geneva-talks/index.html").is_file()
    out, err = io.StringIO(), io.StringIO()
    preview = Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err)
    with preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            _until(out, 1, "Built in")
            time.sleep(0.5)  # (the watcher starts after the first build)
            second = root / "content/articles/second-report.md"
            save(second, second.read_text(encoding="utf-8").replace("story: geneva-talks", "story: none"))
            _until(out, 1)
            time.sleep(0.3)  # (its warnings are printed before "Rebuilt")
            said = err.getvalue()
            advice = [str(d) for d in preview.state.snapshot.advice]
        finally:
            preview.stop()
            loop.join(10)
    assert "the last build published this page" not in said + "".join(advice), said
    assert "now break" not in said, said
    if built_first:
        line = next(line for line in said.splitlines() if "stories/geneva-talks/" in line)
        assert line.startswith(f"{preview.url}stories/geneva-talks/: warning: the last `briefgen build` published "
                               f"this page in output/, a story's, and this one has no story of two or more reports "
                               f"with the id \"geneva-talks\""), line
        assert "readers' bookmarks break once you run `briefgen build`" in line, line
        assert [a for a in advice if "published this page in output/" in a]
    else:
        assert "published this page" not in said + "".join(advice), said
