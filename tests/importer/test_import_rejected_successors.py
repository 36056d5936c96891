"""A rejected item stays out when its own outlet sends it again with a new guid, title, text or trackers.

A trial rejected an item in review; the outlet then changed its guid and its title ("Council narrowly funds flood
walls") and the next fetch imported it again, though content/rejected.txt recorded its link. Every identity a
rejected item had keeps its successors out: its guid, and its link (compared by the dedup key: trackers, scheme,
`www.`, a trailing slash aside), whatever else changed. Not when the link is no item's own (several entries of the
feed share it: a live blog). Real feeds read by feedparser from files of the project; `review reject` as the CLI.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.review import decide
from support.examples import examples
from support.importing import articles, config_text, front, rss
from support.sites import write_site

LINK = "https://desk.example/council/flood-walls"
DATE = "Thu, 03 Dec 2026 10:00:00 GMT"
FIRST = {"title": "Council funds flood walls", "link": LINK, "guid": "urn:c:1", "date": DATE,
         "html": "<p>The council approved money for flood walls.</p>"}


def _fetch(root: Path, *items: dict[str, str]) -> tuple[int, int]:
    (root / "desk.xml").write_text(rss("Desk", list(items)), encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
    assert result.ok, result.diagnostics
    return result.total("new"), result.total("rejected")


def _rejected_site(folder: Path) -> Path:
    root = write_site(folder / "site", {"config.yaml": config_text({"url": "desk.xml", "source": "Desk"},
                                                                    extra="import:\n  draft: true\n")})
    assert _fetch(root, FIRST) == (1, 0)
    [name] = articles(root)
    lines, problems = decide(root, "reject", (name[:-3],), False)
    assert not problems and not articles(root), (lines, problems)
    return root


def _successor(guid: bool, title: bool, body: bool, trackers: bool, spelling: bool) -> dict[str, str]:
    link = LINK.replace("https://desk", "http://www.desk") + "/" if spelling else LINK
    return {**FIRST, "guid": "urn:c:2" if guid else FIRST["guid"],
            "title": "Council narrowly funds flood walls" if title else FIRST["title"],
            "html": FIRST["html"] + "<p>The vote was 5 to 4.</p>" if body else FIRST["html"],
            "link": link + "?utm_source=rss&utm_medium=feed" if trackers else link,
            "date": "Thu, 03 Dec 2026 18:00:00 GMT"}


@settings(derandomize=True, database=None, max_examples=examples(32), deadline=None)
@given(guid=st.booleans(), title=st.booleans(), body=st.booleans(), trackers=st.booleans(), spelling=st.booleans())
def test_whatever_the_outlet_changes_a_rejected_item_stays_out(guid: bool, title: bool, body: bool, trackers: bool,
                                                               spelling: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _rejected_site(Path(folder))
        entry = _successor(guid, title, body, trackers, spelling)
        assert _fetch(root, entry) == (0, 1)
        assert not articles(root)
        assert _fetch(root, entry) == (0, 1)  # and on every later run


def test_the_reported_case_a_new_guid_and_title(tmp_path: Path) -> None:
    root = _rejected_site(tmp_path)
    assert _fetch(root, _successor(True, True, False, False, False)) == (0, 1)
    assert not articles(root)


def test_a_new_item_of_the_outlet_still_comes_in(tmp_path: Path) -> None:
    root = _rejected_site(tmp_path)
    other = {**FIRST, "guid": "urn:c:3", "link": LINK + "-vote", "title": "Flood walls: the vote"}
    assert _fetch(root, other) == (1, 0)


def test_a_live_blog_link_keeps_its_other_entries(tmp_path: Path) -> None:
    """The rejected entry shared its link with others of the feed: that link is no item's own."""
    root = write_site(tmp_path / "site", {"config.yaml": config_text({"url": "desk.xml", "source": "Desk"},
                                                                     extra="import:\n  draft: true\n")})
    update = {**FIRST, "guid": "urn:c:live-2", "title": "Live: the vote", "html": "<p>The vote is at noon.</p>"}
    assert _fetch(root, FIRST, update) == (2, 0)
    [name] = [n for n, p in articles(root).items() if front(p)["guid"] == "urn:c:1"]
    decide(root, "reject", (name[:-3],), False)
    third = {**FIRST, "guid": "urn:c:live-3", "title": "Live: the result", "html": "<p>Passed.</p>"}
    assert _fetch(root, FIRST, update, third) == (1, 1)
