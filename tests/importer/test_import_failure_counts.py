"""An answer that is no feed is a failure, counted like any other.

A feed whose server answered 200 with something that is not a feed (an HTML page, an empty
body, binary junk) was recorded as answered first — consecutive errors reset, `last success`
set to now — and then as failed: every run said "failing 1 time in a row", the back-off
never grew past 5 minutes, and `briefgen feeds` said "last success 12 min ago" of a feed that
never gave one item. Real answers from a loopback server and real files.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from support.feedserver import FeedServer, Reply
from support.importing import fetch, rss
from support.sites import run_cli

NOT_FEEDS = {
    "html page": ("text/html", b"<!doctype html><html><head><title>Hi</title></head><body>Sign in</body></html>"),
    "empty body": ("application/rss+xml", b""),
    "binary": ("application/octet-stream", b"\x00\x01\x02junk\xff\xfe"),
    "json, no feed": ("application/json", b'{"error": "not found"}'),
}


def _state(root: Path) -> dict:
    [path] = (root / ".briefgen-cache" / "feeds").glob("*.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", sorted(NOT_FEEDS))
def test_a_200_that_is_no_feed_counts_as_a_failure_on_every_run(
        kind: str, site: Callable[..., Path], server: FeedServer) -> None:
    media, body = NOT_FEEDS[kind]
    good = rss("Wire", [{"title": "Envoys meet", "link": "https://wire.example/1", "guid": "w1"}])
    url = server.script("/feed", *[Reply(200, body, {"Content-Type": media})] * 3, Reply(200, good))
    root = site(url)
    for run in (1, 2, 3):
        assert fetch(root, "--force").returncode == 1
        state = _state(root)
        assert state["errors"] == run and state["last_success"] == 0.0, (run, state)
    assert state["next_allowed"] - state["checked"] == pytest.approx(20 * 60)  # 5, 10, 20 min: it grows
    rows = run_cli(["feeds"], root).stdout
    assert "failing" in rows and "last success never" in rows and "failing 3 times in a row" in rows, rows

    assert fetch(root, "--force").returncode == 0  # a feed at last: errors reset, a success recorded
    state = _state(root)
    assert state["errors"] == 0 and state["last_success"] == state["checked"]
    assert "failing" not in run_cli(["feeds"], root).stdout


def test_a_local_file_that_is_no_feed_counts_as_a_failure_on_every_run(site: Callable[..., Path]) -> None:
    root = site("feeds/page.xml", files={"feeds/page.xml": "<!doctype html><html><body>moved</body></html>"})
    for run in (1, 2):
        assert fetch(root).returncode == 1  # (local files are never backed off)
        assert _state(root)["errors"] == run
    rows = run_cli(["feeds"], root).stdout
    assert "last success never" in rows and "failing 2 times in a row" in rows, rows
