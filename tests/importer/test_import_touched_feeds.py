"""A feed re-served with the same bytes and new validators is asked conditionally with them next time.

A tester, 2026-12-05 (T10 finding 9): daily-meridian.rss and freight-weekly.atom were rewritten unchanged (same
bytes, a new Last-Modified from the file's new mtime). Fetch got a 200 whose bytes were the stored ones, called the
feed unchanged, and kept the v1 validators: every later run sent If-Modified-Since of v1 and downloaded the whole
feed again (http.log: 200s on runs 3 and 4). Now the validators of every 200 are stored (and those a 304 carries,
RFC 9111 §4.3.4), so the next run asks with the server's current ones and gets a 304 (RFC 9110 §13.1).

A real loopback server here honours If-None-Match and If-Modified-Since as RFC 9110 §13.1.1/§13.1.3 say (and as
http.server's file handler does) and counts what it answered.
"""
from __future__ import annotations

import email.utils
import http.server
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import config_text, fetch, rss
from support.sites import write_site
from support.loopback import serve_in_thread


@dataclass
class Origin:
    """What the server serves now, and what it was asked and answered (status, If-None-Match, If-Modified-Since)."""

    body: bytes = b""
    etag: str = ""
    modified: float = 0.0  # seconds since the epoch; 0: no Last-Modified
    log: list[tuple[int, str, str]] = field(default_factory=list)

    def serve(self, body: bytes, version: int, style: str) -> None:
        self.body = body
        self.etag = f'"v{version}"' if style in ("etag", "both") else ""
        self.modified = 1_700_000_000.0 + 60 * version if style in ("modified", "both") else 0.0


@contextmanager
def origin_server() -> Iterator[tuple[Origin, str]]:
    origin = Origin()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            tag, since = self.headers.get("If-None-Match", ""), self.headers.get("If-Modified-Since", "")
            if tag:  # §13.1.2: If-None-Match wins over If-Modified-Since
                fresh = bool(origin.etag) and tag == origin.etag
            else:
                date = email.utils.parsedate_to_datetime(since).timestamp() if since else None
                fresh = date is not None and bool(origin.modified) and origin.modified <= date
            origin.log.append((304 if fresh else 200, tag, since))
            self.send_response(304 if fresh else 200)
            if origin.etag:
                self.send_header("ETag", origin.etag)
            if origin.modified:
                self.send_header("Last-Modified", email.utils.formatdate(origin.modified, usegmt=True))
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", "0" if fresh else str(len(origin.body)))
            self.end_headers()
            if not fresh:
                self.wfile.write(origin.body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    serve_in_thread(server)
    try:
        yield origin, f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
    finally:
        server.shutdown()
        server.server_close()


def _feed(version: int) -> bytes:
    return rss("Daily Meridian", [{"title": f"Report {n}", "link": f"https://dm.example/{n}", "guid": f"dm{n}",
                                   "date": "Tue, 10 Nov 2026 06:00:00 +0000"} for n in range(version + 1)]).encode()


def test_the_testers_touched_feed_gets_a_304_on_later_runs(tmp_path: Path) -> None:
    """The reported case through the CLI: v1, then the same bytes with a new Last-Modified, then two more runs."""
    with origin_server() as (origin, url):
        origin.serve(_feed(0), 0, "modified")
        root = write_site(tmp_path / "site", {"config.yaml": config_text(url)})
        assert "new=1" in fetch(root).stdout
        origin.serve(_feed(0), 1, "modified")  # rewritten unchanged: a new mtime
        for _ in range(3):
            done = fetch(root)
            assert done.returncode == 0 and "unchanged" in done.stdout, done.stdout + done.stderr
    assert [status for status, _, _ in origin.log] == [200, 200, 304, 304], origin.log


STEPS = st.lists(st.sampled_from(["same", "touch", "change"]), min_size=1, max_size=6)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS, style=st.sampled_from(["etag", "modified", "both"]))
@example(steps=["touch", "same", "same"], style="modified")  # the report
def test_every_request_carries_the_validators_of_the_last_answer(steps: list[str], style: str) -> None:
    """Whatever the server does between runs, each request carries the validators its previous answer gave, so
    a run after which nothing changed is answered 304."""
    with tempfile.TemporaryDirectory() as tmp, origin_server() as (origin, url):
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text(url), encoding="utf-8")
        items, version = 0, 0
        origin.serve(_feed(items), version, style)
        sent: list[tuple[str, str]] = []  # the validators each answer carried
        for step in ["first", *steps]:
            if step in ("touch", "change"):
                version += 1
                items += step == "change"
                origin.serve(_feed(items), version, style)
            assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
            sent.append((origin.etag, email.utils.formatdate(origin.modified, usegmt=True) if origin.modified else ""))
        for k, (status, tag, since) in enumerate(origin.log[1:], start=1):
            assert (tag, since) == sent[k - 1], (k, origin.log, sent)
            if steps[k - 1] == "same":
                assert status == 304, (k, origin.log)
