"""An article keeps every identity its entry had, and dropped links are no repeated links.

A trial's feed had two entries sharing the guid `dup` and two linked to `javascript:void(0)` (dropped: two empty
links). The empty links counted as repeated links, the feed went to link + date identities, and item X (guid
urn:x:4) was written with `guid: http://wire.example/four#2026-12-03T11:00:00Z`, its real guid nowhere. When the
feed later sent X re-dated with one sentence added (and the junk gone: guid mode), X was imported a second time.
Now entries whose link was dropped do not count as repeated links, and the feed's state records every other
identity of each entry it imported (its guid, link, link + date), so the entry is found by any of them whatever
mode the feed is read in; `-v` says "came with a new identity" once, not on every run.
Real feeds read by feedparser from files of the project, fetched in-process.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.identity import choose_mode
from support.examples import examples
from support.importing import articles, config_text, front, rss
from support.sites import write_site

X1 = {"title": "Resort meeting set", "link": "http://wire.example/four", "guid": "urn:x:4",
      "date": "Thu, 03 Dec 2026 11:00:00 GMT", "html": "<p>Envoys will meet at the mountain resort.</p>"}
X2 = {**X1, "date": "Thu, 03 Dec 2026 18:00:00 GMT",
      "html": "<p>Envoys will meet at the mountain resort on Friday.</p>"}
PAIR = [{"title": "First of a pair", "link": "http://wire.example/y1", "guid": "dup", "date": X1["date"]},
        {"title": "Second of a pair", "link": "http://wire.example/y2", "guid": "dup", "date": X1["date"]}]
SCRIPTED = [{"title": f"Scripted link {n}", "link": "javascript:void(0)", "guid": f"urn:z:{n}", "date": X1["date"],
             "html": f"<p>Item {n}.</p>"} for n in (1, 2)]
SAME_LINK = [{"title": f"Advisory {n}", "link": "http://wire.example/advisories", "guid": "dup", "date": X1["date"],
              "html": f"<p>Advisory {n}.</p>"} for n in (1, 2)]


def _site(root: Path) -> Path:
    return write_site(root, {"config.yaml": config_text({"url": "wire.xml", "source": "Wire"})})


def _fetch(root: Path, items: list[dict[str, str]]) -> tuple[int, int, tuple[str, ...]]:
    (root / "wire.xml").write_text(rss("Wire", items), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
    assert result.ok, result.diagnostics
    return result.total("new"), result.total("updated"), tuple(n for f in result.feeds for n in f.notes)


def test_the_reported_feed_imports_the_corrected_item_once(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _fetch(root, [X1, *PAIR, *SCRIPTED])[0] == 5
    [x] = [p for p in articles(root).values() if front(p)["title"] == X1["title"]]
    assert "#" not in str(front(x)["guid"])  # read by link, not link + date
    new, updated, _ = _fetch(root, [X2])
    assert (new, updated) == (0, 1)
    assert len(articles(root)) == 5


@settings(derandomize=True, database=None, max_examples=examples(20), deadline=None)
@given(junk=st.lists(st.sampled_from(["pair", "scripted", "same-link"]), min_size=1, max_size=3, unique=True),
       later=st.lists(st.sampled_from(["pair", "scripted", "same-link"]), max_size=3, unique=True),
       redate=st.booleans(), change=st.booleans())
def test_an_entry_is_found_by_any_identity_whatever_mode_the_feed_goes_to(junk: list[str], later: list[str],
                                                                         redate: bool, change: bool) -> None:
    """Whatever junk makes the feed's mode on the first run and the second (guid, link, link + date): X is one
    article, changed upstream exactly when its content changed."""
    groups = {"pair": PAIR, "scripted": SCRIPTED, "same-link": SAME_LINK}
    with tempfile.TemporaryDirectory() as folder:
        root = _site(Path(folder) / "site")
        _fetch(root, [X1, *(e for name in junk for e in groups[name])])
        count = len(articles(root))
        second = {**X1, "date": X2["date"] if redate else X1["date"], "html": X2["html"] if change else X1["html"]}
        before = [e for name in later if name in junk for e in groups[name]]  # (junk gone, or still there)
        new, updated, _ = _fetch(root, [second, *before])
        assert (new, updated) == (0, int(change)), (junk, later)
        assert len(articles(root)) == count


def test_a_new_identity_is_said_once(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _fetch(root, [X1])[0] == 1
    new, _, notes = _fetch(root, [{**X1, "guid": "urn:x:4-v2"}])
    assert new == 0 and any("came with a new identity" in n for n in notes), notes
    for hour in range(12, 15):  # (another date: another body, so the feed is parsed again)
        new, _, notes = _fetch(root, [{**X1, "guid": "urn:x:4-v2", "date": f"Thu, 03 Dec 2026 {hour}:00:00 GMT"}])
        assert new == 0 and not any("came with a new identity" in n for n in notes), notes


def test_dropped_links_are_no_repeated_links() -> None:
    assert choose_mode(["a", "dup", "dup", "z1", "z2"], ["l1", "l2", "l3", "", ""]) == "link"
    assert choose_mode(["a", "dup", "dup", "dup", "dup"], ["l1", "l2", "l3", "", ""]) == "link+date"
    assert choose_mode(["a", "dup", "dup"], ["l1", "l2", "l2"]) == "link+date"
