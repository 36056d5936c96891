"""Whatever a server does with its validators, no new item of its feed is missed.

A `200` carrying the ETag fetch had stored was taken for an unchanged feed without looking at
its bytes. A server that ignores `If-None-Match` and sends one ETag for every version (a constant
one, or Apache's size-and-mtime one when neither moved) had every later item taken for known:
`[200] Outlet: unchanged`, nothing imported, on every run, until `--force`. Now a 200 is
unchanged only when its bytes are. Real answers from a loopback server, fetched in-process.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.feedserver import FeedServer, Reply
from support.importing import articles, config_text, fetch, front, rss
from support.examples import examples

DATE = "Tue, 02 May 2023 14:00:00 +0000"
LAST_MODIFIED = "Tue, 02 May 2023 14:00:00 GMT"


def _body(guids: list[int]) -> str:
    return rss("Outlet", [{"title": f"Report {n}", "link": f"https://outlet.example/{n}", "guid": f"r{n}",
                           "date": DATE} for n in guids])


def _reply(guids: list[int], policy: str) -> Reply:
    """The feed of these items from a server whose validators follow `policy`."""
    body = _body(guids)
    tag = '"' + hashlib.sha256(body.encode()).hexdigest()[:12] + '"'
    headers = {"Content-Type": "application/rss+xml"}
    if policy == "honest":  # an ETag per version, and a 304 when it is asked with it
        return Reply(200, body, {**headers, "ETag": tag}, when_etag=tag)
    if policy == "constant etag":  # one ETag for every version; If-None-Match ignored
        return Reply(200, body, {**headers, "ETag": '"feed"', "Last-Modified": LAST_MODIFIED})
    if policy == "etag ignored":  # an ETag per version, but always the whole answer
        return Reply(200, body, {**headers, "ETag": tag})
    return Reply(200, body, headers)  # no validators at all


def test_a_server_with_one_etag_for_every_version_has_its_new_items_imported(
        site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI."""
    url = server.script("/feed", _reply([0, 1], "constant etag"))
    root = site(url)
    assert "new=2" in fetch(root).stdout
    server.script("/feed", _reply([0, 1, 2], "constant etag"))
    again = fetch(root)
    assert "new=1" in again.stdout, again.stdout
    assert sorted(front(p)["guid"] for p in articles(root).values()) == ["r0", "r1", "r2"]


POLICIES = st.sampled_from(["honest", "constant etag", "etag ignored", "none"])


@settings(max_examples=examples(20), deadline=None,  # one server for every example: each is rescripted
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(versions=st.lists(st.lists(st.integers(0, 5), min_size=1, max_size=4, unique=True), min_size=1, max_size=4),
       policy=POLICIES)
@example(versions=[[0, 1], [0, 1, 2]], policy="constant etag")  # the report
@example(versions=[[0], [0], [1]], policy="honest")
def test_every_item_a_feed_has_shown_is_imported_whatever_its_servers_validators(
        server: FeedServer, versions: list[list[int]], policy: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = server.script("/feed", _reply(versions[0], policy))
        (root / "config.yaml").write_text(config_text(url), encoding="utf-8")
        shown: set[int] = set()
        for guids in versions:
            server.script("/feed", _reply(guids, policy))
            shown |= set(guids)
            result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
            assert result.ok, result.diagnostics
            imported = sorted(str(front(p)["guid"]) for p in articles(root).values())
            assert imported == sorted(f"r{n}" for n in shown), (policy, versions, [f.line() for f in result.feeds])
