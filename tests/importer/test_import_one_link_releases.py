"""Releases a feed shows one at a time under one link, each its own report: never taken for the last one.

A re-test (2026-12-05) of the rotating-guid rule (succession.py): a press office's feed linked every release,
one at a time, to its home page (https://press.example/); the second and third releases were counted "updated"
as the first, and `fetch --update` rewrote the first release's file with the third's title and body under the
first's date and guid. The rule now holds only for a link with a path (an item's own page) and, when the item's
file is there, the same title (a made-up guid and a counter leave the title as it was). Local feed files,
fetched in-process.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import articles, config_text, front, rss
from support.sites import write_site

TITLES = ["Council approves budget", "Museum to reopen in spring", "Bin collections move to Friday",
          "Library hours extended", "Road closure on Mill Lane"]


def _run(root: Path, title: str, link: str, n: int, update: bool = False) -> None:
    item = {"title": title, "link": link, "guid": f"urn:press:{n}", "date": f"Tue, 0{n + 1} Dec 2026 09:00:00 +0000",
            "html": f"<p>{title}: the details of release {n}.</p>"}
    (root / "feed.xml").write_text(rss("Council Press Office", [item]), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, update=update, jobs=1))
    assert result.ok, result.diagnostics


@settings(derandomize=True, database=None, max_examples=examples(20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titles=st.lists(st.sampled_from(TITLES), min_size=2, max_size=4, unique=True),
       link=st.sampled_from(["https://press.example/", "https://press.example", "http://www.press.example/",
                             "https://press.example/news/latest"]))
def test_each_release_under_one_link_is_imported_and_kept(titles: list[str], link: str) -> None:
    """Under a home page every release is new; under one page with a path, every release with a title of its
    own is new too. Then `--update` changes none of them."""
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {"config.yaml": config_text({"url": "feed.xml",
                                                                               "source": "Council Press Office"})})
        for n, title in enumerate(titles):
            _run(root, title, link, n)
        files = articles(root)
        assert sorted(front(path)["title"] for path in files.values()) == sorted(titles), sorted(files)
        _run(root, titles[-1], link, len(titles) - 1, update=True)
        assert sorted((front(path)["title"], front(path)["guid"]) for path in articles(root).values()) == sorted(
            (title, f"urn:press:{n}") for n, title in enumerate(titles))
