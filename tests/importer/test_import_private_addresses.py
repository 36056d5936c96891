"""A feed on the public web leads neither readers' browsers nor `briefgen fetch` to a private host.

An entry's `<link>`, a body's `<a href>`, `<img src>` or `<blockquote cite>` naming this machine or a
private network (`http://169.254.169.254/latest/meta-data/`, `<img src="http://127.0.0.1:9/x.png">`,
`http://[::1]:8000/`, `http://2130706433/`) was imported and published as written: every reader's
browser then asked the reader's own machine or router for the image (a request forgery without a
click). Now such addresses, in every spelling a browser reads as one (decimal, octal, hexadecimal and
short IPv4, IPv4-mapped IPv6, full-width digits, percent-escapes, backslashes, user info, `localhost`
and the other names kept for private use), are left out with one warning per feed, unless the feed
the editor configured is itself on a private host (test_import_private_redirects.py: nor is a
redirect there followed). Real feed files parsed by feedparser, a real feed server for the last.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.feedserver import Reply, feed_server
from support.importing import articles, config_text, esc, front
from support.privatehosts import private_urls
from support.sites import run_cli
from support.examples import examples


def _feed(entries: list[tuple[str, str]]) -> str:
    """RSS 2.0 of (link, body HTML) entries, dated and with guids."""
    items = "".join(f"<item><title>Ceasefire report {n}</title><link>{esc(link)}</link>"
                    f'<guid isPermaLink="false">g{n}</guid><pubDate>Tue, 02 May 2023 14:00:00 +0000</pubDate>'
                    f"<description>{esc(body)}</description></item>" for n, (link, body) in enumerate(entries))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet</title>'
            f"<link>https://outlet.example/</link><description>d</description>{items}</channel></rss>")


def _import(entries: list[tuple[str, str]], build: bool = False) -> tuple[list[str], list[str]]:
    """(the texts of the files written, the fetch's diagnostics and, with `build`, the build's stderr
    lines) for a feed file of `entries`."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "feed.xml").write_text(_feed(entries), encoding="utf-8")
        (root / "config.yaml").write_text(config_text("feed.xml"), encoding="utf-8")
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.ok, [str(p) for p in result.diagnostics]
        built = run_cli(["build"], root).stderr.splitlines() if build else []
        return ([p.read_text(encoding="utf-8") for p in articles(root).values()],
                [str(p) for p in result.diagnostics] + built)


PLACES = ["link", "a", "img", "cite"]


@settings(max_examples=examples(25), deadline=None)
@given(addresses=st.lists(st.tuples(st.sampled_from(PLACES), st.data()), min_size=1, max_size=4))
@example(addresses=[("link", "http://169.254.169.254/latest/meta-data/"), ("img", "http://127.0.0.1:9/x.png"),
                    ("a", "http://[::1]:8000/"), ("a", "http://2130706433/")])  # the reported feed
def test_addresses_on_private_hosts_are_left_out_of_imported_articles(addresses: list) -> None:
    written = []
    for n, (place, address) in enumerate(addresses):
        if not isinstance(address, str):
            address = address.draw(private_urls(f"/inward{n}"))
        else:
            address = address.rstrip("/") + f"/inward{n}"
        written.append((place, address))
    entries = []
    for n, (place, address) in enumerate(written):
        body = {"link": "", "a": f'<a href="{address}">inner words</a>', "img": f'<img src="{address}" alt="pic">',
                "cite": f'<blockquote cite="{address}"><p>quoted words</p></blockquote>'}[place]
        entries.append((address if place == "link" else f"https://outlet.example/outward{n}",
                        f'<p>Ceasefire talks went on. <a href="https://outlet.example/kept{n}">kept</a></p>{body}'))
    files, problems = _import(entries)
    text = "\n".join(files)
    assert "inward" not in text, (written, text)
    for n, (place, _) in enumerate(written):
        assert f"https://outlet.example/kept{n}" in text
        assert (f"https://outlet.example/outward{n}" in text) == (place != "link")
        if place == "a":
            assert "inner words" in text  # a link keeps its text
    # (Some spellings are dropped before: feedparser or the sanitiser refuse them, or they are no
    # http(s) link at all. The warning is checked on the reported feed below.)
    assert len([p for p in problems if "on this machine or a private network" in p]) <= 1, problems


def test_the_reported_feed_is_imported_without_them_and_says_so() -> None:
    files, problems = _import([
        ("http://169.254.169.254/latest/meta-data/", "<p>Ceasefire talks, day three.</p>"),
        ("https://outlet.example/4", '<p>Ceasefire talks <img src="http://127.0.0.1:9/x.png" alt="pixel"> went on'
         ' (<a href="http://[::1]:8000/">loop</a>, <a href="http://2130706433/">dec</a>).</p>')], build=True)
    text = "\n".join(files)
    for address in ("169.254.169.254", "127.0.0.1", "[::1]", "2130706433"):
        assert address not in text
    assert "url: https://outlet.example/4" in text and "(<a>loop</a>, <a>dec</a>)" in text  # no rel left either
    (said,) = [p for p in problems if "on this machine or a private network" in p]
    assert said.startswith("config.yaml:8: warning: feed feed.xml: 4 addresses") and "169.254.169.254" in said
    assert not [p for p in problems if p.startswith("content/")], problems  # the build has nothing to say of them


def test_a_feed_the_editor_put_on_a_private_host_keeps_its_links(tmp_path: Path) -> None:
    """The editor asked for that network: a feed on 127.0.0.1 (an intranet, a test server) links there."""
    with feed_server() as server:
        url = server.script("/feed.xml", Reply(200, _feed([("http://127.0.0.1:9/story", '<img src="/x.png" alt="x">')]),
                                               {"Content-Type": "application/rss+xml"}))
        (tmp_path / "config.yaml").write_text(config_text(url), encoding="utf-8")
        result = fetch_feeds(tmp_path / "config.yaml", FetchOptions(jobs=1))
    assert result.ok and not [p for p in result.diagnostics if "private network" in str(p)]
    (written,) = articles(tmp_path).values()
    assert front(written)["url"] == "http://127.0.0.1:9/story"
    assert 'src="http://127.0.0.1:9/x.png"' in written.read_text(encoding="utf-8")  # (read from the entry's link)
