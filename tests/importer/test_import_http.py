"""Polite, incremental fetching over real sockets (issue 11 §1): a loopback server scripted per test.

The CLI runs as a child process, as a user (or cron) runs it; each test reads what the
server saw (requests, headers, how many at once) and what the CLI printed.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from support.feedserver import FeedServer, Reply
from support.importing import NO_PROXY, QUICK_RETRIES, articles, build_ok, fetch, rss
from support.sites import run_cli

ITEMS = [{"title": "Envoys meet in Geneva", "link": "https://outlet.example/geneva", "guid": "urn:o:1",
          "date": "Wed, 10 May 2023 09:00:00 +0300"},
         {"title": "Truce holds overnight", "link": "https://outlet.example/truce", "guid": "urn:o:2",
          "date": "Thu, 11 May 2023 09:00:00 +0300"}]
FEED = rss("The Outlet", ITEMS)
VALIDATORS = {"ETag": '"v1"', "Last-Modified": "Wed, 10 May 2023 10:00:00 GMT"}


def state_of(root: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((root / ".briefgen-cache" / "feeds").glob("*.json"))]


def test_etag_and_last_modified_round_trip_and_unchanged_feeds_cost_no_parsing(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed.xml", Reply(200, FEED, VALIDATORS, when_etag='"v1"'))
    root = site(url)
    first = fetch(root)
    assert first.returncode == 0, first.stderr
    assert "[200] The Outlet: new=2 updated=0 same=0 filtered=0 duplicate=0" in first.stdout
    assert "If-None-Match" not in server.seen("/feed.xml")[0].headers
    stored, = state_of(root)
    assert stored["etag"] == '"v1"' and stored["last_modified"] == VALIDATORS["Last-Modified"]
    assert stored["status"] == 200 and stored["errors"] == 0 and stored["body_hash"]

    second = fetch(root)
    assert second.returncode == 0, second.stderr
    assert "[304] The Outlet: unchanged" in second.stdout
    sent = server.seen("/feed.xml")[1].headers
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == VALIDATORS["Last-Modified"]

    # A server that ignores If-None-Match but sends the same ETag (or the same bytes): no parsing either.
    server.script("/feed.xml", Reply(200, FEED, VALIDATORS))
    assert "[200] The Outlet: unchanged" in fetch(root).stdout
    server.script("/feed.xml", Reply(200, FEED, {}))
    assert "[200] The Outlet: unchanged" in fetch(root).stdout
    forced = fetch(root, "--force")
    assert "[200] The Outlet: new=0 updated=0 same=2" in forced.stdout
    assert "If-None-Match" not in server.seen("/feed.xml")[-1].headers
    assert len(articles(root)) == 2
    build_ok(root)


def test_validators_are_saved_only_after_the_items_were_written(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed.xml", Reply(200, FEED, VALIDATORS, when_etag='"v1"'))
    root = site(url)
    (root / "content").mkdir()
    (root / "content" / "articles").write_text("in the way", encoding="utf-8")  # every write fails
    failed = fetch(root)
    assert failed.returncode == 1
    assert "cannot write a new file in content/articles/" in failed.stderr
    assert state_of(root)[0]["etag"] == ""  # not saved: the items it vouches for were never written

    (root / "content" / "articles").unlink()
    again = fetch(root)
    assert again.returncode == 0, again.stderr
    assert "If-None-Match" not in server.seen("/feed.xml")[-1].headers
    assert "new=2" in again.stdout and len(articles(root)) == 2
    assert state_of(root)[0]["etag"] == '"v1"'


def test_429_with_retry_after_in_seconds_is_honoured_by_later_runs_for_every_feed_of_its_host(
        site: Callable[..., Path], server: FeedServer) -> None:
    limited = server.script("/limited.xml", Reply(429, "slow down", {"Retry-After": "3600"}))
    server.script("/other.xml", Reply(200, rss("Other", ITEMS[:1])))
    other = server.url.replace("127.0.0.1", "localhost") + "/other.xml"  # (another host name)
    root = site(limited, other)
    first = fetch(root)
    assert first.returncode == 0, first.stderr  # a rate limit is a warning: nothing for the editor to fix
    assert "warning: feed" in first.stderr and "HTTP 429 Too Many Requests and asked to wait until" in first.stderr
    assert len(server.seen("/limited.xml")) == 1  # a 429 is not retried within the run

    second = fetch(root)
    assert second.returncode == 0, second.stderr
    assert len(server.seen("/limited.xml")) == 1  # not asked again before the time it gave
    assert len(server.seen("/other.xml")) == 2  # another host: asked as usual
    assert f"[wait] {limited}: rate-limited by the server until" in second.stdout
    assert "Traceback" not in second.stderr
    forced = fetch(root, "--force")  # --force skips validators and back-off, never a server's Retry-After
    assert len(server.seen("/limited.xml")) == 1 and f"[wait] {limited}" in forced.stdout
    status = run_cli(["feeds"], root)
    assert status.returncode == 0
    assert status.stdout.splitlines()[0].startswith("rate-limited")


def test_429_with_retry_after_as_an_http_date(site: Callable[..., Path], server: FeedServer) -> None:
    later = email.utils.format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2), usegmt=True)
    url = server.script("/feed.xml", Reply(429, "", {"Retry-After": later}), Reply(200, FEED))
    root = site(url)
    assert fetch(root).returncode == 0
    waiting = fetch(root)
    assert "rate-limited by the server until" in waiting.stdout and len(server.seen("/feed.xml")) == 1
    past = email.utils.format_datetime(dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2), usegmt=True)
    server.script("/feed.xml", Reply(503, "", {"Retry-After": past}), Reply(200, FEED))
    root2 = site(url)
    assert fetch(root2).returncode == 0  # a 503 with Retry-After is not retried within the run (a warning)
    assert len(server.seen("/feed.xml")) == 2
    assert "new=2" in fetch(root2).stdout  # the date has passed: asked again at once


def test_503_is_retried_with_jitter_then_backs_off_and_is_reported_every_run(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/down.xml", Reply(503, "busy"))
    recovers = server.script("/flaky.xml", Reply(503, "busy"), Reply(200, FEED))
    root = site(url, recovers)
    first = fetch(root)
    assert first.returncode == 1
    assert len(server.seen("/down.xml")) == 3  # the first try and two retries
    gaps = [b.at - a.at for a, b in zip(server.seen("/down.xml"), server.seen("/down.xml")[1:])]
    assert 0.2 <= gaps[0] <= 0.9 and 0.45 <= gaps[1] <= 1.7, gaps  # 0.5 s then 1 s, each ±50%
    assert "HTTP 503 Service Unavailable; try again later" in first.stderr
    assert "new=2" in first.stdout  # flaky recovered on its retry, within the same run
    assert len(server.seen("/flaky.xml")) == 2

    second = fetch(root)
    assert second.returncode == 0
    assert len(server.seen("/down.xml")) == 3  # backing off
    assert "failed 1 time in a row (last: the server answered HTTP 503" in second.stderr  # never silent
    assert f"[wait] {url}: backing off after 1 failure until" in second.stdout
    forced = fetch(root, "--force")
    assert len(server.seen("/down.xml")) == 6
    assert forced.returncode == 1
    rows = run_cli(["feeds"], root).stdout
    assert "failing" in rows and "failing 2 times in a row" in rows


def test_410_marks_the_feed_gone_and_says_so(site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/gone.xml", Reply(410, "gone"))
    root = site(url)
    first = fetch(root)
    assert first.returncode == 1
    assert "HTTP 410 Gone: the feed is gone for good; remove it from config.yaml" in first.stderr
    second = fetch(root)
    assert len(server.seen("/gone.xml")) == 1
    assert "the server said the feed is gone (HTTP 410); remove it from config.yaml" in second.stderr
    assert f"[wait] {url}: gone (HTTP 410)" in second.stdout
    assert run_cli(["feeds"], root).stdout.startswith("gone")


def test_a_permanent_redirect_seen_on_three_runs_is_reported_never_applied(
        site: Callable[..., Path], server: FeedServer) -> None:
    old = server.script("/old.xml", Reply(301, "", {"Location": "/new.xml"}))
    server.script("/new.xml", Reply(200, FEED, VALIDATORS, when_etag='"v1"'))
    root = site(old)
    config_before = (root / "config.yaml").read_bytes()
    for run in (1, 2):
        result = fetch(root)
        assert result.returncode == 0, result.stderr
        assert "moved permanently" not in result.stderr, run
    third = fetch(root)
    assert f"moved permanently (seen on 3 runs); update the URL to {server.url}/new.xml" in third.stderr
    assert (root / "config.yaml").read_bytes() == config_before
    assert len(articles(root)) == 2
    assert "redirected" in run_cli(["feeds"], root).stdout
    # a temporary redirect is never reported
    temp = server.script("/temp.xml", Reply(302, "", {"Location": "/new.xml"}))
    root2 = site(temp)
    for _ in range(3):
        assert "moved permanently" not in fetch(root2).stderr


def test_at_most_two_requests_per_host_at_once(site: Callable[..., Path], server: FeedServer) -> None:
    urls = [server.script(f"/f{n}.xml", Reply(200, rss(f"F{n}", [dict(ITEMS[0], guid=f"urn:f{n}",
                                                                      link=f"https://o.example/{n}")]),
                                              delay=0.3)) for n in range(6)]
    root = site(*urls)
    started = time.monotonic()
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert server.max_in_flight == 2
    assert time.monotonic() - started >= 0.9  # six slow answers, two at a time
    assert len(articles(root)) == 6


def test_timeouts_and_pages_that_are_not_feeds_in_plain_words(
        site: Callable[..., Path], server: FeedServer) -> None:
    slow = server.script("/slow.xml", Reply(200, FEED, delay=2.5))
    page = server.script("/page", Reply(200, "<!doctype html><html><body>Welcome</body></html>",
                                        {"Content-Type": "text/html"}))
    challenge = server.script("/cf", Reply(403, "<html><title>Just a moment...</title>"
                                                "<script src='/cdn-cgi/challenge-platform/x.js'></script></html>",
                                           {"Content-Type": "text/html"}))
    root = site(slow, page, challenge, extra=QUICK_RETRIES + "  timeout: 1\n")
    result = fetch(root)
    assert result.returncode == 1
    assert "timeout after 1 s (tried 3 times)" in result.stderr
    assert "the server sent an HTML page instead of a feed" in result.stderr
    assert "Cloudflare challenge" in result.stderr
    rows = run_cli(["fetch", "--status"], root, env=NO_PROXY).stdout
    assert "timeout after 1 s" in rows and "HTML page instead of a feed" in rows and "Cloudflare" in rows


def test_feeds_status_for_a_healthy_and_a_never_fetched_feed(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed.xml", Reply(200, FEED))
    root = site(url)
    before = run_cli(["feeds"], root)
    assert before.returncode == 0 and before.stdout.startswith("new") and "not fetched yet" in before.stdout
    fetch(root)
    after = run_cli(["feeds"], root).stdout
    assert after.startswith("OK") and "2 new in 30 days" in after and "0% filtered, 0% duplicate" in after
    # (the `feeds` right after the fetch: "0 seconds", or "1 second" when a loaded machine took a second between them)
    assert re.search(r"last success \d+ seconds? ago;", after), after
