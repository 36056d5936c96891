"""What a publisher sees of briefgen: a Retry-After holds its whole host, the fetcher says whose it is, and a
permanent redirect is not asked twice per run.

A trial found: a 429/503 with Retry-After held back only the feed that got it (the outlet's other feeds were asked
at once, and on every run); a run where feeds were only rate-limited ended "N errors; fix them" with exit 1 (the
editor cannot fix a rate limit); the User-Agent did not say whose fetch it was; and a feed that moved permanently
was asked at its old URL, then the new one, on every run until config.yaml was edited. Real answers from loopback
servers (127.0.0.1 and `localhost` stand for two hosts), fetched in-process and through the CLI.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.http import user_agent
from support.examples import examples
from support.feedserver import FeedServer, Reply
from support.importing import QUICK_RETRIES, articles, config_text, fetch, rss

BASE = "https://example.org/briefing/"  # config_text's base_url


def _feed(n: int) -> str:
    return rss(f"Section {n}", [{"title": f"Report {n}", "link": f"https://outlet.example/{n}", "guid": f"g{n}",
                                 "date": "Tue, 02 May 2023 14:00:00 +0000"}])


def test_a_retry_after_holds_every_feed_of_the_host(site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI: one section feed is told to wait; its siblings wait too, this run and
    the next; a feed on another host is asked as usual; exit 0."""
    limited = server.script("/s0", Reply(429, "slow down", {"Retry-After": "3600"}))
    siblings = [server.script(f"/s{n}", Reply(200, _feed(n), delay=0.3)) for n in range(1, 6)]
    server.script("/elsewhere", Reply(200, _feed(9)))
    elsewhere = server.url.replace("127.0.0.1", "localhost") + "/elsewhere"
    root = site(limited, *siblings, elsewhere)
    first = fetch(root)
    assert first.returncode == 0, first.stderr
    assert "HTTP 429 Too Many Requests and asked to wait until" in first.stderr
    asked = sum(len(server.seen(f"/s{n}")) for n in range(1, 6))
    assert asked == 0, asked  # one request per host until it answered (test_import_host_turns.py)
    assert f"(it asked {limited} to wait); not asked before then" in first.stdout
    second = fetch(root)
    assert second.returncode == 0, second.stderr
    assert sum(len(server.seen(f"/s{n}")) for n in range(6)) == 1 + asked  # none asked again
    assert len(server.seen("/elsewhere")) == 2
    assert second.stdout.count("rate-limited by the server until") == 6


@settings(derandomize=True, database=None, max_examples=examples(8), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from([429, 503]), after=st.sampled_from(["120", ""]), others=st.integers(0, 2))
def test_only_rate_limits_exit_0_other_failures_exit_1(tmp_path_factory, server: FeedServer, status: int,
                                                       after: str, others: int) -> None:
    root = tmp_path_factory.mktemp("site")
    headers = {"Retry-After": after} if after else {}
    limited = server.script(f"/limited-{status}-{after}-{others}", Reply(status, "busy", headers))
    ok = [server.script(f"/ok-{n}-{status}-{after}", Reply(200, _feed(n))).replace("127.0.0.1", "localhost")
          for n in range(others)]
    (root / "config.yaml").write_text(config_text(limited, *ok, extra=QUICK_RETRIES), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
    rate_limit = status == 429 or bool(after)  # (a 503 without Retry-After is an outage: retried, then failed)
    assert result.ok == rate_limit, result.diagnostics
    assert len(articles(root)) == others


def test_the_user_agent_names_the_site(site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed", Reply(200, _feed(1)))
    root = site(url)
    assert fetch(root).returncode == 0
    agent = server.seen("/feed")[-1].headers["User-Agent"]
    assert agent.startswith("briefgen/") and f"(feed import for {BASE};" in agent, agent


@given(site=st.text(max_size=40))
def test_a_user_agent_is_always_a_plain_header_value(site: str) -> None:
    agent = user_agent(site)
    assert agent.isascii() and agent.isprintable() and "\n" not in agent
    assert (bool(site) and f"(feed import for {site};" in agent) == (agent != user_agent(""))  # ('0' is in '0.1.0')


def test_a_site_on_this_machine_is_not_named() -> None:
    assert "localhost" not in user_agent("http://localhost:8000/")
    assert "for" not in user_agent("http://192.168.1.4/briefing/")


def test_a_permanent_redirect_is_asked_at_its_target(site: Callable[..., Path], server: FeedServer) -> None:
    old = server.script("/old", Reply(301, "", {"Location": "/new"}))
    server.script("/new", Reply(200, _feed(1), {"ETag": '"v1"'}, when_etag='"v1"'))
    root = site(old)
    runs = [fetch(root) for _ in range(4)]
    assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
    assert len(server.seen("/old")) == 1  # the first run only: then the target is asked directly
    assert len(server.seen("/new")) == 4
    assert server.seen("/new")[-1].headers.get("If-None-Match") == '"v1"'
    assert "moved permanently (seen on 3 runs)" in runs[2].stderr  # and still said until config.yaml changes
    assert "moved permanently (seen on 4 runs)" in runs[3].stderr
    assert len(articles(root)) == 1
    server.script("/new", Reply(404, "not here"))  # the target gone: the URL in config.yaml is asked again
    server.script("/old", Reply(200, _feed(2)))
    back = fetch(root)
    assert back.returncode == 0, back.stderr
    assert len(server.seen("/old")) == 2 and "moved permanently" not in back.stderr
    assert len(articles(root)) == 2
    fetch(root)
    assert len(server.seen("/old")) == 3 and len(server.seen("/new")) == 5  # no longer moved
