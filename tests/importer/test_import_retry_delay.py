"""`import: retry_delay:` (seconds before a feed's first retry within a run, doubled for the second; 0 to 60,
default 0.5): the delay the fetch waits is the configured one, and a bad value is an error at its line.

The default's delay is checked in test_import_http (`test_503_is_retried_with_jitter…`: its retries spaced 0.5 s
then 1 s, ±50 %). The other importer tests whose feeds are retried set a small delay (0.01 s) in their sites'
config, so that the suite does not wait out the polite default (~60 s of a worker's waiting before, CT6).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from support.feedserver import FeedServer, Reply
from support.importing import fetch, rss
from support.sites import run_cli

FEED = rss("The Outlet", [{"title": "Envoys meet in Geneva", "link": "https://outlet.example/geneva",
                           "guid": "urn:o:1", "date": "Wed, 10 May 2023 09:00:00 +0300"}])


def test_the_configured_delay_spaces_the_retries(site: Callable[..., Path], server: FeedServer) -> None:
    """1.5 s configured: the retry waits at least 0.75 s (the delay ±50 %); the default's first (0.5 s ±50 %) is
    under 0.75 s, so a fetch that ignores the key fails. One 503, not two: a second retry would wait 1.5-4.5 s more
    to show what the first shows (the doubling: test_import_http's 503 test, at the default)."""
    url = server.script("/busy.xml", Reply(503, "busy"), Reply(200, FEED))
    root = site(url, extra="import:\n  retry_delay: 1.5\n")
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "new=1" in result.stdout
    seen = [request.at for request in server.seen("/busy.xml")]
    assert len(seen) == 2  # the first try and its retry
    assert seen[1] - seen[0] >= 0.75, seen


def test_a_delay_outside_0_to_60_seconds_is_an_error_at_its_line(site: Callable[..., Path]) -> None:
    for written in ("61", "soon"):  # (the range and the type; every number key's forms: test_exponent_numbers)
        root = site("https://outlet.example/feed.xml", extra=f"import:\n  timeout: 5\n  retry_delay: {written}\n")
        line = (root / "config.yaml").read_text().splitlines().index(f"  retry_delay: {written}") + 1
        result = run_cli(["check"], root)
        assert result.returncode != 0, written
        assert (f'config.yaml:{line}: "import.retry_delay" must be a number of seconds from 0 to 60, got'
                in result.stderr), (written, result.stderr)


def test_zero_is_a_delay_and_the_key_is_not_taken_for_a_typo(site: Callable[..., Path]) -> None:
    root = site("https://outlet.example/feed.xml", extra="import:\n  retry_delay: 0\n")
    result = run_cli(["check"], root)
    assert "retry_delay" not in result.stderr, result.stderr
