"""An entry whose `<guid isPermaLink="false">` changes on every request, with its link and content unchanged,
is the item imported before: no new file.

A tester's feed made up a new guid per request: every fetch wrote another copy (`x.md`, `x-2.md`, `x-3.md` …),
all published. An entry that is new by identity but has the (normalised) link and the content (title, link,
authors, tags, body) of an item fetch imported from the same outlet is that item, counted `same` (`-v` says
so). Entries that share one link but differ in content (a live blog's updates) stay items of their own.
Local feed files, fetched in-process.
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
LINKS = ["https://wire.example/live", "https://wire.example/geneva", "https://WIRE.example/geneva/"]
TITLES = ["Envoys meet in Geneva", "Live: the talks"]
BODIES = ["<p>Diplomats met.</p>", "<p>Talks resumed at noon.</p>", "<p>A third update.</p>"]


def _site(root: Path, draft: bool = False) -> Path:
    return write_site(root, {"config.yaml": config_text({"url": "feed.xml", "source": "Wire", "draft": draft})})


def _fetch(root: Path, items: list[dict[str, str]], run: int) -> tuple[int, int, int]:
    """Write the feed with guids of this `run` and fetch it: (new, same, files in content/articles)."""
    feed = [{**item, "guid": f"urn:uuid:{run}-{index}", "date": DATE} for index, item in enumerate(items)]
    (root / "feed.xml").write_text(rss("Wire", feed), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
    assert result.ok, result.diagnostics
    return result.total("new"), result.total("same"), len(articles(root))


ITEMS = st.lists(st.fixed_dictionaries({"title": st.sampled_from(TITLES), "link": st.sampled_from(LINKS),
                                        "html": st.sampled_from(BODIES)}), min_size=1, max_size=5)


@settings(derandomize=True, database=None, max_examples=examples(25), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=ITEMS, runs=st.integers(2, 3))
def test_a_new_guid_on_an_unchanged_item_imports_nothing_again(items: list[dict[str, str]], runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _site(Path(folder) / "site")
        distinct = {(i["title"], i["link"].lower().rstrip("/"), i["html"]) for i in items}  # (links: dedup_key)
        new, _, files = _fetch(root, items, 0)
        assert new == files, (new, files)
        assert files == len(distinct)  # equal items of one run are one item too, whatever their guids
        for run in range(1, runs):
            again, same, now = _fetch(root, items, run)
            assert (again, now) == (0, files), (run, again, now, files)
            assert same == len(items)


def test_entries_of_one_link_with_different_content_stay_two(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    live = [{"title": "Live: the talks", "link": LINKS[0], "html": body} for body in BODIES[:2]]
    assert _fetch(root, live, 0)[::2] == (2, 2)
    assert _fetch(root, live + [{"title": "Live: the talks", "link": LINKS[0], "html": BODIES[2]}], 1)[::2] == (1, 3)


def test_reported_feed(tmp_path: Path) -> None:
    """The tester's feed: one item, its guid new on every request; three fetches, one file."""
    root = _site(tmp_path / "site")
    item = [{"title": "Envoys meet in Geneva", "link": LINKS[1], "html": BODIES[0]}]
    assert [_fetch(root, item, run) for run in range(3)] == [(1, 0, 1), (0, 1, 1), (0, 1, 1)]
    assert list(articles(root)) == ["envoys-meet-in-geneva.md"]


def test_a_rejected_deleted_or_renamed_item_stays_so_under_a_new_guid(tmp_path: Path) -> None:
    """Rejected in review, deleted by hand (a tombstone then says so) or renamed: the item that comes back
    with a new guid is that item — it was imported again on every fetch, beside the renamed file too."""
    from briefgen.importer.review import decide

    root = _site(tmp_path / "site", draft=True)  # (review rejects drafts)
    items = [{"title": f"Story {n}", "link": f"https://wire.example/{n}", "html": f"<p>Story {n}.</p>"}
             for n in range(3)]
    assert _fetch(root, items, 0) == (3, 0, 3)
    folder = root / "content" / "articles"
    done, problems = decide(root, "reject", ("story-0",), False)
    assert problems == [] and len(done) == 1
    (folder / "story-1.md").unlink()
    (folder / "story-2.md").rename(folder / "renamed.md")
    for run in (1, 2):
        new, same, files = _fetch(root, items, run)
        assert (new, files) == (0, 1), (run, list(articles(root)))
    assert list(articles(root)) == ["renamed.md"]
    tombstones = (root / "content" / "rejected.txt").read_text(encoding="utf-8")
    assert "https://wire.example/0" in tombstones and "https://wire.example/1" in tombstones
