"""Dates keep an offset of hours and minutes in feeds (RFC 822), JSON-LD and <time> (ISO 8601).

A moment in a zone whose offset then had seconds (Europe/Kyiv's local mean time, +02:02:04,
before 1924; Africa/Monrovia, -00:44:30, until 1972) was written "Mon, 01 Jan 1900 10:00:00
+020204", which feedparser read as 04:36 UTC, and "1900-01-01T10:00:00+02:02:04", which is
not an ISO 8601 offset. Checked on the built feed of a site in Europe/Kyiv, and as a
property over moments in every IANA zone.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
from hypothesis import given, settings, strategies as st
from support import factories
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.render.dates import iso
from briefgen.render.environment import make_environment
from briefgen.render.feeds import topic_feed
from briefgen.render.html import part_renderer
from briefgen.render.jsonld import article_jsonld

BASE = "https://example.org/briefing/"
ENV = make_environment(Path("/nonexistent-site-templates"))
RFC822_ZONE = re.compile(r" [+-]\d{4}$")
ISO_OFFSET = re.compile(r"[+-]\d\d:\d\d$")

SITE = {
    "config.yaml": "title: Archive\nbase_url: https://example.org/briefing/\ntimezone: Europe/Kyiv\n"
                   "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n",
    "content/articles/old.md": "---\ntitle: An old report\nsource: Example Times\n"
                               "published: 1900-01-01T10:00:00\ntopics: [talks]\n---\nA ceasefire report.\n",
}


def utc_seconds(struct: object) -> int:
    return calendar.timegm(struct)  # type: ignore[arg-type]


def test_a_local_mean_time_date_is_read_as_the_same_instant(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    instant = dt.datetime(1900, 1, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    for feed_path in ("feed.xml", "topics/talks/feed.xml"):
        (entry,) = feedparser.parse((result.output_dir / feed_path).read_bytes()).entries
        assert RFC822_ZONE.search(entry.published), entry.published
        assert utc_seconds(entry.published_parsed) == int(instant.timestamp())
    page = (result.output_dir / "articles/old/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert ISO_OFFSET.search(data["isBasedOn"]["datePublished"])
    assert dt.datetime.fromisoformat(data["isBasedOn"]["datePublished"]) == instant
    for value in re.findall(r'<time datetime="([^"]*T[^"]*)"', page):
        assert ISO_OFFSET.search(value) and dt.datetime.fromisoformat(value) == instant


MOMENTS = st.datetimes(min_value=dt.datetime(1850, 1, 1), max_value=dt.datetime(2100, 1, 1),
                       timezones=st.timezones(), allow_imaginary=False).map(
    lambda when: when.replace(microsecond=0))  # RFC 822 has whole seconds; content dates have no more


@settings(max_examples=examples(80), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(when=MOMENTS)
def test_every_moment_is_written_with_an_hours_and_minutes_offset(when: dt.datetime) -> None:
    site = factories.site((factories.article("a", when),), (), {"a": ("ceasefire-talks",)}, base_url=BASE)
    feed = feedparser.parse(topic_feed(site, BASE, "ceasefire-talks", part_renderer(ENV, site), None))
    assert not feed.bozo
    (entry,) = feed.entries
    assert RFC822_ZONE.search(entry.published), entry.published
    assert utc_seconds(entry.published_parsed) == int(when.timestamp())
    for text in (json.loads(str(article_jsonld(site.entries[0], site.config)))["isBasedOn"]["datePublished"], iso(when)):
        assert ISO_OFFSET.search(text), text
        assert dt.datetime.fromisoformat(text) == when
