"""Search lives in the browser: load the built search page in headless Chromium and use it."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest

from support.sites import MINIMAL_SITE, run_cli, write_site


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    files = dict(MINIMAL_SITE)
    files["content/articles/hostile-title.md"] = (
        "---\ntitle: \"<img src=x onerror=window.pwned=1> Truce in Geneva\"\nsource: Evil Outlet\n"
        "published: 2023-05-09\n---\nNegotiators in Geneva discussed a truce.\n")
    files["content/articles/beijing-envoy.md"] = (
        "---\ntitle: Beijing sends its envoy\nsource: Reuters\npublished: 2023-05-10\n---\n"
        "Li Hui travels to Kyiv and Moscow.\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    # Serve output/ under /briefing/, as it will be published.
    mount = tmp_path / "www"
    mount.mkdir()
    (mount / "briefing").symlink_to(site / "output")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(mount))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/briefing/"
    server.shutdown()
    thread.join()


def test_search_finds_articles_by_every_word_and_links_to_them(served: str, page) -> None:
    page.goto(served + "search/")
    page.fill("#search-query", "beijing ENVOY")
    page.press("#search-query", "Enter")
    results = page.locator("#search-results a")
    results.first.wait_for()
    assert results.count() == 1
    assert results.first.inner_text().strip() == "Beijing sends its envoy"
    results.first.click()
    page.wait_for_url("**/articles/beijing-envoy/")
    assert page.locator("h1").inner_text().strip() == "Beijing sends its envoy"


def test_search_shows_hostile_titles_as_text(served: str, page) -> None:
    page.goto(served + "search/?q=geneva")
    page.locator("#search-results a").first.wait_for()
    texts = page.locator("#search-results a").all_inner_texts()
    assert any("<img src=x onerror=window.pwned=1> Truce in Geneva" in t for t in texts)
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#search-results img").count() == 0


def test_search_says_when_nothing_matches(served: str, page) -> None:
    page.goto(served + "search/?q=zzzz-nothing")
    status = page.locator("#search-status")
    status.wait_for()
    page.wait_for_function("document.querySelector('#search-status').textContent.length > 0")
    assert "No results for" in status.inner_text()
