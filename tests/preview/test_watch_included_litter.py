"""`serve` follows the static/ files `static_include:` names, whatever their names (preview/watch.py `Watcher.include`).

An open finding of 2026-12-06 (TR17's follow-up): with `static_include: ["*~"]` in config.yaml, `build` published
`static/notes.txt~`, but the preview's watcher took every `~` file for an editor's backup (`is_ignored`) and kept
serving its first bytes after each edit, also for one added while serving. Now an event for a file of static/ the
patterns name is a change like any other; litter the patterns do not name still triggers nothing and is not served.
"""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

from support.previews import serving
from support.sites import MINIMAL_SITE, write_site


def _fetch(url: str) -> bytes | int:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code


def _until(fetch, wanted, timeout: float = 30.0) -> object:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    got = fetch()
    while got != wanted and time.monotonic() < end:
        time.sleep(0.05)
        got = fetch()
    return got


def test_an_included_backup_name_is_rebuilt_on_every_edit_and_one_added_while_serving_is_served(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"] + 'static_include: ["*~", "samples/*.tmp", "#*#"]\n'
    root = write_site(tmp_path / "site", dict(MINIMAL_SITE, **{
        "config.yaml": config, "static/notes.txt~": "first\n", "static/samples/data.tmp": "one\n",
        "static/other.bck": "litter\n"}))
    with serving(root / "config.yaml") as preview:
        url = preview.url
        assert _fetch(url + "notes.txt~") == b"first\n"
        (root / "static" / "notes.txt~").write_text("second\n")
        assert _until(lambda: _fetch(url + "notes.txt~"), b"second\n") == b"second\n"
        (root / "static" / "samples" / "data.tmp").write_text("two\n")
        assert _until(lambda: _fetch(url + "samples/data.tmp"), b"two\n") == b"two\n"
        (root / "static" / "#draft#").write_text("added\n")  # (a name the patterns name, new while serving)
        assert _until(lambda: _fetch(url + "%23draft%23"), b"added\n") == b"added\n"
        (root / "static" / "other.bck").write_text("changed\n")  # litter nobody listed: never served
        (root / "static" / "samples" / "x.tmp~").write_text("x\n")  # (named by "*~": served too)
        assert _until(lambda: _fetch(url + "samples/x.tmp~"), b"x\n") == b"x\n"
        assert _fetch(url + "other.bck") == 404
