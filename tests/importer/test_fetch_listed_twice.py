"""One feed listed twice — under its address and under one that redirects to it — is read once: each entry is
counted once in the feed lines, the summary and the review queue (importer/samefeeds.py).

A tester, 2026-12-05: `feeds:` held /new.xml and /old.xml (301 to /new.xml); a run importing the feed's two entries
said "Imported 2 new articles … (2 already imported …)", and every later run counted each entry once per listing.
A loopback server answers as the tester's did."""
from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from support.examples import examples
from support.feedserver import FeedServer, Reply, feed_server
from support.importing import config_text, fetch, rss
from support.sites import run_cli

from briefgen.importer.fetch import FetchOptions, fetch_feeds

ITEMS = [{"title": "Envoys meet in Geneva", "link": "https://outlet.example/geneva", "guid": "urn:o:1",
          "date": "Wed, 10 May 2023 09:00:00 +0300"},
         {"title": "Truce holds overnight", "link": "https://outlet.example/truce", "guid": "urn:o:2",
          "date": "Thu, 11 May 2023 09:00:00 +0300"}]
THIRD = dict(ITEMS[0], guid="urn:o:3", link="https://outlet.example/third", title="Talks end in Geneva")
COUNTED = ("new", "updated", "same", "filtered", "duplicate", "rejected")


@pytest.mark.parametrize("old_first", [False, True])
def test_the_testers_feed_is_counted_once_in_the_summary_and_the_review_queue(
        site: Callable[..., Path], server: FeedServer, old_first: bool) -> None:
    new = server.script("/new.xml", Reply(200, rss("The Outlet", ITEMS)))
    old = server.script("/old.xml", Reply(301, "", {"Location": "/new.xml"}))
    listed = [{"url": new, "draft": True}, {"url": old, "draft": True}]
    root = site(*(listed[::-1] if old_first else listed))
    done = fetch(root)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 new articles from 2 feeds" in done.stdout and "(2 items read: 2 new; 1 listed twice, read once)" in done.stdout, done.stdout
    assert "1 listed twice, read once" in done.stdout and "the same feed as" in done.stdout
    lines = [n for n, text in enumerate((root / "config.yaml").read_text().splitlines(), 1) if "- url:" in text]
    assert f"config.yaml:{lines[1]}: warning: feed" in done.stderr, done.stderr
    assert f"is the feed listed on line {lines[0]}" in done.stderr and "keep one of the two" in done.stderr
    assert f"(the address {new})" in done.stderr
    assert "2 imports waiting for review" in run_cli(["review"], root).stdout
    server.script("/new.xml", Reply(200, rss("The Outlet", [*ITEMS, THIRD])))
    again = fetch(root)
    assert "Imported 1 new article from 2 feeds" in again.stdout and "(3 items read: 1 new, 2 the same as imported; 1 listed twice" in again.stdout, again.stdout
    assert "3 imports waiting for review" in run_cli(["review"], root).stdout


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


_RUN = itertools.count()


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(aliases=st.integers(1, 3), chain=st.booleans(), with_own=st.booleans(), order=st.randoms(use_true_random=False),
       statuses=st.lists(st.sampled_from([301, 308]), min_size=3, max_size=3))
def test_every_entry_is_counted_once_however_the_feed_is_listed(shared_server: FeedServer, aliases: int, chain: bool,
                                                               with_own: bool, order, statuses: list[int]) -> None:
    """The feed under its own address and 1-3 addresses that redirect to it (each to it, or each to the one
    before: a chain), listed in any order: over two runs, each entry is counted once in all the lines together,
    written once, and every listing but one is said to be the same feed."""
    run = next(_RUN)
    own = f"/own{run}.xml"
    feed = shared_server.script(own, Reply(200, rss("The Outlet", ITEMS)))
    urls = [feed] if with_own else []
    for k in range(aliases):
        target = own if not chain or k == 0 else f"/alias{run}_{k - 1}.xml"
        urls.append(shared_server.script(f"/alias{run}_{k}.xml", Reply(statuses[k], "", {"Location": target})))
    order.shuffle(urls)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "config.yaml").write_text(config_text(*urls), encoding="utf-8")
        for items in (ITEMS, [*ITEMS, THIRD]):
            shared_server.script(own, Reply(200, rss("The Outlet", items)))
            result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
            assert result.ok, [str(d) for d in result.diagnostics]
            assert sum(result.total(name) for name in COUNTED) == len(items), [f.line() for f in result.feeds]
            assert sum(1 for f in result.feeds if f.same_as) == len(urls) - 1
            assert len(list((root / "content/articles").glob("*.md"))) == len(items)
