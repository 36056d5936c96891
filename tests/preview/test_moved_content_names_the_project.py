"""Under `serve`, a moved content/ is told of as `build` tells it: by the project's folders, never an address.

A tester (2026-12-05) ran `mv content/articles content/arts` while serving and read "content/articles/: is
missing, but http://127.0.0.1:8811/bridge/ publishes 21 articles … delete http://127.0.0.1:8811/bridge/ first":
the guard looked at serve's own scratch site and named it by its address. Serve now checks the project's
output/ (what `build` would publish over), names it, and stops refusing once output/ is deleted; the preview's
own site is no published one.
"""
from __future__ import annotations

import io
import shutil
import threading
import time
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.preview.command import Preview
from support.sites import MINIMAL_SITE, write_site


def _until(text: io.StringIO, count: int, what: str) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if text.getvalue().count(what) >= count:
            return text.getvalue()
        time.sleep(0.05)
    raise AssertionError(text.getvalue())


def test_serve_names_output_and_content_when_content_articles_moves(tmp_path: Path) -> None:
    files = {k: v for k, v in MINIMAL_SITE.items() if "notes/" not in k}
    files["content/articles/second-report.md"] = files["content/articles/first-report.md"].replace("10T09", "11T09")
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok  # output/ publishes 2 articles
    out, err = io.StringIO(), io.StringIO()
    preview = Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err)
    with preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            _until(out, 1, "Built in")
            (root / "content/articles").rename(root / "content/arts")
            said = _until(err, 1, "publishes 2 articles")
            line = next(line for line in said.splitlines() if "publishes 2 articles" in line)
            assert line.startswith("content/articles/:") and "output/ publishes 2 articles" in line, line
            assert "delete output/ first" in line and "http" not in line, line
            shutil.rmtree(root / "output")  # as the message says: now the preview builds a site without them
            (root / "content/arts/a-note.txt").write_text("x")  # (a change, to rebuild)
            (root / "content/articles").mkdir()
            _until(out, 1, "Rebuilt")
            assert err.getvalue().count("publishes 2 articles") == 1, err.getvalue()
        finally:
            preview.stop()
            loop.join(10)
