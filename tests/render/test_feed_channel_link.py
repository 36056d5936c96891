"""A feed's channel <link> is the page the feed follows: the topic page for a topic feed.

RSS 2.0: <link> is "the URL to the HTML website corresponding to the channel". Every topic
feed gave the home page, so a reader's "visit website" for a topic subscription opened the
latest edition instead of the topic. Checked on a built site (each channel's page exists and
advertises that very feed with <link rel="alternate">), and as a property over topic ids.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import feedparser
from hypothesis import given, settings, strategies as st
from support import factories
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.config import Topic
from briefgen.render.environment import make_environment
from briefgen.render.feeds import topic_feed
from briefgen.render.html import part_renderer

BASE = "https://example.org/briefing/"
ENV = make_environment(Path("/nonexistent-site-templates"))
ALTERNATE = re.compile(r'<link rel="alternate" type="application/rss\+xml" href="([^"]*)"')


def test_every_feeds_channel_link_is_a_page_that_advertises_the_feed(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, MINIMAL_SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    feeds = sorted(result.output_dir.rglob("feed.xml"))
    assert len(feeds) == 2
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo
        url = BASE + path.relative_to(result.output_dir).as_posix()
        page = feed.feed.link
        assert page.startswith(BASE) and page.endswith("/")
        html = (result.output_dir / page[len(BASE):] / "index.html").read_text(encoding="utf-8")
        assert url in [urljoin(page, href) for href in ALTERNATE.findall(html)], (page, url)
    assert feedparser.parse((result.output_dir / "topics/ceasefire-talks/feed.xml").read_bytes()).feed.link \
        == BASE + "topics/ceasefire-talks/"


@settings(max_examples=examples(40), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(topic_id=st.from_regex(r"\A[a-z0-9]+(-[a-z0-9]+)*\Z"))
def test_a_topic_feeds_channel_link_is_its_topic_page(topic_id: str) -> None:
    topic = Topic(topic_id, "Topic", "", ())
    site = factories.site((factories.article("a"),), (), {"a": (topic_id,)},
                          config_value=factories.config(topics=(topic,)))
    feed = feedparser.parse(topic_feed(site, BASE, topic_id, part_renderer(ENV, site), None))
    assert not feed.bozo
    assert feed.feed.link == f"{BASE}topics/{topic_id}/"
    (self_link,) = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_link == feed.feed.link + "feed.xml"
