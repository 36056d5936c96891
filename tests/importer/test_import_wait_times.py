"""A time from outside — a server's Retry-After, a damaged state file — never stops the fetch.

`Retry-After: 999999999999999` (or an HTTP date in the year 9999) made `briefgen fetch` fail
as a whole with "unexpected error: ValueError: year 31690765 is out of range" while it wrote
the feed's message: no feed of the run was imported, on every run. A state file under
.briefgen-cache/feeds/ with a time that is text, infinite or past the year 9999, or a count
that is text, did the same to `fetch` and `briefgen feeds`. Now a server's wait is capped at a
day (the state's cap), and a state value of the wrong kind is the fresh state's.
Real answers from a loopback server, fetched in-process.
"""
from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import STATE_FOLDER, FetchOptions, fetch_feeds
from briefgen.importer.state import load_state, state_path
from briefgen.importer.status import feed_statuses
from support.feedserver import FeedServer, Reply
from support.importing import articles, config_text, fetch, rss
from support.examples import examples

RSS = {"Content-Type": "application/rss+xml"}
DAY = 86400
FEED = rss("Outlet", [{"title": "Envoys meet", "link": "https://outlet.example/1", "guid": "g1",
                       "date": "Tue, 02 May 2023 14:00:00 +0000"}])


def test_a_servers_endless_retry_after_is_a_day_and_the_other_feeds_are_imported(
        site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI."""
    endless = server.script("/endless", Reply(429, "slow down", {"Retry-After": "999999999999999"}))
    doomsday = server.script("/doomsday", Reply(503, "busy", {"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"}))
    ok = server.script("/ok", Reply(200, FEED, RSS)).replace("127.0.0.1", "localhost")  # (not held: another host)
    root = site(endless, doomsday, ok)
    result = fetch(root)
    assert result.returncode == 0 and "unexpected error" not in result.stderr, result.stderr  # (rate limits: warnings)
    assert "new=1" in result.stdout and list(articles(root)) == ["envoys-meet.md"], result.stdout
    assert f"{endless}: the server answered HTTP 429" in result.stderr, result.stderr
    for url in (endless, doomsday):
        assert load_state(root / STATE_FOLDER, url).next_allowed <= time.time() + DAY
    assert "rate-limited by the server until" in fetch(root).stdout


VALUES = st.one_of(st.integers(-10, 10**30).map(str), st.text(max_size=12),
                   st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT")))


@settings(max_examples=examples(10), deadline=None,  # one server for every example: each is rescripted
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(value=VALUES, status=st.just(429))  # (a 503 without a readable Retry-After is retried: seconds)
@example(value="999999999999999", status=429)  # the report
@example(value="Fri, 31 Dec 9999 23:59:59 GMT", status=503)
def test_no_retry_after_stops_the_fetch_or_silences_a_feed_for_more_than_a_day(
        server: FeedServer, value: str, status: int) -> None:
    url = server.script("/limited", Reply(status, "wait", {"Retry-After": value}))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text(url), encoding="utf-8")
        before = time.time()
        fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert load_state(root / STATE_FOLDER, url).next_allowed <= before + DAY + 60
        feed_statuses(root / "config.yaml")


JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.text(max_size=5),
                        st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers(), max_size=2))
FIELDS = ["checked", "last_success", "last_new", "next_allowed", "errors", "status", "rate_limited", "gone",
          "redirect_runs", "etag", "title"]


@settings(max_examples=examples(25), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(damage=st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, min_size=1),
       run=st.dictionaries(st.sampled_from(["at", "status", "seen", "new"]), JSON_VALUES))
@example(damage={"next_allowed": 1e300, "errors": 2}, run={})  # the report
@example(damage={"next_allowed": "soon", "errors": "2"}, run={"at": "x", "status": 200})
def test_a_damaged_state_file_is_read_as_far_as_it_is_sound(
        server: FeedServer, damage: dict[str, object], run: dict[str, object]) -> None:
    url = server.script("/feed", Reply(200, FEED, RSS))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text(url), encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        path = state_path(root / STATE_FOLDER, url)
        stored = json.loads(path.read_text(encoding="utf-8"))
        stored.update(damage, runs=[{"at": 1.0, "status": 200, **run}])
        path.write_text(json.dumps(stored), encoding="utf-8")  # (Python's JSON writes NaN and Infinity)
        feed_statuses(root / "config.yaml")
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert not result.written and len(articles(root)) == 1, [f.line() for f in result.feeds]
        feed_statuses(root / "config.yaml")
