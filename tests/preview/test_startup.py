"""`serve`'s first build: the address answers at once with a page saying the site is being built.

The first build is held back for as long as the test likes by holding the project lock
(another build of the project), so the waiting page can be looked at: its status, its
progress line, its HTML, a real browser following it to the site, and Ctrl-C during it.
"""
from __future__ import annotations

import re
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from briefgen.output.lock import project_lock
from briefgen.preview.startup import waiting_page
from support.htmlcheck import validate_html
from test_preview import SITE, TIMEOUT, fetch, served_url, start_cli


@contextmanager
def held(root: Path) -> Iterator[None]:
    """Another build of the project runs: serve's first build waits for it."""
    with project_lock(root, root / ".briefgen-cache" / "holder", "a test holding the project", 5):
        yield


def waiting_url(process: subprocess.Popen[str]) -> str:
    """The address `serve` prints while its first build runs."""
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"meanwhile (http://\S+) shows how far it got", line)
    assert found, line
    return found.group(1)


def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.fixture
def site(site_factory: Callable[..., Path]) -> Path:
    return site_factory(SITE)


def test_the_address_answers_during_the_first_build_and_then_serves_the_site(site: Path, tmp_path: Path) -> None:
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/briefing/", url)
            status, headers, body = fetch(url + "articles/first-report/")
            assert status == 503 and headers["retry-after"] == "1" and headers["cache-control"] == "no-store"
            assert "Building the site" in body and '<meta http-equiv="refresh" content="1">' in body
            # the build's progress reaches the page: here, that it waits for the other build
            until(lambda: "Waiting for the build held by" in fetch(url)[2], "no progress line on the page")
            assert fetch(url, "HEAD")[0] == 503
        except BaseException:
            process.kill()
            raise
    try:
        assert served_url(process) == url  # the lock is free: the first build runs and ends
        status, _, body = fetch(url + "articles/first-report/")
        assert status == 200 and "Envoys meet in Geneva" in body
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0 and "Traceback" not in err
    with pytest.raises(ConnectionRefusedError):  # no process (the waiting child included) holds the port
        socket.create_connection((urlsplit(url).hostname, urlsplit(url).port), timeout=TIMEOUT).close()


def test_ctrl_c_during_the_first_build_stops_everything(site: Path, tmp_path: Path) -> None:
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            assert fetch(url)[0] == 503
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=TIMEOUT)
        finally:
            process.kill() if process.poll() is None else None
    assert process.returncode == 0 and "Stopped." in out and "Traceback" not in err, err
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((urlsplit(url).hostname, urlsplit(url).port), timeout=TIMEOUT).close()


def test_a_browser_on_the_waiting_page_ends_on_the_page_it_asked_for(site: Path, tmp_path: Path, page) -> None:
    from playwright.sync_api import expect

    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            page.goto(url + "articles/first-report/")
            expect(page.locator("h1")).to_have_text("Building the site …")
        except BaseException:
            process.kill()
            raise
    try:  # no navigation by the test from here: the page's own refresh brings the article
        expect(page.locator("main")).to_contain_text("officials said", timeout=TIMEOUT * 1000)
        assert page.url == url + "articles/first-report/"
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None


def test_the_waiting_page_is_valid_html(tmp_path: Path) -> None:
    path = tmp_path / "waiting.html"
    path.write_bytes(waiting_page("/home/editor/<briefing> & co", "Parsing 10000 new or changed files ...", 12.4))
    assert "&lt;briefing&gt; &amp; co" in path.read_text()
    assert validate_html([path]) == []
