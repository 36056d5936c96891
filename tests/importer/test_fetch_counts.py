"""A feed's line counts each entry once: `new`, `updated` (changed upstream), `same`, and so on
add up to the entries the feed holds. An entry changed upstream was counted both `same` and
`updated` ("new=0 updated=1 same=1" for a feed of one entry: a trial's wildfire briefing)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from tests.importer.test_fetch import config, rss


def _items(bodies: dict[int, str]) -> list[dict[str, str]]:
    return [{"title": f"Ceasefire talks resume, day {n}", "link": f"https://outlet.example/{n}", "guid": f"urn:o:{n}",
             "date": f"Wed, {10 + n:02d} May 2023 09:00:00 +0300", "html": f"<p>{body}</p>"}
            for n, body in sorted(bodies.items())]


def _counts(root: Path, update: bool) -> tuple[int, int, int]:
    """(new, updated, same) of the feed, read whether or not its bytes changed (`force`)."""
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, update=update, jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    (feed,) = result.feeds
    return feed.new, feed.updated, feed.same


@settings(max_examples=examples(15), deadline=None)
@given(first=st.sets(st.integers(0, 5), min_size=1), changed=st.sets(st.integers(0, 5)),
       added=st.sets(st.integers(6, 8)), dropped=st.sets(st.integers(0, 5)), update=st.booleans())
def test_each_entry_is_counted_once(first: set[int], changed: set[int], added: set[int], dropped: set[int],
                                    update: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "config.yaml").write_text(config("feeds/outlet.xml"), encoding="utf-8")
        (root / "feeds").mkdir()
        bodies = {n: f"Diplomats met on day {n}." for n in first}
        (root / "feeds/outlet.xml").write_text(rss("Outlet", _items(bodies)), encoding="utf-8")
        assert _counts(root, update) == (len(first), 0, 0)
        kept = {n: body for n, body in bodies.items() if n not in dropped}
        kept.update({n: body + " Talks went on." for n, body in kept.items() if n in changed})
        kept.update({n: f"A new report, day {n}." for n in added})
        (root / "feeds/outlet.xml").write_text(rss("Outlet", _items(kept)), encoding="utf-8")
        if not kept:
            return
        new, updated, same = _counts(root, update)
        edited = len(changed & set(kept) & first)
        assert (new, updated, same) == (len(added), edited, len(set(kept) & first) - edited)
        assert new + updated + same == len(kept)


def test_an_entry_whose_rejection_cannot_be_recorded_is_counted_rejected(tmp_path: Path) -> None:
    """The editor deleted an imported file and content/rejected.txt cannot be written (here a
    folder stands there): the entry is not imported again, and counts as `rejected`; it was
    counted as nothing, so the feed's line added up to one entry less than it holds."""
    (tmp_path / "config.yaml").write_text(config("feeds/outlet.xml"), encoding="utf-8")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds/outlet.xml").write_text(rss("Outlet", _items({1: "Day one.", 2: "Day two."})),
                                               encoding="utf-8")
    assert _counts(tmp_path, False) == (2, 0, 0)
    (deleted,) = (tmp_path / "content/articles").glob("*day-1*")
    deleted.unlink()
    (tmp_path / "content/rejected.txt").mkdir()
    result = fetch_feeds(tmp_path / "config.yaml", FetchOptions(force=True, jobs=1))
    (feed,) = result.feeds
    assert (feed.new, feed.updated, feed.same, feed.rejected) == (0, 0, 1, 1)
    assert not deleted.exists() and any("cannot be recorded" in str(d) for d in result.diagnostics)
