"""An entry whose guid changes on every request and whose body changes too (a counter), its link the same.

A hostile trial (2026-12-04): `<guid isPermaLink="false">rot-N</guid>`, one link, one title, "Live counter: N
readers now": each fetch imported another copy (`-2`, `-3` …), all published, and deleting the copies wrote no
tombstone, so the next fetch imported it again. The content rule (same link and content: test_import_rotating_
guids.py) did not hold, the content having changed. Now the entry is the item the feed imported with its link
when that item's identity has left the feed and no other entry carries the link (succession.py): changed
upstream, or rejected when its file was deleted. Local feed files, fetched in-process.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import articles, config_text, rss
from support.sites import write_site

DATE = "Tue, 02 May 2023 14:00:00 +0000"


def _site(root: Path, **feed: object) -> Path:
    return write_site(root, {"config.yaml": config_text({"url": "feed.xml", "source": "Coast Wire", **feed})})


def _fetch(root: Path, items: list[dict[str, str]], run: int) -> dict[str, int]:
    """The feed with this run's guids and counters, fetched: the counts and the files."""
    feed = [{**item, "guid": f"rot-{run}-{index}", "date": DATE,
             "html": item["html"].replace("N", str(run))} for index, item in enumerate(items)]
    (root / "feed.xml").write_text(rss("Coast Wire", feed), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
    assert result.ok, result.diagnostics
    counts = {name: result.total(name) for name in ("new", "same", "updated", "rejected")}
    return {**counts, "files": len(articles(root))}


LINKS = ["https://coast.example/c", "https://coast.example/d", "http://COAST.example/e/", "https://coast.example/f"]
ITEMS = st.lists(st.fixed_dictionaries({
    "title": st.sampled_from(["Rotating guid entry on ceasefire", "Port talks", "Live counter"]),
    "link": st.sampled_from(LINKS),
    "html": st.sampled_from(["<p>Live counter: N readers now.</p>", "<p>Unchanged text.</p>", "<p>At N o'clock.</p>"]),
}), min_size=1, max_size=4, unique_by=lambda item: item["link"])


@settings(derandomize=True, database=None, max_examples=examples(20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=ITEMS, runs=st.integers(2, 4))
def test_a_new_guid_and_a_new_counter_on_one_link_is_the_item(items: list[dict[str, str]], runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _site(Path(folder) / "site")
        first = _fetch(root, items, 0)
        assert first["new"] == first["files"] == len(items)
        changing = sum("N" in item["html"] for item in items)
        for run in range(1, runs):
            again = _fetch(root, items, run)
            assert (again["new"], again["files"]) == (0, len(items)), (run, again)
            assert again["updated"] == changing and again["same"] == len(items) - changing, (run, again)


def test_reported_feed_and_its_deleted_file(tmp_path: Path) -> None:
    """The tester's item: three fetches, one file; the file deleted, a tombstone, never imported again."""
    root = _site(tmp_path / "site")
    item = [{"title": "Rotating guid entry on ceasefire", "link": LINKS[0],
             "html": "<p>Live counter: N readers now. Ceasefire.</p>"}]
    assert [_fetch(root, item, run)["files"] for run in range(3)] == [1, 1, 1]
    assert list(articles(root)) == ["rotating-guid-entry-on-ceasefire.md"]
    articles(root)["rotating-guid-entry-on-ceasefire.md"].unlink()
    assert _fetch(root, item, 3) == {"new": 0, "same": 0, "updated": 0, "rejected": 1, "files": 0}
    tombstones = (root / "content" / "rejected.txt").read_text(encoding="utf-8")
    assert "rot-0-0\thttps://coast.example/c\tCoast Wire" in tombstones
    for run in (4, 5):
        assert _fetch(root, item, run)["files"] == 0


def test_an_entry_beside_the_earlier_one_or_a_feed_pinned_to_guids_is_another_item(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    one = {"title": "Advisory", "link": LINKS[1], "html": "<p>Advisory N.</p>"}
    assert _fetch(root, [one], 0)["new"] == 1
    feed = [{**one, "guid": "rot-0-0", "date": DATE, "html": "<p>Advisory 0.</p>"},
            {**one, "guid": "second", "date": DATE, "html": "<p>Another advisory.</p>"}]
    (root / "feed.xml").write_text(rss("Coast Wire", feed), encoding="utf-8")
    assert fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1)).total("new") == 1  # (still there)
    pinned = _site(tmp_path / "pinned", identity="guid")
    assert [_fetch(pinned, [one], run)["new"] for run in range(3)] == [1, 1, 1]
