"""An entry's link that no `url:` may be is named by fetch, like the body's removed addresses (docs/fetch.md).

BR24 (2026-12-06): an RSS item's `<link>javascript:alert(1)</link>` was dropped without a word: the article was
written without `url:`, and the feed's warning listed five addresses removed from the body but not this one. The
kind: every link `links.resolve` refuses (a scheme other than http(s), a relative link with no http(s) base, an
address with spaces) is named with its article, in the warning and in `-v`'s notes. Real feeds, parsed by
feedparser, fetched from files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from tests.importer.test_fetch import atom, config, rss

REFUSED = ["javascript:alert(1)", "JavaScript:void(0)", "data:text/html,<p>hi</p>", "mailto:desk@outlet.example",
           "ftp://files.outlet.example/a.txt", "vbscript:msgbox(1)", "file:///etc/passwd", "tel:+4412345",
           "https://outlet.example/a story"]


def fetched(tmp_path: Path, text: str, name: str = "outlet.xml"):
    (tmp_path / "config.yaml").write_text(config(f"feeds/{name}"), encoding="utf-8")
    (tmp_path / "feeds").mkdir(exist_ok=True)
    (tmp_path / "feeds" / name).write_text(text, encoding="utf-8")
    result = fetch_feeds(tmp_path / "config.yaml", FetchOptions(jobs=1))
    said = [d.message for d in result.diagnostics if "written without addresses" in d.message]
    notes = [note for feed in result.feeds for note in feed.notes]
    return said, notes, sorted((tmp_path / "content/articles").glob("*.md"))


def test_the_reported_item(tmp_path: Path) -> None:
    body = '<p>Ceasefire talks <a href="jav&#x09;ascript:alert(1)">x</a></p>'
    said, notes, files = fetched(tmp_path, rss("Outlet", [
        {"title": "Ceasefire talks", "link": "javascript:alert(1)", "guid": "g1",
         "date": "Wed, 02 Dec 2026 10:00:00 +0000", "html": body}]))
    assert len(said) == 1 and "content/articles/ceasefire-talks.md: its link `javascript:alert(1)` (so no `url:`) " \
        "and 1 address (<a href>)" in said[0], said
    assert any("lacks its link `javascript:alert(1)`" in note for note in notes), notes
    assert "url:" not in files[0].read_text(encoding="utf-8").split("---")[1]


@pytest.mark.parametrize("make", [rss, atom])
def test_every_refused_link_is_named_with_its_article(tmp_path: Path, make) -> None:
    entries = [{"title": f"Entry {k}", "link": link, "guid": f"g{k}", "id": f"urn:g{k}",
                "date": "Wed, 02 Dec 2026 10:00:00 +0000", "published": "2026-12-02T10:00:00Z"}
               for k, link in enumerate(REFUSED)]
    entries.append({"title": "Fine", "link": "https://outlet.example/fine", "guid": "ok", "id": "urn:ok",
                    "date": "Wed, 02 Dec 2026 10:00:00 +0000", "published": "2026-12-02T10:00:00Z"})
    said, notes, files = fetched(tmp_path, make("Outlet", entries))
    assert len(files) == len(REFUSED) + 1
    assert len(said) == 1 and said[0].startswith(f"feed feeds/outlet.xml: {len(REFUSED)} articles written without"), said
    for k in range(len(REFUSED)):
        assert any(f"entry-{k}.md" in note and "lacks its link `" in note for note in notes), (k, notes)
    assert not any("fine.md" in note for note in notes)
