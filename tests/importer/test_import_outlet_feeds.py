"""Several feeds of one outlet carry one item: `fetch --update` updates its file once, and never
takes briefgen's own write for the editor's edit.

An outlet's sections are often separate feeds (`World`, `Europe`) with one `source:`, and a
story is in both. The first feed imported the file; the second found it (same guid, same
outlet) and recorded it as "imported before this state existed", without the hash of the
bytes fetch wrote. When the story changed upstream, `fetch --update` rewrote the file for
the first feed, and the second feed, which had no hash of its own, took the file for one the
editor had edited: it wrote NAME.md.upstream beside it and warned "changed upstream, and edited
here since it was imported" — about a file nobody had touched. An edited file was warned about
once per feed. The same happened to every file of a feed whose URL the editor changed (as
`moved permanently …; update the URL to …` asks): the hashes were in the old URL's state. Now whether a file holds fetch's bytes is asked of every feed's record of it
and of this run's writes, and a file that already holds the new version is up to date.
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
from support.importing import articles, config_text, fetch, rss
from support.examples import examples

DATE = "Tue, 02 May 2023 14:00:00 +0000"
RSS = {"Content-Type": "application/rss+xml"}
SHARED = "envoys-meet-in-geneva.md"


def _serve(server: FeedServer, feeds: int, version: int, at: str = "/section") -> list[str]:
    """`feeds` section feeds of one outlet; each carries the shared story and one of its own."""
    shared = {"title": "Envoys meet in Geneva", "link": "https://wire.example/geneva", "guid": "w-1",
              "date": DATE, "html": f"<p>Geneva talks, version {version}.</p>"}
    return [server.script(f"{at}{n}", Reply(200, rss(f"Wire section {n}", [shared, {
        "title": f"Section {n} story", "link": f"https://wire.example/s{n}", "guid": f"s-{n}", "date": DATE}]),
        RSS)) for n in range(feeds)]


def _config(urls: list[str], topics: list[bool]) -> str:
    return config_text(*({"url": url, "source": "Wire", **({"topics": ["ceasefire-talks"]} if topic else {})}
                         for url, topic in zip(urls, topics)))


def test_a_story_in_two_sections_of_one_outlet_is_updated_without_a_false_edit_warning(
        site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI: two feeds with `source: Wire` carry one story."""
    root = site(*({"url": url, "source": "Wire"} for url in _serve(server, 2, 0)))
    assert fetch(root).returncode == 0
    assert sorted(articles(root)) == [SHARED, "section-0-story.md", "section-1-story.md"]
    _serve(server, 2, 1)
    updated = fetch(root, "--update")
    assert updated.returncode == 0, updated.stderr
    folder = root / "content" / "articles"
    assert "version 1." in (folder / SHARED).read_text(encoding="utf-8")
    assert not list(folder.glob("*.upstream")), sorted(p.name for p in folder.iterdir())
    assert "edited here" not in updated.stderr, updated.stderr


def test_a_feed_whose_url_the_editor_changed_still_updates_the_files_it_imported(
        site: Callable[..., Path], server: FeedServer) -> None:
    """`moved permanently …; update the URL to …`: after the editor did, a change upstream was
    taken for their edit of every file the feed had imported (the old URL's state held the hashes)."""
    [old] = _serve(server, 1, 0, "/old")
    root = site({"url": old, "source": "Wire"})
    assert fetch(root).returncode == 0
    [new] = _serve(server, 1, 1, "/new")
    config = root / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    updated = fetch(root, "--update")
    assert updated.returncode == 0 and "edited here" not in updated.stderr, updated.stderr
    assert "version 1." in (root / "content" / "articles" / SHARED).read_text(encoding="utf-8")
    assert not list((root / "content" / "articles").glob("*.upstream"))


def test_another_outlets_feed_never_rewrites_an_article_of_this_outlet(
        site: Callable[..., Path], server: FeedServer) -> None:
    """A wire story two outlets carry with one guid and link is the first outlet's article: the
    second outlet's version of it goes beside it, never over it (its `source:` would change)."""
    [wire] = _serve(server, 1, 0, "/wire")
    [other] = _serve(server, 1, 0, "/other")
    root = site({"url": wire, "source": "Wire"}, {"url": other, "source": "Other"})
    assert fetch(root).returncode == 0
    _serve(server, 1, 1, "/other")
    assert fetch(root, "--update").returncode == 0
    text = (root / "content" / "articles" / SHARED).read_text(encoding="utf-8")
    assert "source: Wire" in text and "version 0." in text, text


@settings(max_examples=examples(15), deadline=None,  # one server for every example: each is rescripted
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(topics=st.lists(st.booleans(), min_size=2, max_size=3), edited=st.booleans(),
       changes=st.integers(1, 2), moved=st.booleans())
@example(topics=[False, False], edited=False, changes=1, moved=False)  # the report
@example(topics=[False, False], edited=True, changes=1, moved=False)  # edited: one warning, not one per feed
@example(topics=[True, False], edited=False, changes=2, moved=False)  # the feeds render the file differently
@example(topics=[False, False], edited=False, changes=1, moved=True)  # the editor changed the feeds' URLs
def test_an_item_of_several_feeds_is_the_editors_only_when_the_editor_edited_it(
        server: FeedServer, topics: list[bool], edited: bool, changes: int, moved: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        urls = _serve(server, len(topics), 0)
        (root / "config.yaml").write_text(_config(urls, topics), encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        path = root / "content" / "articles" / SHARED
        beside = path.with_name(path.name + ".upstream")
        if edited:
            path.write_text(path.read_text(encoding="utf-8") + "<p>Editor's note.</p>\n", encoding="utf-8")
        at = "/section"
        if moved:  # the feeds' new addresses in config.yaml: their state starts afresh
            at = "/moved"
            (root / "config.yaml").write_text(_config(_serve(server, len(topics), 0, at), topics), encoding="utf-8")
        for version in range(1, changes + 1):
            _serve(server, len(topics), version, at)
            result = fetch_feeds(root / "config.yaml", FetchOptions(update=True, jobs=1))
            assert result.ok, result.diagnostics
            warned = [d for d in result.diagnostics if "edited here" in d.message]
            text = path.read_text(encoding="utf-8")
            if edited:
                assert "Editor's note." in text and "version 0." in text, text
                assert f"version {version}." in beside.read_text(encoding="utf-8")
                assert len(warned) == 1, result.diagnostics
            else:
                assert f"version {version}." in text, text
                assert not beside.exists() and not warned, result.diagnostics
