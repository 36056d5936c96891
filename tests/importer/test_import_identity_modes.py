"""An entry once imported is recognised whatever identity mode later runs choose (growing and
shrinking feeds), and wherever the editor moved its file."""
from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.importing import articles, config_text, esc, fetch, front
from support.sites import remove_cache, write_site
from support.examples import examples

from briefgen.importer.fetch import FetchOptions, fetch_feeds


def feed_xml(entries: list[tuple[str, str, str, str]]) -> str:
    """RSS 2.0 from (title, guid, link, RFC 822 date) tuples; an empty guid or date is left out."""
    items = []
    for title, guid, link, date in entries:
        parts = [f"<title>{esc(title)}</title>", f"<link>{esc(link)}</link>",
                 f"<description>{esc('<p>About ' + title + '.</p>')}</description>"]
        if guid:
            parts.append(f"<guid isPermaLink=\"false\">{esc(guid)}</guid>")
        if date:
            parts.append(f"<pubDate>{date}</pubDate>")
        items.append(f"<item>{''.join(parts)}</item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>https://ex.org/</link>{''.join(items)}</channel></rss>\n")


def reported(unique: int) -> str:
    """The tester's feed: two items share a guid, then `unique` items with their own."""
    return feed_xml([("Duplicate guid entry", "dup", "https://ex.org/dup-a", ""),
                     ("Script title", "dup", "https://ex.org/dup-b", "")]
                    + [(f"Item {n}", f"id-{n}", f"https://ex.org/{n}", "") for n in range(unique)])


def test_a_growing_feed_imports_only_its_new_entries(site: Callable[..., Path]) -> None:
    root = site({"url": "feeds/f.xml", "source": "Wire"}, files={"feeds/f.xml": reported(8)})
    assert "new=10 " in fetch(root).stdout  # 2 of 10 guids repeat: identified by link
    assert front(articles(root)["item-0.md"])["guid"] == "https://ex.org/0"
    (root / "feeds/f.xml").write_text(reported(60))  # 2 of 62: guids again
    grown = fetch(root, "-v")
    assert "new=52 updated=0 same=10 " in grown.stdout, grown.stdout
    assert "changed upstream" not in grown.stdout
    assert len(articles(root)) == 62 and "item-0-2.md" not in articles(root)
    assert front(articles(root)["item-0.md"])["guid"] == "https://ex.org/0"  # a file keeps its identity
    (root / "feeds/f.xml").write_text(reported(8))  # shrinks back: links again
    assert "new=0 updated=0 same=10 " in fetch(root).stdout
    remove_cache(root)  # the cache is no part of it
    (root / "feeds/f.xml").write_text(reported(60))
    assert "new=0 updated=0 same=62 " in fetch(root).stdout


def test_entries_sharing_a_guid_are_not_reported_changed_on_every_run(site: Callable[..., Path]) -> None:
    root = site({"url": "feeds/f.xml", "source": "Wire"}, files={"feeds/f.xml": reported(60)})
    assert "new=61 " in fetch(root).stdout  # guid mode: the two "dup" entries are one item
    again = fetch(root, "--force", "-v")
    assert "updated=0 same=62 " in again.stdout and "changed upstream" not in again.stdout, again.stdout


# --- any feed, growing and shrinking ----------------------------------------------------------------

@st.composite
def universes(draw: st.DrawFn) -> list[tuple[str, str, str, str]]:
    """Entries with unique titles; guids often repeated or missing, links sometimes shared."""
    size = draw(st.integers(3, 40))
    out = []
    for n in range(size):
        guid = draw(st.sampled_from([f"id-{n}", f"id-{n}", f"id-{n}", "dup", "dup2", ""]))
        link = draw(st.sampled_from([f"https://ex.org/{n}"] * 4 + ["https://ex.org/shared"]))
        date = (dt.datetime(2023, 5, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=n)).strftime(
            "%a, %d %b %Y %H:%M:%S +0000")
        out.append((f"Entry {n}", guid, link, date))
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("modes")


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[tuple[str, str, str, str]], list[tuple[set[int], bool]]]:
    """A universe of entries and 2-5 runs: which of them the feed shows, and whether the cache is deleted first."""
    universe = draw(universes())
    runs = draw(st.lists(st.tuples(st.sets(st.integers(0, len(universe) - 1), min_size=1), st.booleans()),
                         min_size=2, max_size=5))
    return universe, runs


def entries(size: int, guids: dict[int, str] | None = None,
            links: dict[int, str] | None = None) -> list[tuple[str, str, str, str]]:
    """`universes`' entries with the given guids and links instead of their own (`id-N`, `https://ex.org/N`)."""
    guids, links = guids or {}, links or {}
    return [(f"Entry {n}", guids.get(n, f"id-{n}"), links.get(n, f"https://ex.org/{n}"),
             (dt.datetime(2023, 5, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=n)).strftime(
                 "%a, %d %b %Y %H:%M:%S +0000")) for n in range(size)]


SHARED = "https://ex.org/shared"


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          derandomize=True, database=None)
@given(history=histories())
# Reported (CI): Entries 6 and 20 share a link, 16 and 25 a guid. The third run is read by link (dup2 repeated), which
# recorded the link as Entry 6's identity too; in the fourth (by guid) Entry 20, its own guid id-20, was taken for
# Entry 6 by that link and not imported — until the forced fetch, once the first had forgotten the link.
@example(history=(entries(26, {16: "dup2", 25: "dup2"}, {6: SHARED, 20: SHARED}),
                  [({0}, False), (set(range(14)) | {15, 23}, False), ({0, 6, 14, 15, 16, 17, 25}, False),
                   ({0, 1, 2, 3, 4, 6, 8, 11, 13, 14, 15, 18, 19, 20, 24}, False)]))
# Entry 22 (no guid) imported alone, read by link: its file's guid is the shared link. With the cache deleted, the feed
# read by link + date, Entry 20 (id-20, the same link) found that file by the link as well as Entry 22 did: the file is
# one entry's only (Entry 22, by its title), or the next run, which knows the first one's own identities, changes its
# mind (a draw that failed an intermediate version of the fix).
@example(history=(entries(39, {22: "", 38: ""}, {20: SHARED, 22: SHARED}),
                  [({22}, False), ({20, 22, 38} | set(range(8)), True)]))
# OPEN (2026-12-05; docs/fetch.md, "Known limit"): an entry without a guid (18) whose link an entry with a guid (19)
# also carries, across a deleted cache. The forced fetch after the update imports Entry 18 (first draw), or a file
# that took Entry 19's title by a reused identity keeps it (second). Drawn often enough to fail a CI run in three:
# the property is derandomised (its search the same in every run) and these draws are expected failures until the
# identity rules say which entry such a file is.
@example(history=(entries(33, {12: "", 18: ""}, {18: SHARED, 19: SHARED}),
                  [({0, 12, 19}, False), ({0}, True), (set(range(14)) | {18, 19}, False)])
         ).xfail(raises=AssertionError, reason="open: a guid-less entry sharing a guided entry's link, cache deleted")
@example(history=(entries(33, {12: "", 18: ""}, {18: SHARED, 19: SHARED}),
                  [({0, 1, 2, 3, 4, 12, 14, 19, 24}, True), ({16, 28}, False), ({0, 25}, True),
                   ({0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 15, 16, 17, 18, 19, 21, 22, 24, 25, 26, 28, 29, 31, 32}, True),
                   ({7, 25}, True)])
         ).xfail(raises=AssertionError, reason="open: a guid-less entry sharing a guided entry's link, cache deleted")
def test_no_entry_is_ever_imported_twice_as_a_feed_grows_and_shrinks(workdir: Path, history: tuple) -> None:
    universe, runs = history
    root = workdir / f"site{len(list(workdir.iterdir()))}"
    write_site(root, {"config.yaml": config_text({"url": "feeds/f.xml", "source": "Wire"})})
    for shown, drop_cache in runs:
        (root / "feeds").mkdir(exist_ok=True)
        (root / "feeds/f.xml").write_text(feed_xml([universe[i] for i in sorted(shown)]), encoding="utf-8")
        if drop_cache:
            shutil.rmtree(root / ".briefgen-cache", ignore_errors=True)
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.ok, [str(d) for d in result.diagnostics]
        titles = Counter(front(p)["title"] for p in articles(root).values())
        assert [t for t, n in titles.items() if n > 1] == []
        # Across runs a reused guid is an update; once applied, the same feed again must look
        # unchanged (entries that share a guid must not take turns at being the item).
        fetch_feeds(root / "config.yaml", FetchOptions(update=True, jobs=1))
        again = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
        assert again.total("new") == 0 and again.total("updated") == 0, again.feeds[0].notes


def test_a_renamed_file_is_found_by_its_identity(site: Callable[..., Path]) -> None:
    item = [("Talks resume", "urn:talks", "https://ex.org/talks", "")]
    root = site({"url": "feeds/f.xml", "source": "Wire"}, files={"feeds/f.xml": feed_xml(item)})
    fetch(root)
    old = root / "content/articles/talks-resume.md"
    old.rename(root / "content/articles/geneva-talks.md")
    (root / "feeds/f.xml").write_text(feed_xml([("Talks resume in Geneva", *item[0][1:])]))
    told = fetch(root, "-v")
    assert "is gone" not in told.stdout
    assert "content/articles/talks-resume.md was renamed to content/articles/geneva-talks.md" in told.stdout
    assert 'changed upstream: "Talks resume in Geneva" (content/articles/geneva-talks.md)' in told.stdout, told.stdout
    updated = fetch(root, "--update", "-v")
    assert "is gone" not in updated.stdout, updated.stdout
    assert sorted(articles(root)) == ["geneva-talks.md"]
    assert front(articles(root)["geneva-talks.md"])["title"] == "Talks resume in Geneva"


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(3, 30), st.lists(st.integers(0, 29), min_size=1, max_size=3))
def test_an_entry_the_feed_sends_twice_is_one_entry_and_changes_no_identity(site: Callable[..., Path], unique: int,
                                                                            repeated: list[int]) -> None:
    """Reported: a feed of four items, two of them the same item sent twice (same guid, link and date), moved the
    whole feed to link + date identities (`guid: https://…#2026-11-23T09:15:00Z`, the feed's own ids thrown away)
    and the first fetch said "1 already imported". An exact repeat is one entry: imported once, under its guid."""
    entries = [(f"Item {n}", f"rw-{n}", f"https://ex.org/{n}", "Mon, 23 Nov 2026 09:15:00 +0000") for n in range(unique)]
    sent = entries + [entries[k % unique] for k in repeated]
    root = site({"url": "feeds/f.xml", "source": "Wire"}, files={"feeds/f.xml": feed_xml(sent)})
    assert f"new={unique} updated=0 same=0 " in fetch(root).stdout
    guids = sorted(front(path)["guid"] for path in articles(root).values())
    assert guids == sorted(f"rw-{n}" for n in range(unique))
    again = fetch(root, "--force")  # (read again, though its bytes are the same)
    assert f"new=0 updated=0 same={unique} " in again.stdout, again.stdout
