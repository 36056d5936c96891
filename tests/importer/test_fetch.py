"""`briefgen fetch`: feeds imported as article files, idempotently and safely.

Real feed files on disk and a real HTTP server on 127.0.0.1; the CLI runs in a child
process (`run_cli`), as a user runs it. Unit tests at the end call the stage functions
directly on small values.
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefgen.load.config import FeedSpec
from briefgen.importer.read import FeedItem, parse_feed
from briefgen.importer.articles import MAX_SLUG, article_slug, render_article
from briefgen.load.frontmatter import split
from support.htmlcheck import validate_html
from support.sites import run_cli
from support.loopback import serve_in_thread

NO_PROXY = {"no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}
SLUG_FILE = re.compile(r"^[a-z0-9][a-z0-9-]*\.md$")

CONFIG_HEAD = """\
title: Test Briefing
base_url: https://example.org/briefing/
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    keywords: [ceasefire, truce]
  - id: sanctions
    title: Sanctions
    keywords: [sanctions]
"""


def config(*feeds: str | Mapping[str, Any]) -> str:
    """config.yaml with a `feeds:` list; a string is a feed's url."""
    if not feeds:
        return CONFIG_HEAD
    lines = [CONFIG_HEAD.rstrip("\n"), "feeds:"]
    for feed in feeds:
        spec = {"url": feed} if isinstance(feed, str) else dict(feed)
        lines.append(f"  - url: {spec.pop('url')}")
        for key, value in spec.items():
            lines.append(f"    {key}: {json.dumps(value)}")  # JSON is YAML
    return "\n".join(lines) + "\n"


def feed_line(config_text: str, url: str) -> int:
    """The line of `- url: <url>` in config_text (what diagnostics point at)."""
    for number, line in enumerate(config_text.splitlines(), 1):
        if line.strip() == f"- url: {url}":
            return number
    raise AssertionError(f"{url} not in config")


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rss(title: str, items: list[Mapping[str, Any]]) -> str:
    """RSS 2.0; item keys: title, link, guid, date (RFC 822 text), html, author, tags."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(title)}</title><link>https://outlet.example/</link><description>d</description>"]
    for item in items:
        parts = [f"<title>{esc(item['title'])}</title>"]
        if "link" in item:
            parts.append(f"<link>{esc(item['link'])}</link>")
        if "guid" in item:
            parts.append(f'<guid isPermaLink="false">{esc(item["guid"])}</guid>')
        if "date" in item:
            parts.append(f"<pubDate>{item['date']}</pubDate>")
        if "author" in item:
            parts.append(f"<dc:creator>{esc(item['author'])}</dc:creator>")
        parts += [f"<category>{esc(t)}</category>" for t in item.get("tags", ())]
        parts.append(f"<description>{esc(item.get('html', '<p>Body.</p>'))}</description>")
        out.append(f"<item>{''.join(parts)}</item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def atom(title: str, entries: list[Mapping[str, Any]]) -> str:
    """Atom 1.0; entry keys: title, link, id, published, updated, html, authors, tags."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{esc(title)}</title><id>urn:feed</id><updated>2023-05-12T00:00:00Z</updated>"]
    for entry in entries:
        parts = [f"<title>{esc(entry['title'])}</title><id>{esc(entry['id'])}</id>",
                 f'<link rel="alternate" href="{esc(entry["link"])}"/>']
        for key in ("published", "updated"):
            if key in entry:
                parts.append(f"<{key}>{entry[key]}</{key}>")
        parts += [f"<author><name>{esc(a)}</name></author>" for a in entry.get("authors", ())]
        parts += [f'<category term="{esc(t)}"/>' for t in entry.get("tags", ())]
        parts.append(f'<content type="html">{esc(entry.get("html", "<p>Body.</p>"))}</content>')
        out.append(f"<entry>{''.join(parts)}</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


RSS_ITEMS = [
    {"title": "Envoys meet in Geneva to discuss a ceasefire", "link": "https://outlet.example/geneva",
     "guid": "urn:outlet:1", "date": "Wed, 10 May 2023 09:00:00 +0300", "author": "Olena Kovalenko",
     "tags": ["diplomacy", "Geneva"],
     "html": '<p>Diplomats met in <a href="https://geneva.example/">Geneva</a> on Tuesday.</p><p>More.</p>'},
    {"title": "EU readies new sanctions package", "link": "https://outlet.example/sanctions",
     "guid": "urn:outlet:2", "date": "Thu, 11 May 2023 18:30:00 GMT", "html": "<p>Brussels said.</p>"},
]
ATOM_ENTRIES = [
    {"title": "Beijing envoy tours European capitals", "link": "https://wire.example/beijing-envoy",
     "id": "tag:wire.example,2023:1", "published": "2023-05-09T08:15:00-04:00",
     "updated": "2023-05-09T10:00:00-04:00", "authors": ["Mark Brandt", "Ines Silva"],
     "tags": ["China"], "html": "<p>The envoy will visit Kyiv, Warsaw and Paris.</p>"},
]


def front_matter(path: Path) -> dict[str, Any]:
    parts, problems = split(path.read_text(encoding="utf-8"), path.name)
    assert parts is not None, problems
    data = yaml.safe_load(parts.front)
    assert isinstance(data, dict)
    return data


def articles(root: Path) -> dict[str, Path]:
    folder = root / "content" / "articles"
    return {p.name: p for p in sorted(folder.glob("*.md"))} if folder.is_dir() else {}


def snapshot(root: Path) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in articles(root).items()}


def fetch(root: Path) -> Any:
    result = run_cli(["fetch"], root, env=NO_PROXY)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


@pytest.fixture
def news_site(site_factory: Callable[..., Path]) -> Path:
    """An RSS feed (plain path) and an Atom feed (file: URL), not fetched yet."""
    root = site_factory({"config.yaml": "placeholder\n", "feeds/outlet.xml": rss("The Outlet", RSS_ITEMS),
                         "feeds/wire.atom": atom("Wire Service", ATOM_ENTRIES)})
    (root / "config.yaml").write_text(config("feeds/outlet.xml", (root / "feeds/wire.atom").as_uri()),
                                      encoding="utf-8")
    return root


# --- a local HTTP server ---------------------------------------------------------------------------


class FeedServer:
    """Serves {path: (status, body)} on 127.0.0.1 and remembers each request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requests.append((self.path, dict(self.headers.items())))
                status, body = server.routes.get(self.path, (404, b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = serve_in_thread(self.httpd)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    running = FeedServer()
    try:
        yield running
    finally:
        running.close()


# --- importing -------------------------------------------------------------------------------------


def test_rss_and_atom_feeds_are_imported_with_front_matter(news_site: Path) -> None:
    result = fetch(news_site)
    assert result.returncode == 0, result.stderr
    assert "[file] The Outlet: new=2 updated=0 same=0 filtered=0 duplicate=0" in result.stdout
    assert "[file] Wire Service: new=1 updated=0 same=0" in result.stdout
    assert "Imported 3 new articles from 2 feeds" in result.stdout
    files = articles(news_site)
    assert sorted(files) == ["beijing-envoy-tours-european-capitals.md",
                             "envoys-meet-in-geneva-to-discuss-a-ceasefire.md", "eu-readies-new-sanctions-package.md"]

    geneva = front_matter(files["envoys-meet-in-geneva-to-discuss-a-ceasefire.md"])
    assert geneva == {
        "title": "Envoys meet in Geneva to discuss a ceasefire", "source": "The Outlet",
        "published": dt.datetime(2023, 5, 10, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        "url": "https://outlet.example/geneva", "guid": "urn:outlet:1", "author": "Olena Kovalenko",
        "tags": ["diplomacy", "Geneva"]}
    text = files["envoys-meet-in-geneva-to-discuss-a-ceasefire.md"].read_text(encoding="utf-8")
    assert "published: 2023-05-10T09:00:00+03:00\n" in text  # ISO 8601 with the feed's offset
    assert '<a href="https://geneva.example/" rel="noopener noreferrer">Geneva</a>' in text

    sanctions = front_matter(files["eu-readies-new-sanctions-package.md"])
    assert sanctions["published"] == dt.datetime(2023, 5, 11, 18, 30, tzinfo=dt.timezone.utc)
    assert "author" not in sanctions and "tags" not in sanctions and "topics" not in sanctions
    assert "date_inferred" not in sanctions

    beijing = front_matter(files["beijing-envoy-tours-european-capitals.md"])
    assert beijing["source"] == "Wire Service"
    assert beijing["guid"] == "tag:wire.example,2023:1"
    assert beijing["url"] == "https://wire.example/beijing-envoy"
    assert beijing["published"] == dt.datetime(2023, 5, 9, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert beijing["author"] == ["Mark Brandt", "Ines Silva"]
    assert beijing["tags"] == ["China"]

    built = run_cli(["build"], news_site)
    assert built.returncode == 0, built.stderr
    for name in files:
        page = news_site / "output" / "articles" / name[:-3] / "index.html"
        assert page.is_file(), page
    assert "Diplomats met in" in (news_site / "output/articles/envoys-meet-in-geneva-to-discuss-a-ceasefire/"
                                  "index.html").read_text(encoding="utf-8")


def test_second_fetch_imports_nothing_and_edited_files_stay_byte_identical(news_site: Path) -> None:
    assert fetch(news_site).returncode == 0
    first = snapshot(news_site)
    edited = articles(news_site)["envoys-meet-in-geneva-to-discuss-a-ceasefire.md"]
    mine = edited.read_text(encoding="utf-8").replace("Envoys meet in Geneva", "Envoys meet (edited)")
    mine += "\nEditor's note: confirmed by a second source.\n"
    edited.write_text(mine, encoding="utf-8")

    again = fetch(news_site)
    assert again.returncode == 0, again.stderr
    # nothing changed in the feed files: their bodies hash as before, nothing is parsed
    assert "[file] The Outlet: unchanged" in again.stdout
    assert "[file] Wire Service: unchanged" in again.stdout
    forced = run_cli(["fetch", "--force"], news_site, env=NO_PROXY)
    assert "[file] The Outlet: new=0 updated=0 same=2" in forced.stdout
    assert "[file] Wire Service: new=0 updated=0 same=1" in forced.stdout
    assert "Imported 0 new articles" in again.stdout
    now = snapshot(news_site)
    assert sorted(now) == sorted(first)
    assert edited.read_text(encoding="utf-8") == mine
    assert {k: v for k, v in now.items() if k != edited.name} == {k: v for k, v in first.items() if k != edited.name}
    assert not list((news_site / "content" / "articles").glob(".*")), "temporary files left behind"


def test_duplicates_by_guid_and_by_link_are_skipped(site_factory: Callable[..., Path]) -> None:
    same_story = {"title": "Same story", "link": "https://a.example/same", "guid": "urn:a:same"}
    cfg = config("feeds/a.xml", "feeds/b.xml", "feeds/c.xml")
    root = site_factory({
        "config.yaml": cfg,
        "feeds/a.xml": rss("A", [same_story, {"title": "Only in A", "link": "https://a.example/only",
                                              "guid": "urn:a:only"}]),
        # b carries the same entry (same guid), and one with a known link under another guid
        "feeds/b.xml": rss("B", [same_story, {"title": "Relinked", "link": "https://a.example/only",
                                              "guid": "urn:b:other"}]),
        # c: an entry whose link a hand-written article already has
        "feeds/c.xml": rss("C", [{"title": "Hand made", "link": "https://news.example/by-hand",
                                  "guid": "urn:c:1"}]),
        "content/articles/by-hand.md": "---\ntitle: By hand\nsource: Me\npublished: 2023-05-01\n"
                                       "url: https://news.example/by-hand\n---\nText.\n",
    })
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "[file] A: new=2 updated=0 same=0 filtered=0 duplicate=0" in result.stdout
    assert "[file] B: new=0 updated=0 same=1 filtered=0 duplicate=1" in result.stdout  # same guid; same link
    assert "[file] C: new=0 updated=0 same=0 filtered=0 duplicate=1" in result.stdout
    assert sorted(articles(root)) == ["by-hand.md", "only-in-a.md", "same-story.md"]


def test_existing_files_count_even_with_bad_dates_and_unreadable_ones_are_left_alone(
        site_factory: Callable[..., Path]) -> None:
    bad_date = ("---\ntitle: Bad date\nsource: Me\npublished: 2023-02-30\nguid: urn:x:1\n---\nText.\n")
    unreadable = "---\ntitle: [unclosed\nguid: urn:x:2\n---\nText.\n"
    root = site_factory({
        "config.yaml": config("feeds/x.xml"),
        "feeds/x.xml": rss("X", [{"title": "Known one", "link": "https://x.example/1", "guid": "urn:x:1"},
                                 {"title": "Broken", "link": "https://x.example/2", "guid": "urn:x:2"}]),
        "content/articles/known.md": bad_date, "content/articles/broken.md": unreadable})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "[file] X: new=1 updated=0 same=1" in result.stdout
    # the unparsable file is not read for identities: its entry comes in under a free name
    assert sorted(articles(root)) == ["broken-2.md", "broken.md", "known.md"]
    assert (root / "content/articles/broken.md").read_text(encoding="utf-8") == unreadable
    assert (root / "content/articles/known.md").read_text(encoding="utf-8") == bad_date


def test_hostile_feed_gives_safe_files_and_a_site_without_scripts(site_factory: Callable[..., Path]) -> None:
    hostile = [
        {"title": '<script>alert("t")</script>Breaking: <img src=x onerror=alert(1)> "quoted" news\n---\nnext',
         "link": "javascript:alert(2)", "guid": "urn:h:1",
         "html": '<p onclick="alert(3)">Hi <img src="https://img.example/a.png" onerror="alert(4)">'
                 '<a href="javascript:alert(5)">click</a> <a href="https://ok.example/">ok</a></p>'
                 '<script>alert(6)</script><iframe src="https://evil.example/"></iframe>'
                 '<style>body{display:none}</style><svg onload="alert(7)"></svg>'
                 '<form action="https://evil.example/"><input name=x></form>'},
        {"title": "../../etc/passwd", "link": "https://h.example/2", "guid": "urn:h:2",
         "html": "---\ntitle: injected\n---\n<p>Body with a front-matter fence</p>"},
        {"title": "title: injected\nsource: nobody", "link": "https://h.example/3", "guid": "urn:h:3",
         "html": 'loose text <p>then a paragraph <div>in a div</div></p><h1>Heading</h1><ul><li>item'},
    ]
    root = site_factory({"config.yaml": config("feeds/h.xml"), "feeds/h.xml": rss("Hostile <b>Times</b>", hostile)})
    result = fetch(root)
    assert result.returncode == 0, result.stderr

    made = {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and ".briefgen-cache" not in p.parts}
    assert made - {"config.yaml", "feeds/h.xml"} == {f"content/articles/{name}" for name in articles(root)}
    assert len(articles(root)) == 3
    assert all(SLUG_FILE.match(name) for name in articles(root)), list(articles(root))
    assert "etc-passwd.md" in articles(root)

    titles = {}
    for path in articles(root).values():
        text = path.read_text(encoding="utf-8")
        for needle in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<style", "<svg",
                       "<form", "alert(6)"):
            assert needle not in text.lower(), (path.name, needle, text)
        data = front_matter(path)
        assert data["source"] == "Hostile Times"
        titles[data["guid"]] = data
    assert titles["urn:h:1"]["title"] == 'Breaking: "quoted" news --- next'
    assert "url" not in titles["urn:h:1"]  # javascript: is no link to an original
    assert titles["urn:h:2"]["title"] == "../../etc/passwd"
    assert titles["urn:h:3"]["title"] == "title: injected source: nobody"
    assert set(titles["urn:h:3"]) == {"title", "source", "published", "date_inferred", "url", "guid"}

    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    for page in (root / "output").rglob("*"):
        if page.suffix in (".html", ".xml", ".json"):
            text = page.read_text(encoding="utf-8").lower()
            for needle in ("alert(", "onerror", "onclick", "onload", "javascript:", "<iframe", "evil.example"):
                assert needle not in text, (page, needle)
    page = (root / "output/articles/etc-passwd/index.html").read_text(encoding="utf-8")
    assert "../../etc/passwd" in page  # shown as text, used for nothing else
    pages = [root / "output/articles" / name[:-3] / "index.html" for name in articles(root)]
    assert validate_html(pages) == []


def test_broken_feeds_are_reported_and_the_good_one_still_imported(
        site_factory: Callable[..., Path], server: FeedServer) -> None:
    server.routes["/error.xml"] = (500, b"oops")
    server.routes["/page.html"] = (200, b"<!doctype html><html><body><p>Not a feed</p></body></html>")
    refused = closed_port_url()
    urls = ["feeds/missing.xml", "feeds/garbage.xml", f"{server.url}/error.xml", "feeds/good.xml",
            f"{server.url}/page.html", refused, "ftp://example.org/feed.xml"]
    cfg = config(*urls)
    root = site_factory({"config.yaml": cfg, "feeds/garbage.xml": "\x00\x01 <<<not xml at all>>> \ufffd",
                         "feeds/good.xml": rss("Good", RSS_ITEMS[:1])})
    result = fetch(root)
    assert result.returncode == 1
    lines = result.stderr.splitlines()

    def reported(url: str, *words: str) -> None:
        prefix = f"config.yaml:{feed_line(cfg, url)}: feed {url}: "
        found = [line for line in lines if line.startswith(prefix)]
        assert len(found) == 1, (prefix, result.stderr)
        for word in words:
            assert word in found[0], (word, found[0])

    reported("feeds/missing.xml", "no file at", "fix the path")
    reported("feeds/garbage.xml", "not an RSS, Atom or JSON feed")
    reported(f"{server.url}/error.xml", "HTTP 500")
    reported(f"{server.url}/page.html", "not an RSS, Atom or JSON feed")
    reported(refused, "cannot connect")
    reported("ftp://example.org/feed.xml", "http(s) URL")
    assert "6 errors" in result.stderr
    assert "[file] Good: new=1 updated=0 same=0" in result.stdout
    assert "[file] feeds/missing.xml: failed (the reason is printed after the feeds)" in result.stdout
    assert "6 failed" in result.stdout
    assert list(articles(root)) == ["envoys-meet-in-geneva-to-discuss-a-ceasefire.md"]
    # A local file is never backed off and has no HTTP status: the feeds table says so.
    table = run_cli(["feeds"], root).stdout
    rows = ["".join(pair) for pair in zip(table.splitlines()[::2], table.splitlines()[1::2])]  # two lines a feed
    missing = next(row for row in rows if "feeds/missing.xml" in row)
    assert "tried again on every fetch" in missing and "next try after" not in missing
    good = next(row for row in rows if "Good" in row)
    assert "read from the local file" in good and "200" not in good


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused at once)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def test_http_feed_from_a_local_server(site_factory: Callable[..., Path], server: FeedServer) -> None:
    body = '<p>See <a href="/reports/full.pdf">the report</a> and <img src="img/map.png" alt="map">.</p>'
    server.routes["/news/feed.xml"] = (200, rss("Served Outlet", [
        {"title": "Served entry", "link": f"{server.url}/news/served", "guid": "urn:served:1",
         "date": "Fri, 12 May 2023 07:00:00 +0000", "html": body}]).encode())
    url = f"{server.url}/news/feed.xml"
    root = site_factory({"config.yaml": config(url)})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "[200] Served Outlet: new=1 updated=0 same=0" in result.stdout
    path = articles(root)["served-entry.md"]
    data = front_matter(path)
    assert data["source"] == "Served Outlet" and data["guid"] == "urn:served:1"
    text = path.read_text(encoding="utf-8")
    assert f'href="{server.url}/reports/full.pdf"' in text  # relative links resolved against the feed
    assert f'src="{server.url}/news/img/map.png"' in text
    (request_path, headers), = server.requests
    assert request_path == "/news/feed.xml"
    assert headers["User-Agent"].startswith("briefgen/")


def test_undated_entry_gets_the_fetch_time_and_date_inferred(site_factory: Callable[..., Path]) -> None:
    root = site_factory({"config.yaml": config("feeds/f.xml"),
                         "feeds/f.xml": rss("F", [{"title": "No date here", "link": "https://f.example/1"},
                                                  {"title": "Bad date", "link": "https://f.example/2",
                                                   "date": "sometime last week"}])})
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    assert fetch(root).returncode == 0
    after = dt.datetime.now(dt.timezone.utc)
    for name in ("no-date-here.md", "bad-date.md"):
        data = front_matter(articles(root)[name])
        assert data["date_inferred"] is True
        assert isinstance(data["published"], dt.datetime) and data["published"].tzinfo is not None
        assert before <= data["published"] <= after
        assert data["guid"] == data["url"]  # no guid in the feed: the link identifies the entry
    assert run_cli(["check"], root).returncode == 0


def test_forced_topics_and_source_override(site_factory: Callable[..., Path]) -> None:
    cfg = config({"url": "feeds/f.xml", "source": "Override Outlet", "topics": ["sanctions", "ceasefire-talks"]})
    root = site_factory({"config.yaml": cfg, "feeds/f.xml": rss("Feed's own title", RSS_ITEMS[:1])})
    assert fetch(root).returncode == 0
    data = front_matter(articles(root)["envoys-meet-in-geneva-to-discuss-a-ceasefire.md"])
    assert data["source"] == "Override Outlet"
    assert data["topics"] == ["sanctions", "ceasefire-talks"]
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert (root / "output/topics/sanctions/index.html").read_text(encoding="utf-8").count(
        "envoys-meet-in-geneva-to-discuss-a-ceasefire") >= 1


def test_slugs_never_clash_with_existing_files(site_factory: Callable[..., Path]) -> None:
    long_title = "Ministers of " + " and ".join(f"country{n}" for n in range(30))
    items = [{"title": "Talks resume", "link": f"https://s.example/{n}", "guid": f"urn:s:{n}"} for n in range(2)]
    items.append({"title": long_title, "link": "https://s.example/long", "guid": "urn:s:long"})
    items.append({"title": "Переговоры", "link": "https://s.example/cyrillic", "guid": "urn:s:ru"})
    existing = "---\ntitle: Mine\nsource: Me\npublished: 2023-05-01\n---\nMine.\n"
    root = site_factory({"config.yaml": config("feeds/s.xml"), "feeds/s.xml": rss("S", items),
                         "content/articles/talks-resume.md": existing})
    assert fetch(root).returncode == 0
    names = sorted(articles(root))
    assert "talks-resume-2.md" in names and "talks-resume-3.md" in names
    assert (root / "content/articles/talks-resume.md").read_text(encoding="utf-8") == existing
    long_name, = (n for n in names if n.startswith("ministers-of"))
    assert len(long_name) - 3 <= MAX_SLUG and not long_name[:-3].endswith("-")
    assert any(re.fullmatch(r"article-[0-9a-f]{8}\.md", n) for n in names), names
    assert run_cli(["build"], root).returncode == 0


def test_malformed_feed_with_entries_is_imported_with_a_warning(site_factory: Callable[..., Path]) -> None:
    broken = rss("Loose", RSS_ITEMS[:1]).replace("</channel></rss>", "")  # never closed
    cfg = config("feeds/loose.xml")
    root = site_factory({"config.yaml": cfg, "feeds/loose.xml": broken})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert f"config.yaml:{feed_line(cfg, 'feeds/loose.xml')}: warning: feed feeds/loose.xml: the feed is " \
           "malformed" in result.stderr
    assert len(articles(root)) == 1


def test_feed_bytes_are_never_taken_for_a_file_name(site_factory: Callable[..., Path],
                                                    server: FeedServer, tmp_path: Path) -> None:
    secret = tmp_path / "private-feed.xml"
    secret.write_text(rss("Private", [{"title": "Private entry", "link": "https://p.example/1"}]),
                      encoding="utf-8")
    server.routes["/trap.xml"] = (200, str(secret).encode())
    root = site_factory({"config.yaml": config(f"{server.url}/trap.xml")})
    result = fetch(root)
    assert result.returncode == 1
    assert "not an RSS, Atom or JSON feed" in result.stderr
    assert articles(root) == {}


def test_rss_1_feed(site_factory: Callable[..., Path]) -> None:
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Outlet</title><link>https://rdf.example/</link>
    <description>d</description><items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example/1"><title>Truce holds overnight</title><link>https://rdf.example/1</link>
    <dc:date>2023-05-08T21:00:00+02:00</dc:date><dc:creator>Tomasz Nowak</dc:creator>
    <description>&lt;p&gt;Quiet night.&lt;/p&gt;</description></item>
</rdf:RDF>
"""
    root = site_factory({"config.yaml": config("feeds/r.rdf"), "feeds/r.rdf": rdf})
    assert fetch(root).returncode == 0
    data = front_matter(articles(root)["truce-holds-overnight.md"])
    assert data == {"title": "Truce holds overnight", "source": "RDF Outlet",
                    "published": dt.datetime(2023, 5, 8, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                    "url": "https://rdf.example/1", "guid": "https://rdf.example/1", "author": "Tomasz Nowak"}


def test_no_feeds_configured(site_factory: Callable[..., Path]) -> None:
    root = site_factory({"config.yaml": config()})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "No feeds configured" in result.stdout
    assert not (root / "content").exists()


def test_config_errors_stop_before_fetching(site_factory: Callable[..., Path]) -> None:
    root = site_factory({"config.yaml": config({"url": "feeds/f.xml", "topics": ["sanctons"]}),
                         "feeds/f.xml": rss("F", RSS_ITEMS[:1])})
    result = fetch(root)
    assert result.returncode == 1
    assert 'unknown topic "sanctons" (did you mean "sanctions"?)' in result.stderr
    assert articles(root) == {}


def test_fetch_help(tmp_path: Path) -> None:
    result = run_cli(["fetch", "--help"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: briefgen fetch ")
    assert "--config FILE" in result.stdout and "never" in result.stdout


# --- unit tests on the stage functions -------------------------------------------------------------


def test_render_article_round_trips_hostile_strings() -> None:
    title = 'a: "b" \'c\' --- #d [e] {f} & *g* | > yes null 2023-01-01'
    item = FeedItem(title, "https://x.example/?a=1&b=2", "urn:x\u2028y", None, ("A: B", "- C"), ("yes", "1.5"),
                    "<p>Body</p>")
    now = dt.datetime(2023, 5, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    text = render_article(item, "Out: let", ("sanctions",), now)
    parts, _ = split(text, "x.md")
    assert parts is not None
    assert yaml.safe_load(parts.front) == {
        "title": title, "source": "Out: let", "published": now, "date_inferred": True,
        "url": "https://x.example/?a=1&b=2", "guid": "urn:x\u2028y", "author": ["A: B", "- C"],
        "topics": ["sanctions"], "tags": ["yes", "1.5"]}
    assert parts.body == "<div>\n<p>Body</p>\n</div>\n"


@pytest.mark.parametrize("title, slug", [
    ("Envoys meet in Geneva", "envoys-meet-in-geneva"),
    ("../../etc/passwd", "etc-passwd"),
    ("Zelensky’s “peace formula”: what’s in it?", "zelenskys-peace-formula-whats-in-it"),
    ("Переговоры в Стамбуле", r"article-[0-9a-f]{8}"),
    ("", r"article-[0-9a-f]{8}"),
])
def test_article_slug(title: str, slug: str) -> None:
    assert re.fullmatch(slug, article_slug(title))


def test_article_slug_is_cut_at_a_hyphen() -> None:
    slug = article_slug("word " * 40)
    assert len(slug) <= MAX_SLUG and slug.endswith("word") and "--" not in slug


def test_parse_feed_marks_pages_that_are_not_feeds() -> None:
    spec = FeedSpec("https://x.example/", "", (), 7)
    read = parse_feed(b"<html><body>hello</body></html>", {}, spec, "config.yaml", zone=dt.timezone.utc)
    assert read.failed and read.items == ()
    assert str(read.problems[0]).startswith("config.yaml:7: feed https://x.example/: not an RSS, Atom or JSON feed")


def test_parse_feed_text_fields_are_plain_and_bodies_sanitised() -> None:
    spec = FeedSpec("feeds/x.xml", "", (), 3)
    feed = rss("T &amp; <i>Co</i>", [{"title": "A &lt;b&gt;bold&lt;/b&gt; move", "link": " https://x.example/1 ",
                                     "author": "<b>Jane</b>", "tags": ["<i>x</i>"],
                                     "html": "plain <b>text</b><script>x()</script>"}])
    read = parse_feed(feed.encode(), {}, spec, "config.yaml", zone=dt.timezone.utc)
    assert not read.problems
    assert read.title == "T & Co"
    item, = read.items
    assert item.title == "A <b>bold</b> move"  # the feed escaped it twice: it is text
    assert item.authors == ("Jane",) and item.tags == ("x",)
    assert item.body_html == "<p>plain <b>text</b></p>"
