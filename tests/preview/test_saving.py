"""A save in two steps (the file emptied, then written 0.15–1.5 s later) shows no "Build failed" (a trial,
2026-12-04: every open tab showed "…:1: content files must start with a line '---'" until the second write), and a
file left empty is reported as before, once it has stayed empty for `saving.HOLD` seconds (preview/saving.py)."""
from __future__ import annotations

import io
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from briefgen.preview.command import Preview
from briefgen.preview.saving import HOLD
from support.sites import MINIMAL_SITE, write_site

ARTICLE = "content/articles/first-report.md"


class Watching:
    """Whether a serve's visible state ever showed a failed build (what a tab would show)."""

    def __init__(self, preview: Preview) -> None:
        self.preview, self.failed, self.done = preview, False, threading.Event()
        self.thread = threading.Thread(target=self._run)
        self.thread.start()

    def _run(self) -> None:
        while not self.done.is_set():
            self.failed |= self.preview.state.snapshot.failing
            time.sleep(0.01)

    def stop(self) -> bool:
        self.done.set()
        self.thread.join()
        return self.failed


def _page(preview: Preview) -> str:
    with urllib.request.urlopen(preview.url + "articles/first-report/", timeout=30) as answer:
        return answer.read().decode("utf-8")


def _until(check, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize(("gap", "first"), [(0.15, b""), (0.3, b""), (0.9, b""), (1.5, b""),
                                           (0.3, b"\xef\xbb\xbf"), (0.9, b"\xef\xbb\xbf\n"), (0.3, b"\n\n  ")])
def test_a_save_that_empties_the_file_first_shows_no_failure(tmp_path: Path, gap: float, first: bytes) -> None:
    """`first`: what the tool's first step leaves, also only a UTF-8 BOM (a re-test, 2026-12-04) or white space."""
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    out, err = io.StringIO(), io.StringIO()
    with Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err) as preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            watching = Watching(preview)
            article = root / ARTICLE
            text = article.read_text(encoding="utf-8").replace("Diplomats", "Negotiators")
            article.write_bytes(first)  # the tool's first step
            time.sleep(gap)
            article.write_text(text, encoding="utf-8")
            _until(lambda: "Rebuilt" in out.getvalue())
            assert "Negotiators" in _page(preview)
            assert not watching.stop(), err.getvalue()
            assert "Build failed" not in err.getvalue() and "must start with" not in err.getvalue(), err.getvalue()
        finally:
            preview.stop()
            loop.join(10)


def test_a_file_left_empty_is_reported_after_the_hold(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    out, err = io.StringIO(), io.StringIO()
    with Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err) as preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            emptied = time.monotonic()
            (root / ARTICLE).write_text("", encoding="utf-8")
            _until(lambda: "Build failed" in err.getvalue())
            assert time.monotonic() - emptied >= HOLD - 0.1
            assert f"{ARTICLE}:1: content files must start with a line `---`" in err.getvalue(), err.getvalue()
            assert preview.state.snapshot.failing
        finally:
            preview.stop()
            loop.join(10)
