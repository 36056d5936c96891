"""JSON Feed 1.1 and OPML (issue 11 §4), over the real CLI."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from support.feedserver import FeedServer, Reply
from support.importing import articles, build_ok, config_text, fetch, front
from support.sites import run_cli

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1", "title": "Kyiv Ledger", "home_page_url": "https://ledger.example/",
    "items": [
        {"id": "1", "url": "/2023/05/envoys", "title": "Envoys meet", "content_html": '<p>See <a href="/map">map</a>'
         '</p>', "date_published": "2023-05-10T09:00:00+03:00", "authors": [{"name": "Olena"}, {"name": "Mark"}],
         "tags": ["diplomacy"]},
        {"id": 2, "external_url": "https://elsewhere.example/story", "title": "Linked elsewhere",
         "content_text": "Line one <b>not bold</b>.\n\nSecond paragraph.", "date_modified": "2023-05-11T08:00:00Z"},
        {"id": "3", "url": "https://ledger.example/3", "title": "Summary only", "summary": "Just a summary.",
         "author": {"name": "Old Style"}},
        {"url": "https://ledger.example/no-id", "title": "No id", "content_text": "skipped"},
    ],
}


def test_json_feed_items_are_imported(site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed.json", Reply(200, json.dumps(JSON_FEED), {"Content-Type": "application/feed+json"}))
    root = site(url)
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "[200] Kyiv Ledger: new=3" in result.stdout
    assert '1 item without an "id" skipped' in result.stderr
    envoys = articles(root)["envoys-meet.md"]
    data = front(envoys)
    assert data["url"] == "https://ledger.example/2023/05/envoys" and data["guid"] == "1"
    assert data["published"] == dt.datetime(2023, 5, 10, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert data["author"] == ["Olena", "Mark"] and data["tags"] == ["diplomacy"]
    assert 'href="https://ledger.example/map"' in envoys.read_text(encoding="utf-8")
    linked = articles(root)["linked-elsewhere.md"]
    assert front(linked)["url"] == "https://elsewhere.example/story" and front(linked)["guid"] == "2"
    assert front(linked)["published"] == dt.datetime(2023, 5, 11, 8, 0, tzinfo=dt.timezone.utc)
    text = linked.read_text(encoding="utf-8")
    assert "<p>Line one &lt;b&gt;not bold&lt;/b&gt;.</p><p>Second paragraph.</p>" in text
    summary = articles(root)["summary-only.md"]
    assert "Just a summary." in summary.read_text(encoding="utf-8")
    assert front(summary)["author"] == "Old Style" and front(summary)["date_inferred"] is True
    build_ok(root)


def test_json_that_is_no_json_feed_is_reported(site: Callable[..., Path]) -> None:
    root = site("feeds/a.json", "feeds/b.json", files={"feeds/a.json": '{"hello": 1}', "feeds/b.json": "{broken"})
    result = fetch(root)
    assert result.returncode == 1
    assert "not a JSON Feed (no jsonfeed.org version)" in result.stderr
    assert "invalid JSON" in result.stderr


OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>My reader</title></head><body>
  <outline text="News">
    <outline text="Europe">
      <outline text="Kyiv Ledger" type="rss" xmlUrl="https://ledger.example/feed.json"/>
      <outline text="Baltic: Wire" type="rss" xmlUrl="https://baltic.example/rss"/>
    </outline>
    <outline text="Already there" xmlUrl="https://outlet.example/rss.xml"/>
  </outline>
  <outline text="Top level #1" xmlUrl="https://top.example/feed"/>
  <outline text="Not a feed"/>
</body></opml>
"""


def test_opml_import_keeps_comments_and_order_skips_duplicates_and_exports(
        site_factory: Callable[..., Path]) -> None:
    config = config_text({"url": "https://outlet.example/rss.xml", "source": "Outlet"}) \
        + "# the end of the feeds list\nedition: weekly   # keep this comment\n"
    config = config.replace("title: Import Briefing", "title: Import Briefing   # my title")
    root = site_factory({"config.yaml": config, "subs.opml": OPML})
    dry = run_cli(["opml", "import", "subs.opml", "--dry-run"], root)
    assert dry.returncode == 0, dry.stderr
    assert "would add https://baltic.example/rss (Baltic: Wire) [News / Europe]" in dry.stdout
    assert "skipped https://outlet.example/rss.xml: already in config.yaml" in dry.stdout
    assert "3 feeds to add, 1 skipped; nothing was changed (dry run)." in dry.stdout
    assert (root / "config.yaml").read_text(encoding="utf-8") == config

    done = run_cli(["opml", "import", "subs.opml"], root)
    assert done.returncode == 0, done.stderr
    after = (root / "config.yaml").read_text(encoding="utf-8")
    head, tail = config.split("# the end of the feeds list\n")
    assert after.startswith(head) and after.endswith("# the end of the feeds list\n" + tail)
    assert "    source: 'Baltic: Wire'\n    category: News / Europe\n" in after
    assert "source: 'Top level #1'" in after
    assert run_cli(["check"], root).returncode == 0
    assert "0 feeds added, 4 skipped" in run_cli(["opml", "import", "subs.opml"], root).stdout

    exported = run_cli(["opml", "export", "out.opml"], root)
    assert exported.returncode == 0, exported.stderr
    other = site_factory({"config.yaml": config_text(), "out.opml": (root / "out.opml").read_text()})
    assert run_cli(["opml", "import", "out.opml"], other).returncode == 0
    again = run_cli(["opml", "export"], other).stdout
    assert again.replace("Import Briefing", "") == run_cli(["opml", "export"], root).stdout.replace(
        "Import Briefing", "")
    assert '<outline text="Europe">' in again and 'xmlUrl="https://baltic.example/rss"' in again


def test_opml_errors_are_diagnostics(site_factory: Callable[..., Path]) -> None:
    root = site_factory({"config.yaml": config_text(), "bad.opml": "<html>no outlines</html>",
                         "flow.yaml": config_text().replace("title: Import", "feeds: []\ntitle: Import")})
    bad = run_cli(["opml", "import", "bad.opml"], root)
    assert bad.returncode == 1 and "no outline with an xmlUrl found" in bad.stderr
    missing = run_cli(["opml", "import", "nope.opml"], root)
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    (root / "good.opml").write_text(OPML, encoding="utf-8")
    flow = run_cli(["opml", "import", "good.opml", "--config", "flow.yaml"], root)
    assert flow.returncode == 1 and "not written as a list with one `- url:` per line" in flow.stderr
    assert run_cli(["opml", "import"], root).returncode == 2
