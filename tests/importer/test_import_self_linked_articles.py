"""Articles fetch imported before entries linking to the site itself were filtered are named, with the fix.

Reported (2026-12-05): an article imported before the self-link rule (ownsite.py), its `url:` a page of the
briefing, stayed silent: its page says "Read the original at …" and links back to the briefing. Now every
fetch warns at its `url:` line: delete it (fetch does not import the entry again), or keep it and set `url:` to
the original report's address (or remove the line). Hand-written articles (no `guid:`) are the editor's. The
property draws articles with and without `guid:`, their `url:` spelled on the site or off it.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import articles, config_text, rss
from support.sites import write_site

DATE = "Sat, 07 Nov 2026 09:00:00 GMT"
BASE = "https://example.org/briefing/"  # support.importing.HEAD's base_url
ON_SITE = ["https://example.org/briefing/articles/ledger/", "https://EXAMPLE.org.:443/briefing/%61rticles/x/",
           "http://www.example.org/briefing/", "https://example.org/briefing"]
OFF_SITE = ["https://example.org/briefing/../other/x", "https://example.org/other/", "https://wire.example/1",
            "https://example.org:8443/briefing/x"]
WARNING = "is a page of this site (config.yaml's base_url"


def _article(n: int, url: str, guid: bool, extra: str = "") -> str:
    return (f"---\ntitle: Report {n}\nsource: Loop Wire\npublished: 2026-11-07T09:00:00Z\n{extra}url: \"{url}\"\n"
            + (f"guid: g-{n}\n" if guid else "") + "---\nText.\n")


@settings(derandomize=True, database=None, max_examples=examples(20), deadline=None)
@given(drawn=st.lists(st.tuples(st.sampled_from(ON_SITE + OFF_SITE), st.booleans(), st.booleans()), max_size=4))
def test_each_imported_article_linking_here_is_named_at_its_url_line(drawn: list[tuple[str, bool, bool]]) -> None:
    files = {"config.yaml": config_text({"url": "feed.xml", "source": "Loop Wire"}),
             "feed.xml": rss("Loop Wire", [{"title": "Other", "link": "https://wire.example/o", "guid": "o",
                                            "date": DATE}])}
    expected = {}
    for n, (url, guid, comment) in enumerate(drawn):
        files[f"content/articles/r{n}.md"] = _article(n, url, guid, "# a comment\n" if comment else "")
        if guid and url in ON_SITE:
            expected[f"content/articles/r{n}.md"] = 6 if comment else 5
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", files)
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        warned = {d.path: d.line for d in result.diagnostics if WARNING in d.message}
        assert warned == expected, [d.message for d in result.diagnostics]
        assert all(d.severity == "warning" for d in result.diagnostics if WARNING in d.message)
        again = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1, force=True))  # (read again: still said)
        assert {d.path: d.line for d in again.diagnostics if WARNING in d.message} == expected


def test_the_reported_article_and_each_fix() -> None:
    link = BASE + "articles/ledger-tallinn/"
    feed = rss("Loop Wire", [{"title": "Report 1", "link": link, "guid": "g-1", "date": DATE}], link=BASE)
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {
            "config.yaml": config_text({"url": "feed.xml", "source": "Loop Wire"}), "feed.xml": feed,
            "content/articles/r1.md": _article(1, link, True), "content/articles/r2.md": _article(2, link, True)})
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        found = [d for d in result.diagnostics if WARNING in d.message]
        assert [(d.path, d.line) for d in found] == [("content/articles/r1.md", 5), ("content/articles/r2.md", 5)]
        assert "delete the file" in found[0].message and "set `url:` to the original report's address" \
            in found[0].message
        (root / "content/articles/r1.md").unlink()  # fix 1: deleted; the entry is not imported again
        r2 = root / "content/articles/r2.md"  # fix 2: the original's address
        r2.write_text(r2.read_text().replace(link, "https://wire.example/original"))
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1, force=True))
        assert not [d for d in result.diagnostics if WARNING in d.message], result.diagnostics
        assert set(articles(root)) == {"r2.md"} and result.total("new") == 0
