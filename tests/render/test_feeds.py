"""Unit tests of the machine-readable outputs (`render.feeds`, `render.machine`) on a small hand-made site model.

Every feed is parsed with feedparser (`bozo` must be false), and the properties the
feeds promise — XML-illegal characters stripped, absolute links, reproducible dates
honouring SOURCE_DATE_EPOCH — are checked on exact values.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import feedparser
import pytest
from hypothesis import given, settings, strategies as st
from support import factories
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.config import Topic
from briefgen.load.documents import NOTE_KINDS, Article, Note, note_label
from briefgen.render.environment import make_environment
from briefgen.render.feeds import clean, digest_feed, topic_feed, updated, x
from briefgen.render.html import part_renderer
from briefgen.render.machine import machine_files, robots, sitemaps
from briefgen.site.model import Site

UTC = dt.timezone.utc
BASE = "https://example.org/briefing/"
TALKS = Topic("ceasefire-talks", "Ceasefire talks", "Negotiations", ("ceasefire",))
MAY_10 = dt.datetime(2023, 5, 10, 9, 0, tzinfo=UTC)
ILLEGAL = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff\ud800"


ENV = make_environment(Path("/nonexistent-site-templates"))


def article(slug: str, when: dt.datetime = MAY_10, **changes: Any) -> Article:
    values: dict[str, Any] = dict(url=f"https://news.example.com/{slug}?a=1&b=2", summary="Summary")
    values.update(changes)
    return factories.article(slug, when, **values)


def make_site(articles: tuple[Article, ...], notes: tuple[Note, ...] = (), title: str = "Briefing",
              topic: Topic = TALKS, base_url: str = BASE) -> Site:
    config = factories.config(title=title, base_url=base_url, topics=(topic,))
    return factories.site(articles, notes, {a.slug: (topic.id,) for a in articles}, config_value=config)


def digest_of(site: Site, build_time: dt.datetime | None = None) -> bytes:
    return digest_feed(site, BASE, part_renderer(ENV, site), build_time)


def topic_of(site: Site, build_time: dt.datetime | None = None) -> bytes:
    return topic_feed(site, BASE, "ceasefire-talks", part_renderer(ENV, site), build_time)


def parse(data: bytes) -> Any:
    feed = feedparser.parse(data)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


# --- clean() --------------------------------------------------------------------------------------


def test_clean_strips_xml_illegal_characters() -> None:
    assert clean(f"a{ILLEGAL}b") == "ab"


def test_clean_keeps_legal_characters() -> None:
    legal = "tab\tnl\ncr\r \x7f\x85 é – “quotes” \ud7ff\ue000\ufffd 😀 \U0010ffff"
    assert clean(legal) == legal


def test_x_escapes_markup_after_cleaning() -> None:
    assert x("<b>Tom & \x00Jerry</b>") == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"


# --- illegal characters never reach a feed --------------------------------------------------------


def test_illegal_characters_are_stripped_from_every_feed_field() -> None:
    a = article("dirty", title=f"Envoys{ILLEGAL} meet", source=f"Out{ILLEGAL}let", summary=f"Sum{ILLEGAL}mary",
                authors=(f"Jane{ILLEGAL} Doe",), via=f"W{ILLEGAL}SJ")
    topic = Topic("ceasefire-talks", f"Cease{ILLEGAL}fire", f"Desc{ILLEGAL}", ())
    site = make_site((a,), (), title=f"Brief{ILLEGAL}ing", topic=topic)
    for data in (digest_of(site), topic_of(site)):
        text = data.decode("utf-8")
        assert not any(ch in text for ch in ILLEGAL)
        parse(data)
    topic_entry = parse(topic_of(site)).entries[0]
    assert topic_entry.title == "Envoys meet (Outlet)"
    assert topic_entry.author == "Jane Doe"
    assert "Summary" in topic_entry.summary
    digest = parse(digest_of(site))
    assert digest.feed.title == "Briefing"
    assert "via WSJ" in digest.entries[0].summary


def test_note_body_with_illegal_characters_is_cleaned_in_the_digest() -> None:
    note = factories.note("n", MAY_10, title=f"Why{ILLEGAL}", kind="why-it-matters",
                          body_html=f"<p>Context{ILLEGAL}</p>")
    data = digest_of(make_site((article("a"),), (note,)))
    assert not any(ch in data.decode() for ch in ILLEGAL)
    assert "Why it matters: Why" in parse(data).entries[0].summary


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(sorted(NOTE_KINDS)),
       st.sampled_from([": ", " \u2014 ", " - ", " \u2013 ", ":", "", ". ", " ", "; ", "! ", " (", ", "]),
       st.sampled_from([str, str.upper, str.lower]), st.text(alphabet="abc xyz", max_size=12))
def test_a_note_title_that_opens_with_its_kind_is_not_labelled_twice(kind, sep, case, rest) -> None:  # type: ignore[no-untyped-def]
    """Reported: "What to watch: What to watch: the tribunal hearing" in the topic feeds and the digest, and
    "Correction: Correction: …", and (a re-test) "What to watch: What to watch. The …", "What to watch: What to
    watch the vote". Any kind, any case, any separator; a title that only starts like a label
    ("Why" of "Why it matters", "Contexts") keeps it."""
    label = NOTE_KINDS[kind]
    title = (case(label) + (sep + rest if sep else "")).strip()
    note = factories.note("n", MAY_10, title=title, kind=kind, topics=("ceasefire-talks",))
    site = make_site((article("a"),), (note,))
    entry = [e for e in parse(topic_of(site)).entries if e.link.endswith("#note-n")][0]
    assert entry.title == title.strip()
    assert entry.title.casefold().count(label.casefold()) == title.casefold().count(label.casefold())
    summary = parse(digest_of(site)).entries[0].summary
    assert f"{label}: {label}".casefold() not in summary.casefold()
    assert note_label(kind, label + "s of the week") == label  # ("Contexts …", "Corrections …": not the label)
    assert note_label(kind, "On " + title) == label


# --- digest feed ------------------------------------------------------------------------------------


def test_digest_has_one_item_per_edition_with_absolute_links() -> None:
    site = make_site((article("a"), article("b", MAY_10 - dt.timedelta(days=7))))
    feed = parse(digest_of(site))
    assert [e.link for e in feed.entries] == [BASE + "editions/2023-W19/", BASE + "editions/2023-W18/"]
    # the guid changes with what the edition holds (tests/render/test_digest_guids.py)
    assert [e.id.split("#contents-")[0] for e in feed.entries] == [e.link for e in feed.entries]
    assert feed.entries[0].title == "Week 19, 2023 (8\u201314 May 2023): 1 story"  # (the edition first: docs/feeds.md)
    assert 'href="https://example.org/briefing/articles/a/"' in feed.entries[0].summary
    assert 'href="https://news.example.com/a?a=1&amp;b=2"' in feed.entries[0].summary
    assert feed.feed.links[0].href == BASE
    self_link = [link for link in feed.feed.links if link.rel == "self"]
    assert [link.href for link in self_link] == [BASE + "feed.xml"]


def test_digest_item_date_is_the_newest_in_the_edition() -> None:
    site = make_site((article("a", MAY_10), article("b", MAY_10 + dt.timedelta(hours=5))))
    entry = parse(digest_of(site)).entries[0]
    assert entry.published == "Wed, 10 May 2023 14:00:00 +0000"


def test_topic_feed_links_to_article_pages_and_keeps_dates() -> None:
    kyiv = dt.timezone(dt.timedelta(hours=3))
    site = make_site((article("a", dt.datetime(2023, 5, 10, 12, 0, tzinfo=kyiv), via="The Wall Street Journal",
                              ai_assisted=True),))
    feed = parse(topic_of(site))
    (entry,) = feed.entries
    assert entry.link == BASE + "articles/a/"
    assert entry.published == "Wed, 10 May 2023 12:00:00 +0300"
    assert dt.datetime(*entry.published_parsed[:6], tzinfo=UTC) == dt.datetime(2023, 5, 10, 9, 0, tzinfo=UTC)
    assert "(via The Wall Street Journal)" in entry.summary
    assert "written with AI assistance" in entry.summary
    assert [t.term for t in entry.tags] == ["Ceasefire talks"]
    assert feed.feed.subtitle == "Negotiations"


# --- SOURCE_DATE_EPOCH ------------------------------------------------------------------------------


def test_without_source_date_epoch_the_newest_content_date_is_used() -> None:
    site = make_site((article("a"), article("b", MAY_10 - dt.timedelta(days=3))))
    feed = parse(digest_of(site))
    assert feed.feed.updated == "Wed, 10 May 2023 09:00:00 +0000"
    assert digest_of(site) == digest_of(site)


def test_source_date_epoch_sets_last_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    when = BuildOptions.from_environment().build_time
    site = make_site((article("a"),))
    for data in (digest_of(site, when), topic_of(site, when)):
        assert b"<lastBuildDate>Tue, 14 Nov 2023 22:13:20 +0000</lastBuildDate>" in data
    assert parse(digest_of(site, when)).entries[0].published == "Wed, 10 May 2023 09:00:00 +0000"


@pytest.mark.parametrize("value", ["", "  ", "yesterday", "-5", "1.5"])
def test_unusable_source_date_epoch_is_ignored(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert BuildOptions.from_environment().build_time is None


def test_build_time_of_nothing_is_none() -> None:
    assert updated(None, []) is None


def test_source_date_epoch_zero_is_the_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", " 0 ")
    assert updated(BuildOptions.from_environment().build_time, [MAY_10]) == dt.datetime(1970, 1, 1, tzinfo=UTC)


EMPTY = Topic("sanctions", "Sanctions", "", ("sanctions",))
MOMENT = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2035, 1, 1), timezones=st.just(UTC))


@settings(max_examples=examples(15), deadline=None)
@given(moments=st.lists(MOMENT, max_size=3), note_moments=st.lists(MOMENT, max_size=2))
def test_a_feed_says_when_its_content_last_changed_and_an_empty_one_says_no_date(
        moments: list[dt.datetime], note_moments: list[dt.datetime]) -> None:
    """lastBuildDate is the newest date of what the feed is made from; a feed with none (an empty
    topic, a site without content) has no lastBuildDate (RSS 2.0: optional), not 1 January 1970."""
    articles = tuple(article(f"a{i}", when) for i, when in enumerate(moments))
    notes = tuple(factories.note(f"n{i}", when) for i, when in enumerate(note_moments))
    config = factories.config(base_url=BASE, topics=(TALKS, EMPTY))
    site = factories.site(articles, notes, {a.slug: (TALKS.id,) for a in articles}, config_value=config)
    render = part_renderer(ENV, site)
    feeds = {"digest": (digest_feed(site, BASE, render, None), moments + note_moments),
             "talks": (topic_feed(site, BASE, TALKS.id, render, None), moments),
             "empty": (topic_feed(site, BASE, EMPTY.id, render, None), [])}
    for name, (data, dates) in feeds.items():
        channel = parse(data).feed
        if dates:
            assert channel.updated_parsed == max(dates).utctimetuple(), name
        else:
            assert "updated" not in channel and b"lastBuildDate" not in data, name
            assert b"1970" not in data, name


def test_an_empty_topic_s_feed_built_from_a_site_has_no_last_build_date(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"] + "  - id: sanctions\n    title: Sanctions\n"
    result = build(write_site(tmp_path, {**MINIMAL_SITE, "config.yaml": config}) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    empty = (result.output_dir / "topics/sanctions/feed.xml").read_bytes()
    assert "updated" not in parse(empty).feed and b"<lastBuildDate>" not in empty
    talks = parse((result.output_dir / "topics/ceasefire-talks/feed.xml").read_bytes())
    assert talks.feed.updated == "Thu, 11 May 2023 00:00:00 +0000"  # the note on the topic, after the article


# --- other machine files -----------------------------------------------------------------------------


def test_sitemap_lists_pages_by_pretty_url_without_404() -> None:
    site = make_site((article("a"),))
    files = sitemaps(site, BASE, ["index.html", "articles/a/index.html", "404.html", "search/index.html"])
    assert list(files) == ["sitemap.xml"]
    assert files["sitemap.xml"].decode() == (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<url><loc>{BASE}articles/a/</loc><lastmod>2023-05-10</lastmod></url>\n"
        f"<url><loc>{BASE}</loc></url>\n"
        f"<url><loc>{BASE}search/</loc></url>\n"
        "</urlset>\n")


def test_a_sitemap_over_the_protocol_limit_is_an_index_of_sitemaps() -> None:
    # sitemaps.org: at most 50,000 URLs a file; beyond, sitemap.xml lists sitemap files.
    site = make_site((article("a"),))
    paths = [f"p{n}/index.html" for n in range(5)]
    files = sitemaps(site, BASE, paths, limit=2)
    assert sorted(files) == ["sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"]
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert [e.text for e in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")] == [
        f"{BASE}sitemaps/{n}.xml" for n in (1, 2, 3)]
    locs = [e.text for name in ("sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml")
            for e in ET.fromstring(files[name]).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == [f"{BASE}p{n}/" for n in range(5)]


def test_robots_points_at_the_sitemap() -> None:
    assert robots(BASE) == f"User-agent: *\nAllow: /\nSitemap: {BASE}sitemap.xml\n".encode()


def test_machine_files_without_base_url_fall_back_to_localhost() -> None:
    site = make_site((article("a"),), base_url="")
    files = machine_files(site, ["index.html"], part_renderer(ENV, site), None)
    assert sorted(files) == ["feed.xml", "robots.txt", "sitemap.xml",
                             "topics/ceasefire-talks/feed.xml"]
    assert parse(files["feed.xml"]).entries[0].link == "http://localhost:8000/editions/2023-W19/"
