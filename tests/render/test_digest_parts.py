"""A digest item holds the stories of its edition's own page, and says how many more each topic
has, with a link to where they continue (render/feeds.digest_feed, site/parts.py).

feed.xml carried every story of its 20 editions: 2.4 MB at 10,000 articles and 21.8 MB at
100,000, downloaded by every subscriber at each poll. Its size is now bounded by
`digest_editions` × `edition_size`, whatever the archive.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import feedparser
from hypothesis import given, settings, strategies as st
from support import factories
from support.sites import run_cli, write_site
from support.examples import examples

from briefgen.load.config import Topic
from briefgen.render.environment import make_environment
from briefgen.render.feeds import digest_feed
from briefgen.render.html import part_renderer
from briefgen.site.parts import edition_parts

BASE = "https://example.org/briefing/"
TOPICS = (Topic("talks", "Talks", "", ("talks",)), Topic("aid", "Aid", "", ("aid",)))
ENV = make_environment(Path("/nonexistent-site-templates"))
MORE = re.compile(r'<a href="([^"]+)">(\d+) (?:more )?stor(?:y|ies) (?:on this topic )?in this edition</a>')


@settings(max_examples=examples(40), deadline=None)
@given(counts=st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 4)).filter(lambda c: sum(c) > 0),
       size=st.integers(5, 8))
def test_an_item_lists_the_first_page_and_counts_the_rest(counts: tuple[int, int, int], size: int) -> None:
    articles, topics = [], {}
    for n, (topic, count) in enumerate(zip(("talks", "aid", None), counts)):
        for i in range(count):
            a = factories.article(f"t{n}-{i}", factories.MAY_10 + dt.timedelta(minutes=10 * n + i))
            articles.append(a)
            topics[a.slug] = (topic,) if topic else ()
    config = factories.config(topics=TOPICS)
    config = dataclasses.replace(config, listings=dataclasses.replace(config.listings, edition_size=size))
    site = factories.site(tuple(articles), (), topics, config_value=config)
    feed = feedparser.parse(digest_feed(site, BASE, part_renderer(ENV, site), None))
    assert not feed.bozo and len(feed.entries) == 1
    html = feed.entries[0].summary
    edition = site.editions[0]
    first = edition_parts(edition, size)[0]
    listed = set(re.findall(r'href="' + re.escape(BASE) + r'articles/([^/"]+)/"', html))
    assert listed == {e.article.slug for share in first.sections for e in share.section.entries}
    more = {int(count) for _, count in MORE.findall(html)}
    left = {len(s.stories) - sum(len(sh.section.stories) for sh in first.sections if sh.whole is s)
            for s in edition.sections} - {0}
    assert more == left
    assert len(listed) + sum(int(count) for _, count in MORE.findall(html)) == sum(counts)
    assert len(listed) == min(size, sum(counts))


def test_the_more_links_lead_to_the_stories_in_a_built_site(tmp_path: Path) -> None:
    files = {"config.yaml": "title: Busy week\nbase_url: https://example.org/briefing/\nlistings:\n  edition_size: 5\n"
                            "topics:\n  - {id: talks, title: Talks, keywords: [talks]}\n"
                            "  - {id: aid, title: Aid, keywords: [aid]}\n"}
    for i in range(14):
        word = "talks" if i < 8 else "aid"
        files[f"content/articles/a{i:02d}.md"] = (f"---\ntitle: Round {i} of {word} in Geneva\nsource: Outlet {i % 3}\n"
                                                  f"published: 2023-05-{10 + i % 3}T{8 + i % 10:02d}:00:00Z\n---\n"
                                                  f"News of {word} number {i} from reporters on the scene.\n")
    root = write_site(tmp_path / "site", files)
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    feed = feedparser.parse((root / "output/feed.xml").read_bytes())
    html = feed.entries[0].summary
    assert html.count("<li>") == 5
    links = MORE.findall(html)
    assert sum(int(n) for _, n in links) == 9
    for url, _ in links:
        path, _, anchor = url.removeprefix(BASE).partition("#")
        page = (root / "output" / path / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in page, url
