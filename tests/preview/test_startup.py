"""`serve`'s first build: the address answers at once with a page saying the site is being built.

The first build is held back for as long as the test likes by holding the project lock
(another build of the project), so the waiting page can be looked at: its status, its
progress line, its HTML, a real browser following it to the site, and Ctrl-C during it.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from briefgen.output.lock import project_lock
from briefgen.preview.livereload import EVENTS_PATH
from briefgen.preview.waiting import waiting_page
from support.htmlcheck import validate_html
from support.sites import REPO_ROOT
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
            status, headers, body = fetch(url + "topics/ceasefire-talks/")  # (an article's page is provisional)
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
    assert listening_in(urlsplit(url).port, site) == [], "a process of this serve still listens"


def listening_in(port: int | None, folder: Path) -> list[int]:
    """The processes listening on `port` whose working folder is `folder` (Linux /proc; [] elsewhere). Refused
    connections were asserted before, but under pytest-xdist another test's server may take the port as soon as
    it is free (a CI run, 2026-12-04): what matters is that nothing of this serve is left listening."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                inodes.add(f"socket:[{fields[9]}]")
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc") if inodes else ()):
        try:
            if os.path.realpath(f"/proc/{pid}/cwd") != os.path.realpath(folder):
                continue
            if any(os.readlink(f"/proc/{pid}/fd/{fd}") in inodes for fd in os.listdir(f"/proc/{pid}/fd")):
                found.append(int(pid))
        except OSError:
            continue
    return found


def test_a_browser_on_the_waiting_page_ends_on_the_page_it_asked_for(site: Path, tmp_path: Path, page) -> None:
    from playwright.sync_api import expect

    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            page.goto(url + "topics/ceasefire-talks/")
            expect(page.locator("h1")).to_have_text("Building the site …")
        except BaseException:
            process.kill()
            raise
    try:  # no navigation by the test from here: the page's own refresh brings the topic's page
        expect(page.locator("main")).to_contain_text("Envoys meet in Geneva", timeout=TIMEOUT * 1000)
        assert page.url == url + "topics/ceasefire-talks/"
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None


def test_the_waiting_page_is_valid_html(tmp_path: Path) -> None:
    path = tmp_path / "waiting.html"
    path.write_bytes(waiting_page("/home/editor/<briefing> & co", "Parsing 10000 new or changed files ...", 12.4))
    assert "&lt;briefing&gt; &amp; co" in path.read_text()
    assert "<h1>Building the site&nbsp;…</h1>" in path.read_text()  # the … alone on a phone's second line
    assert validate_html([path]) == []


def test_a_reload_channel_from_an_earlier_session_reloads_onto_the_waiting_page(site: Path, tmp_path: Path) -> None:
    # A tab left open across a restart reconnects its EventSource during the first build. Any
    # status but 200 makes a browser give the EventSource up for good (the tab would stay on a
    # page older than the content): it gets a reload event instead.
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            parts = urlsplit(url)
            with socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT) as sock:
                sock.sendall(f"GET {EVENTS_PATH}?token=earlier-7&page=%2Fbriefing%2F HTTP/1.1\r\n"
                             f"Host: localhost\r\nAccept: text/event-stream\r\n\r\n".encode())
                answer = _read_all(sock)
            assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
            assert b"Content-Type: text/event-stream" in answer and b"event: reload\n" in answer
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


def test_slow_and_silent_clients_hold_up_no_one(site: Path, tmp_path: Path) -> None:
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            parts = urlsplit(url)
            address = (parts.hostname, parts.port)
            silent = [socket.create_connection(address, timeout=TIMEOUT) for _ in range(10)]
            drip = socket.create_connection(address, timeout=TIMEOUT)
            drip.sendall(b"G")
            started = time.monotonic()
            for _ in range(5):
                assert fetch(url)[0] == 503
            assert time.monotonic() - started < 2.0  # each answered at once, not after the others
            # A huge head, and a request with a body: answered, not reset.
            with socket.create_connection(address, timeout=TIMEOUT) as sock:
                sock.sendall(b"GET /briefing/ HTTP/1.1\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n")  # ("/": a redirect)
                assert _read_all(sock).startswith(b"HTTP/1.1 503 ")
            with socket.create_connection(address, timeout=TIMEOUT) as sock:
                sock.sendall(b"POST / HTTP/1.1\r\nContent-Length: 100000\r\n\r\n" + b"b" * 100_000)
                assert _read_all(sock).startswith(b"HTTP/1.1 503 ")
            for sock in silent + [drip]:
                sock.close()
        except BaseException:
            process.kill()
            raise
    try:
        assert served_url(process) == url
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0 and "Traceback" not in err


def test_a_killed_serve_leaves_nothing_answering_or_locked(tmp_path: Path) -> None:
    # kill -9 while the first build parses with a worker process: the waiting page's child
    # notices its parent is gone (the worker holds its pipe open), the worker ends, and
    # nothing keeps the port or the project lock.
    site = tmp_path / "site"
    subprocess.run([sys.executable, str(REPO_ROOT / "benchmarks" / "make_corpus.py"), str(site), "--articles", "400"],
                   check=True, capture_output=True)
    temp = tmp_path / "temp"
    temp.mkdir()
    process = start_cli(site, tmpdir=temp)
    url = waiting_url(process)
    until(lambda: "Parsing" in fetch(url)[2], "the build never started parsing")
    process.kill()
    process.communicate(timeout=TIMEOUT)
    parts = urlsplit(url)

    def refused() -> bool:
        try:
            socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT).close()
        except ConnectionRefusedError:
            return True
        return False

    until(refused, "something still answers on the killed serve's port")
    # The lock is the project's whatever it holds: a build of five of its articles (no notes, which name others)
    # must take it as one of all 400 must (whose cold build was ~10 s of this test's ~19 s, 2026-12-05).
    for kept in (*sorted((site / "content" / "articles").glob("*.md"))[5:], *(site / "content" / "notes").glob("*")):
        kept.unlink()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "--quiet", "--wait", "30"], cwd=site, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _read_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_a_tab_left_open_across_a_restart_follows_to_the_new_content(site: Path, tmp_path: Path, page) -> None:
    # The tab's reload channel reconnects to the new `serve` while its first build runs: the
    # tab reloads at once onto the article's provisional page, made from the edited file (never
    # the page of before), then lands on the site's page of it by itself.
    from playwright.sync_api import expect

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    first = start_cli(site, "--port", port, tmpdir=tmp_path)
    try:
        url = served_url(first)
        page.goto(url + "articles/first-report/")
        expect(page.locator("h1").first).to_contain_text("Envoys meet in Geneva")
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=TIMEOUT)
    finally:
        first.kill() if first.poll() is None else None
    article = site / "content/articles/first-report.md"
    article.write_text(article.read_text().replace("Envoys meet in Geneva", "Envoys meet again in Geneva"))
    with held(site):
        second = start_cli(site, "--port", port, tmpdir=tmp_path)
        try:
            waiting_url(second)
            expect(page.locator("[role=status]").first).to_contain_text("Provisional preview", timeout=TIMEOUT * 1000)
            expect(page.locator("h1").first).to_contain_text("Envoys meet again in Geneva")
        except BaseException:
            second.kill()
            raise
    try:
        expect(page.get_by_text("Provisional preview")).to_have_count(0, timeout=TIMEOUT * 1000)
        expect(page.locator("h1").first).to_contain_text("Envoys meet again in Geneva")
        second.send_signal(signal.SIGINT)
        second.communicate(timeout=TIMEOUT)
    finally:
        second.kill() if second.poll() is None else None
