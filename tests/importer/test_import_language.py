"""An imported entry in another language than the briefing's gets `language:`, as the editor would write it.

`language:` (an article's language, when not config.yaml's) makes pages mark the article's
headline and body with `lang`, so screen readers read them in the right voice and search folds
them by their own rules. Feeds say their language — RSS `<language>`, Atom `xml:lang` on the
feed or an entry, JSON Feed 1.1 `language` — and `fetch` dropped it: a Japanese outlet's
entries in an English briefing were published as English (left open in the last closing note).
Real feeds parsed by feedparser and the JSON Feed reader; real builds.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import yaml
from hypothesis import given, settings, strategies as st

from briefgen.importer.articles import render_article
from briefgen.importer.read import FeedItem, parse_feed
from briefgen.load.config import FeedSpec
from briefgen.load.frontmatter import split
from support.importing import articles, build_ok, fetch, front, rss
from support.examples import examples

SPEC = FeedSpec("https://outlet.example/feed", "", (), 3)
NOW = dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone.utc)


def _atom(feed_lang: str, entry_langs: list[str]) -> bytes:
    entries = "".join(
        f'<entry{_lang(lang)}><title>Entry {n}</title><id>urn:e{n}</id>'
        f'<link href="https://outlet.example/{n}"/><updated>2024-03-0{n + 1}T10:00:00Z</updated>'
        f'<content type="html">&lt;p&gt;Body {n}.&lt;/p&gt;</content></entry>' for n, lang in enumerate(entry_langs))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{_lang(feed_lang)}>'
            f'<title>Outlet</title><id>urn:outlet</id><updated>2024-03-05T10:00:00Z</updated>{entries}</feed>').encode()


def _lang(tag: str) -> str:
    return f' xml:lang="{tag}"' if tag else ""


def _written_language(item_language: str, site_language: str) -> str | None:
    item = FeedItem("A title", "https://outlet.example/a", "urn:a", NOW, (), (), "<p>Body.</p>", language=item_language)
    parts, _ = split(render_article(item, "Outlet", (), NOW, site_language=site_language), "a.md")
    assert parts is not None
    return yaml.safe_load(parts.front).get("language")


TAGS = st.sampled_from(["en", "EN", "en-US", "en_GB", "fr", "fr-FR", "fr_CA", "de", "ja", "zh-Hant-TW", "pt-BR", "ar"])


@settings(max_examples=examples(120), deadline=None)
@given(feed_lang=TAGS | st.just(""), entry_langs=st.lists(TAGS | st.just(""), min_size=1, max_size=3), site=TAGS)
def test_an_entry_gets_the_language_the_feed_gives_it_when_not_the_briefings(
        feed_lang: str, entry_langs: list[str], site: str) -> None:
    read = parse_feed(_atom(feed_lang, entry_langs), {}, SPEC, "config.yaml", zone=dt.timezone.utc)
    assert len(read.items) == len(entry_langs)
    for item, own in zip(read.items, entry_langs):
        given_lang = (own or feed_lang).replace("_", "-")  # an entry's own xml:lang, else the feed's
        assert item.language == given_lang
        written = _written_language(item.language, site.replace("_", "-"))
        differs = given_lang and given_lang.split("-")[0].lower() != site.split("-")[0].split("_")[0].lower()
        assert written == (given_lang if differs else None), (given_lang, site)


def test_rss_language_and_json_feed_language_are_read() -> None:
    raw = rss("Outlet", [{"title": "Un", "link": "https://outlet.example/1"}]).replace(
        "<description>d</description>", "<description>d</description><language>fr_FR</language>")
    assert [i.language for i in parse_feed(raw.encode(), {}, SPEC, "config.yaml", zone=dt.timezone.utc).items] == ["fr-FR"]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Outlet", "language": "es",
            "items": [{"id": "1", "url": "https://outlet.example/1", "content_text": "Hola."},
                      {"id": "2", "url": "https://outlet.example/2", "content_text": "Olá.", "language": "pt-BR"}]}
    read = parse_feed(json.dumps(feed).encode(), {"content-type": "application/feed+json"}, SPEC, "config.yaml",
                      zone=dt.timezone.utc)
    assert [i.language for i in read.items] == ["es", "pt-BR"]


def test_a_name_that_is_no_language_tag_is_left_out() -> None:
    assert _written_language("", "en") is None
    raw = rss("Outlet", [{"title": "One", "link": "https://outlet.example/1"}]).replace(
        "<description>d</description>", "<description>d</description><language>English (UK)</language>")
    assert [i.language for i in parse_feed(raw.encode(), {}, SPEC, "config.yaml", zone=dt.timezone.utc).items] == [""]


def test_fetch_writes_it_and_the_page_marks_the_article_with_it(site: Callable[..., Path]) -> None:
    root = site({"url": "feeds/tokyo.xml", "source": "Tokyo Daily"}, files={
        "feeds/tokyo.xml": _atom("ja", ["", "en"]).decode()})
    done = fetch(root)
    assert done.returncode == 0, done.stderr
    fronts = {front(path).get("title"): front(path) for path in articles(root).values()}
    assert fronts["Entry 0"]["language"] == "ja"
    assert "language" not in fronts["Entry 1"]  # English, the briefing's language
    build_ok(root)
    (page,) = [p for p in (root / "output/articles").glob("*/index.html") if "Entry 0" in p.read_text()]
    assert 'lang="ja"' in page.read_text()
