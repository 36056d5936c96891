"""A guid is read as the feed wrote it, not joined to the feed's address.

RSS 2.0's `<guid>` is a permalink unless it says `isPermaLink="false"`, and real feeds send
`<guid>1234</guid>` without the attribute. feedparser joined such a guid to the address the feed
was fetched from (even with relative-link resolution off) and made it the link of an entry
without one: the file got `guid: http://127.0.0.1:PORT/1234` and a made-up `url:` to a page that
does not exist, published on the site. When the feed moved (a redirect to another host, a new URL
in config.yaml), every such guid changed and every such entry was imported a second time. Now the
guid is the feed's text, a guid is a link only when it is an address, an entry imported under the
old reading is still recognised, and two outlets' link-less entries with one guid are both kept.
Real feeds from a loopback server, fetched in-process.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.feedserver import FeedServer, Reply
from support.importing import articles, config_text, esc, fetch, front
from support.examples import examples

RSS = {"Content-Type": "application/rss+xml"}


def _feed(title: str, entries: list[tuple[str, str]]) -> str:
    """RSS 2.0 whose `<guid>`s carry no isPermaLink (a permalink by default); (guid, link or "")."""
    items = "".join(f"<item><title>{esc(title)} {n}</title>{f'<link>{esc(link)}</link>' if link else ''}"
                    f"<guid>{esc(guid)}</guid><pubDate>Tue, 02 May 2023 14:00:00 +0000</pubDate>"
                    f"<description>&lt;p&gt;Item {n}.&lt;/p&gt;</description></item>"
                    for n, (guid, link) in enumerate(entries))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{esc(title)}</title>'
            f"<link>https://outlet.example/</link><description>d</description>{items}</channel></rss>")


def _moved(url: str) -> str:
    return url.replace("127.0.0.1", "localhost")  # the same server under another host name


def test_a_guid_that_is_no_address_is_written_as_given_and_survives_a_move(
        site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI: `<guid>1234</guid>` without a link, then the feed moves."""
    url = server.script("/cms.xml", Reply(200, _feed("CMS", [("1234", ""), ("post-17", "https://outlet.example/17")]),
                                          RSS))
    root = site(url)
    assert fetch(root).returncode == 0
    files = articles(root)
    assert [(front(p).get("guid"), front(p).get("url")) for p in files.values()] == [
        ("1234", None), ("post-17", "https://outlet.example/17")]
    config = root / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(url, _moved(url)), encoding="utf-8")
    again = fetch(root)
    assert again.returncode == 0, again.stderr
    assert "new=0" in again.stdout and sorted(articles(root)) == sorted(files), again.stdout


def test_an_entry_imported_under_the_joined_guid_is_not_imported_again(
        site: Callable[..., Path], server: FeedServer) -> None:
    """A file written before this fix (`guid:` and `url:` joined to the feed's address) is the entry."""
    url = server.script("/cms.xml", Reply(200, _feed("CMS", [("1234", "")]), RSS))
    old = url.rsplit("/", 1)[0] + "/1234"
    root = site(url, files={"content/articles/cms-0.md": (
        f"---\ntitle: CMS 0\nsource: CMS\npublished: 2023-05-02T14:00:00+00:00\nurl: {old}\nguid: {old}\n---\n"
        "<div>\n<p>Item 0.</p>\n</div>\n")})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "new=0" in result.stdout and "same=1" in result.stdout, result.stdout
    assert sorted(articles(root)) == ["cms-0.md"]


TOKENS = st.text(st.sampled_from("abz019-_.:~"), min_size=1, max_size=10).filter(
    lambda g: not g.startswith(("/", ".")) and g.strip() == g)


@settings(max_examples=examples(15), deadline=None,  # one server for every example: each is rescripted
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(guids=st.lists(TOKENS, min_size=1, max_size=3, unique=True), linked=st.lists(st.booleans(), min_size=3,
                                                                                      max_size=3),
       other_outlet=st.booleans())
@example(guids=["1234"], linked=[False, False, False], other_outlet=True)  # two outlets' `<guid>1234</guid>`
@example(guids=["post-17", "18"], linked=[True, False, False], other_outlet=False)
def test_a_guid_is_the_feeds_text_and_never_depends_on_the_feeds_address(
        server: FeedServer, guids: list[str], linked: list[bool], other_outlet: bool) -> None:
    entries = [(guid, f"https://outlet.example/story/{n}" if linked[n] else "") for n, guid in enumerate(guids)]
    url = server.script("/one.xml", Reply(200, _feed("One", entries), RSS))
    feeds = [url]
    if other_outlet:  # another outlet sends the same guids, with no links
        feeds.append(server.script("/two.xml", Reply(200, _feed("Two", [(g, "") for g in guids]), RSS)))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = root / "config.yaml"
        config.write_text(config_text(*feeds), encoding="utf-8")
        assert fetch_feeds(config, FetchOptions(jobs=1)).ok
        written = {(str(front(p).get("source")), str(front(p).get("guid")), front(p).get("url"))
                   for p in articles(root).values()}
        # Another outlet's guid is the entry when one of the two has no link (an outlet renamed in
        # `source:`, docs/fetch.md), but not when neither has one: that says nothing of one report.
        assert written == {("One", guid, link or None) for guid, link in entries} | (
            {("Two", guid, None) for guid, link in entries if not link} if other_outlet else set())
        config.write_text(config_text(*(_moved(f) for f in feeds)), encoding="utf-8")
        moved = fetch_feeds(config, FetchOptions(jobs=1))
        assert moved.ok and moved.written == 0, [f.line() for f in moved.feeds]
