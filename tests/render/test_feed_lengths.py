"""`listings.feed_items` and `listings.digest_editions` decide how long the feeds are.

They were validated by the config schema but ignored: render/feeds.py used constants
(50 and 20), so `feed_items: 1` still gave a topic feed of every article. Checked on
real built feeds with feedparser, and as a property on the feed functions.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import feedparser
from hypothesis import given, settings, strategies as st
from support import factories

from briefgen.build import BuildOptions, build
from briefgen.load.config import Listings
from briefgen.render.environment import make_environment
from briefgen.render.feeds import digest_feed, topic_feed
from briefgen.render.html import part_renderer
from support.sites import write_site
from support.examples import examples

BASE = "https://example.org/briefing/"
ENV = make_environment(Path("/nonexistent-site-templates"))


def _site_files(listings: str) -> dict[str, str]:
    files = {"config.yaml": "title: Feeds\nbase_url: https://example.org/briefing/\nedition: weekly\n"
                            "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n" + listings}
    for n, day in enumerate(("2023-05-02", "2023-05-10", "2023-05-17", "2023-05-24")):
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: Report {n}\nsource: Outlet {n}\npublished: {day}\n"
                                              f"topics: [talks]\n---\nA ceasefire report number {n}.\n")
    return files


def _feeds(root: Path) -> tuple[Any, Any]:
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    digest = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    topic = feedparser.parse((result.output_dir / "topics/talks/feed.xml").read_bytes())
    assert not digest.bozo and not topic.bozo
    return digest, topic


def test_the_reported_listings_shorten_the_built_feeds(tmp_path: Path) -> None:
    digest, topic = _feeds(write_site(tmp_path / "short", _site_files("listings:\n  feed_items: 1\n"
                                                                      "  digest_editions: 1\n")))
    assert [e.title for e in topic.entries] == ["Report 3 (Outlet 3)"]
    assert [e.link for e in digest.entries] == [BASE + "editions/2023-W21/"]


def test_without_listings_the_feeds_keep_their_documented_defaults(tmp_path: Path) -> None:
    digest, topic = _feeds(write_site(tmp_path / "default", _site_files("")))
    assert len(topic.entries) == 4 and len(digest.entries) == 4  # under the defaults 50 and 20


@settings(max_examples=examples(40), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(articles=st.integers(0, 12), feed_items=st.integers(1, 15), digest_editions=st.integers(1, 15))
def test_feeds_hold_the_newest_configured_number_of_items(articles: int, feed_items: int,
                                                          digest_editions: int) -> None:
    start = dt.datetime(2023, 1, 2, 9, 0, tzinfo=dt.timezone.utc)
    made = tuple(factories.article(f"a{n}", start + dt.timedelta(days=7 * n)) for n in range(articles))
    config = factories.config(topics=(factories.TALKS,), listings=Listings(feed_items=feed_items,
                                                                           digest_editions=digest_editions))
    site = factories.site(made, (), {a.slug: (factories.TALKS.id,) for a in made}, config_value=config)
    render = part_renderer(ENV, site)
    topic = feedparser.parse(topic_feed(site, BASE, factories.TALKS.id, render, None))
    digest = feedparser.parse(digest_feed(site, BASE, render, None))
    newest_first = [f"a{n}" for n in reversed(range(articles))]
    assert [e.link for e in topic.entries] == [f"{BASE}articles/{slug}/" for slug in newest_first[:feed_items]]
    assert len(digest.entries) == min(articles, digest_editions)  # one edition per week here
    assert [e.link for e in digest.entries] == [BASE + ed.url for ed in site.editions[:digest_editions]]
