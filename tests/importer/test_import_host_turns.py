"""A server's "stop" reaches every feed of its host in the run it is said: one request per host until the host
has answered, then at most 2 at once; a host's feeds are asked in the order of config.yaml.

A re-test of daaf6f3 (2026-12-04): feeds /a.xml and /b.xml on one host, /a.xml answering 503 with
`Retry-After: 600` after 1 s; the server saw both requests within 0.01 s (2 per host at once) and /b.xml was
imported in that run, though docs/fetch.md promised the host was held "for the rest of the run". Real loopback
servers, one per host name (127.0.0.1, 127.0.0.2, 127.0.0.3: hosts are told apart by name), which log when each
request arrived and when its answer was sent; times are the servers' (monotonic seconds).
"""
from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, FetchResult, fetch_feeds
from briefgen.importer.http import PER_HOST
from support.examples import examples
from support.importing import articles, config_text, rss
from support.loopback import serve_in_thread

HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")


@dataclass(frozen=True)
class Answer:
    status: int = 200
    delay: float = 0.0  # seconds before answering
    retry_after: str = ""


@dataclass
class Asked:
    host: str
    path: str
    arrived: float
    sent: float = float("inf")  # when the whole answer was written
    answering: float = float("inf")  # when the server began to write its answer (nothing of it can arrive before)


class Servers:
    """One HTTP server per name of HOSTS; `answers[(host, path)]` says how each answers."""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str], Answer] = {}
        self.asked: list[Asked] = []
        self.lock = threading.Lock()
        self.handlers: list[threading.Thread] = []
        servers = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                host = self.server.server_address[0]
                with servers.lock:
                    servers.handlers.append(threading.current_thread())
                    record = Asked(host, self.path, time.monotonic())
                    servers.asked.append(record)
                    answer = servers.answers.get((host, self.path), Answer(404))
                time.sleep(answer.delay)
                body = (rss(f"{host}{self.path}", [{"title": f"Report {host}{self.path}", "guid": host + self.path,
                                                    "link": f"https://outlet.example/{host}{self.path}",
                                                    "date": "Tue, 02 May 2023 14:00:00 +0000"}])
                        if answer.status == 200 else "busy").encode("utf-8")
                self.close_connection = True  # (no idle handler thread outlives the test)
                record.answering = time.monotonic()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/rss+xml")
                    if answer.retry_after:
                        self.send_header("Retry-After", answer.retry_after)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                record.sent = time.monotonic()

            def log_message(self, *args: object) -> None:
                pass

        self.httpds = [http.server.ThreadingHTTPServer((host, 0), Handler) for host in HOSTS]
        self.threads = [serve_in_thread(httpd) for httpd in self.httpds]

    def url(self, host: str, path: str, answer: Answer) -> str:
        self.answers[(host, path)] = answer
        return f"http://{host}:{self.httpds[HOSTS.index(host)].server_address[1]}{path}"

    def close(self) -> None:
        for httpd in self.httpds:
            httpd.shutdown()
            httpd.server_close()
        for thread in self.threads + self.handlers:
            thread.join(timeout=15)


@contextmanager
def servers() -> Iterator[Servers]:
    running = Servers()
    try:
        yield running
    finally:
        running.close()


def _fetch(root: Path, *urls: str) -> FetchResult:
    (root / "config.yaml").write_text(config_text(*urls), encoding="utf-8")
    return fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))


def test_the_reported_case_the_second_feed_waits_for_the_first_answer(tmp_path: Path) -> None:
    with servers() as running:
        a = running.url(HOSTS[0], "/a.xml", Answer(503, 1.0, "600"))
        b = running.url(HOSTS[0], "/b.xml", Answer(200))
        first = _fetch(tmp_path, a, b)
        assert first.ok, first.diagnostics
        assert [asked.path for asked in running.asked] == ["/a.xml"]
        assert articles(tmp_path) == {}
        assert f"(it asked {a} to wait)" in first.feeds[1].line()
        _fetch(tmp_path, a, b)
        assert [asked.path for asked in running.asked] == ["/a.xml"]  # and the next run asks neither


@st.composite
def _runs(draw: st.DrawFn) -> list[tuple[str, str, Answer]]:
    """Feeds on 1–3 hosts (1–4 each) in any order of config.yaml; on some hosts one feed (any) answers a rate
    limit; every answer comes after its own delay."""
    feeds = []
    for host in HOSTS[:draw(st.integers(1, len(HOSTS)))]:
        count = draw(st.integers(1, 4))
        held = draw(st.none() | st.integers(0, count - 1))
        for n in range(count):
            delay = draw(st.sampled_from([0.05, 0.15, 0.3]))
            answer = Answer(draw(st.sampled_from([429, 503])), delay, "600") if n == held else Answer(200, delay)
            feeds.append((host, f"/f{n}.xml", answer))
    return draw(st.permutations(feeds))


@settings(derandomize=True, database=None, max_examples=examples(12), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(feeds=_runs())
@example(feeds=[(HOSTS[0], "/a.xml", Answer(503, 1.0, "600")), (HOSTS[0], "/b.xml", Answer(200))])
@example(feeds=[(HOSTS[0], "/f0.xml", Answer(200, 0.05)), (HOSTS[0], "/f1.xml", Answer(200, 0.3)),
                (HOSTS[0], "/f2.xml", Answer(429, 0.15, "600")), (HOSTS[0], "/f3.xml", Answer(200, 0.05)),
                (HOSTS[1], "/f0.xml", Answer(200, 0.3))])
def test_no_request_to_a_host_starts_after_its_server_asked_to_wait(tmp_path_factory, feeds) -> None:
    root = tmp_path_factory.mktemp("site")
    with servers() as running:
        urls = [running.url(host, path, answer) for host, path, answer in feeds]
        result = _fetch(root, *urls)
    assert result.ok, result.diagnostics
    for host in {host for host, _, _ in feeds}:
        asked = sorted((a for a in running.asked if a.host == host), key=lambda a: a.arrived)
        assert len({a.path for a in asked}) == len(asked)  # each feed asked once (no retry of a rate limit)
        assert asked[0].path == next(path for h, path, _ in feeds if h == host)  # its first in config.yaml
        # (from when the server began to answer: a request sent on reading it may arrive before the server logs
        # that it finished writing it, a fresh-clone CI run under load)
        first_answer = min(a.answering for a in asked)
        assert sum(a.arrived < first_answer for a in asked) == 1  # one request until the host answered
        # in flight for certain from arrival until the server began to answer (its `sent` is logged after the client
        # may already have read the answer and sent the next request: a fresh-clone CI run, 2026-12-05)
        assert all(sum(b.arrived < a.arrived < b.answering for b in asked) < PER_HOST for a in asked)
        holds = [a for a in asked if running.answers[(host, a.path)].status != 200]
        if not holds:
            assert len(asked) == sum(h == host for h, _, _ in feeds)
            continue
        hold = holds[0].sent
        others = [a for a in asked if a is not holds[0]]
        if not any(a.sent < hold for a in others):  # the server's first answer asked to wait: none other asked
            assert others == [], others
        else:  # the host had answered, so 2 at once: one other at most was on its way when the hold came
            assert sum(a.arrived < hold < a.answering for a in others) <= PER_HOST - 1
            assert sum(a.arrived > hold for a in others) <= PER_HOST - 1, others  # (sent before the hold was read)
        asked_paths = {a.path for a in asked}
        for (feed_host, path, _), url, report in zip(feeds, urls, result.feeds):
            if feed_host == host and path not in asked_paths:
                assert report.label == "wait" and "(it asked http://" in report.line(), report.line()
    assert len(articles(root)) == sum(running.answers[(a.host, a.path)].status == 200 for a in running.asked)
