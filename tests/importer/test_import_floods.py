"""A feed that brings more than `max_new` new entries in one run has all of them imported as drafts, with a warning.

A trial's feed (with `draft: false`) had 10,000 new entries and published 10,000 articles in one run, without a
word. Now more than `max_new:` new entries (after the filters; `import:` or the feed's own, 100 by default) from one
feed in one run are all imported as drafts: they wait in `briefgen review`, and one warning names the feed and how
to accept them. Fewer publish as before; a feed already importing drafts is told nothing. Real feeds read by
feedparser from files of the project.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import articles, config_text, fetch, front, rss
from support.sites import run_cli, write_site

DATE = "Tue, 02 May 2023 14:00:00 +0000"


def _feed(root: Path, start: int, count: int) -> None:
    items = [{"title": f"Report number {n}", "link": f"https://outlet.example/{n}", "guid": f"r{n}", "date": DATE,
              "html": f"<p>Report {n}.</p>"} for n in range(start, start + count)]
    (root / "feed.xml").write_text(rss("Outlet", items), encoding="utf-8")


def _drafts(root: Path) -> int:
    return sum(front(p).get("draft") is True for p in articles(root).values())


@settings(derandomize=True, database=None, max_examples=examples(20), deadline=None)
@given(limit=st.integers(1, 12), where=st.sampled_from(["import", "feed", "both"]), first=st.integers(0, 15),
       second=st.integers(0, 15), drafts=st.booleans(), filtered=st.integers(0, 3))
def test_more_new_entries_than_max_new_wait_in_review(limit: int, where: str, first: int, second: int,
                                                      drafts: bool, filtered: int) -> None:
    feed: dict[str, object] = {"url": "feed.xml", "source": "Outlet", "draft": drafts}
    if where in ("feed", "both"):
        feed["max_new"] = limit
    if filtered:  # (filtered entries are not new ones: the rule counts what would be imported)
        feed["block"] = [f"url=/({'|'.join(str(n) for n in range(filtered))})$"]
    extra = f"import:\n  max_new: {limit if where == 'import' else 1000}\n" if where != "feed" else ""
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {"config.yaml": config_text(feed, extra=extra)})
        expected_drafts = 0
        for start, count in ((0, first), (first, second)):
            _feed(root, start, count)
            result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
            assert result.ok, result.diagnostics
            new = max(0, count - max(0, filtered - start))
            assert result.total("new") == new
            flood = new > limit and not drafts
            warned = [d.message for d in result.diagnostics if "max_new" in d.message]
            assert bool(warned) == flood, warned
            if flood:
                assert f"{new} new entries in one run, more than `max_new: {limit}`" in warned[0]
                assert "briefgen review accept" in warned[0]
            expected_drafts += new if drafts or flood else 0
            assert _drafts(root) == expected_drafts


def test_the_reported_case_a_thousand_new_entries(tmp_path: Path) -> None:
    """Scaled to 1,000 entries (10,000 take a minute to write); the default `max_new:` of 100."""
    root = write_site(tmp_path / "site", {"config.yaml": config_text({"url": "feed.xml", "draft": False})})
    _feed(root, 0, 1000)
    done = fetch(root)
    assert done.returncode == 0, done.stderr
    assert "1000 new entries in one run, more than `max_new: 100`: all imported as drafts" in done.stderr
    assert _drafts(root) == 1000
    listed = run_cli(["review"], root)
    assert listed.returncode == 0 and listed.stdout.count("report-number-") == 1000, listed.stdout[-500:]


def test_max_new_is_checked_in_config(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": config_text({"url": "feed.xml", "max_new": 0},
                                                                     extra="import:\n  max_new: many\n")})
    _feed(root, 0, 1)
    done = fetch(root)
    assert done.returncode == 1
    assert '"feeds[0].max_new" must be a whole number from 1 to 1000000, got 0' in done.stderr, done.stderr
    assert '"import.max_new" must be a whole number' in done.stderr
