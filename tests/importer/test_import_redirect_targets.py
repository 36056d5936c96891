"""A redirect the server wrote wrongly fails that feed alone, in plain words (and so does a 304 nobody asked for).

`Location: http://[::1` (an unclosed IPv6 address) made `urljoin` raise ValueError inside a
download thread, and the whole fetch stopped with "briefgen: unexpected error: ValueError:
Invalid IPv6 URL": no feed was imported. A 302 without a Location was followed to the same
address until "more than 5 redirects". Now such a redirect is the feed's failure
(`redirected (302) to 'http://[::1', which is no valid address`), and whatever else a download
raises fails its feed, not the run. Real answers from a loopback server.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.http import HttpClient
from support.feedserver import FeedServer, Reply, feed_server
from support.importing import articles, fetch, rss
from support.examples import examples

BAD = ["http://[::1", "http://[::1/feed", "https://host:99999/feed", "http://host:port/feed", "//[fe80::1/x",
       "http://[not-v6]/feed", "https://[::1]:-1/"]
GOOD = rss("Wire", [{"title": "Envoys meet", "link": "https://wire.example/1", "guid": "w1"}])


@pytest.fixture(scope="module")
def shared() -> FeedServer:
    with feed_server() as running:
        yield running


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(location=st.text(st.characters(min_codepoint=0x21, max_codepoint=0xFF, exclude_characters="\x7f"),
                        max_size=40))
@example(location="http://[::1")
@example(location="https://host:99999/feed")
def test_any_location_header_gives_an_answer_or_a_reason_never_an_exception(
        location: str, shared: FeedServer) -> None:
    shared.script("/moving", Reply(302, b"", {"Location": location}))
    client = HttpClient(timeout=2, retries=0)
    try:
        response = client.get(shared.url + "/moving")
    finally:
        client.close()
    assert response.status or response.error, response


def test_a_redirect_to_no_valid_address_fails_its_feed_and_the_others_are_imported(
        site: Callable[..., Path], server: FeedServer) -> None:
    urls = [server.script(f"/bad{n}", Reply(302, b"", {"Location": target})) for n, target in enumerate(BAD)]
    nowhere = server.script("/nowhere", Reply(302, b""))
    good = server.script("/good", Reply(200, GOOD))
    root = site(*urls, nowhere, good)
    result = fetch(root)
    assert result.returncode == 1 and "unexpected error" not in result.stderr, result.stderr
    assert "new=1" in result.stdout and list(articles(root)) == ["envoys-meet.md"]
    assert "redirected (302) to 'http://[::1', which is no valid address" in result.stderr, result.stderr
    assert f"feed {nowhere}: redirected (302) without a Location" in result.stderr
    assert result.stderr.count("redirected (302)") == len(BAD) + 1, result.stderr
    assert len(server.seen("/nowhere")) == 1  # (not asked 6 times over)


def test_a_304_to_a_request_without_validators_is_a_failure_not_unchanged(
        site: Callable[..., Path], server: FeedServer) -> None:
    """A 304 answers a conditional request only; to the first fetch (or `--force`) of a feed it
    was taken for "unchanged": the feed never imported an item and `briefgen feeds` said OK."""
    url = server.script("/stuck", Reply(304, b""))
    root = site(url)
    for args in ((), ("--force",)):
        result = fetch(root, *args)
        assert result.returncode == 1 and ": unchanged" not in result.stdout and "1 failed" in result.stdout
        assert f"feed {url}: the server answered HTTP 304 Not Modified to a request without validators" \
            in result.stderr, result.stderr
