"""A topic feed carries the editor notes on its topic, not only its articles (render/feeds.topic_feed).

A topic page shows the notes on it; its feed showed none, so a reader subscribed to a topic
never saw the editors' context, "why it matters" and corrections. The feed is the newest
`listings.feed_items` of the topic's articles and notes together, newest first; a note's item
links to the note on its edition's page.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import feedparser
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support import factories

from briefgen.load.config import Topic
from briefgen.render.environment import make_environment
from briefgen.render.feeds import topic_feed
from briefgen.render.html import part_renderer

BASE = "https://example.org/briefing/"
TOPICS = (Topic("talks", "Talks", "", ("talks",)), Topic("aid", "Aid", "", ("aid",)))
ENV = make_environment(Path("/nonexistent-site-templates"))
START = dt.datetime(2023, 5, 1, 9, 0, tzinfo=dt.timezone.utc)
ON = st.sampled_from([(), ("talks",), ("aid",), ("talks", "aid")])


@settings(max_examples=examples(40), deadline=None)
@given(articles=st.lists(st.tuples(st.integers(0, 400), ON), max_size=8),
       notes=st.lists(st.tuples(st.integers(0, 400), ON, st.sampled_from(["context", "correction"])), max_size=6),
       limit=st.integers(1, 10))
def test_the_feed_is_the_newest_articles_and_notes_of_the_topic(articles: list, notes: list, limit: int) -> None:
    made = tuple(factories.article(f"a{i}", START + dt.timedelta(hours=h)) for i, (h, _) in enumerate(articles))
    topics = {a.slug: on for a, (_, on) in zip(made, articles)}
    written = tuple(factories.note(f"n{i}", START + dt.timedelta(hours=h), topics=on, kind=kind)
                    for i, (h, on, kind) in enumerate(notes))
    config = factories.config(topics=TOPICS)
    config = dataclasses.replace(config, listings=dataclasses.replace(config.listings, feed_items=limit))
    site = factories.site(made, written, topics, config_value=config)
    feed = feedparser.parse(topic_feed(site, BASE, "talks", part_renderer(ENV, site), None))
    assert not feed.bozo
    expected = [(a.published, 0, f"{BASE}articles/{a.slug}/") for a in made if "talks" in topics[a.slug]]
    expected += [(n.date, 1, f"{BASE}{shown.url}") for n in written if "talks" in n.topics
                 for shown in site.notes if shown.note is n]
    expected.sort(key=lambda item: (-item[0].timestamp(), item[1], item[2]))
    assert [e.link for e in feed.entries] == [link for _, _, link in expected[:limit]]
    for entry in feed.entries:
        if "#note-" in entry.link:
            note = next(n for n in written if entry.link.endswith(f"#note-{n.slug}"))
            assert entry.title.endswith(note.title) and "Talks" in [t.term for t in entry.tags]
