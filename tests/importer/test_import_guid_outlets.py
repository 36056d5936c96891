"""A guid is unique within its feed, not across outlets (RSS 2.0 `<guid>`; real feeds send `1234`,
`post-17`): two outlets' entries with the same guid and different links are two reports, both imported.
Before, the second outlet's entry was counted `same` as the first outlet's article and never imported."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.archive import Archive, Record
from support.importing import articles, fetch, front, rss
from support.examples import examples

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Beta</title><id>urn:beta</id>
<updated>2023-05-02T12:00:00Z</updated><link href="https://beta.example/"/>
<entry><title>Beta report</title><id>{guid}</id><link href="https://beta.example/report"/>
<updated>2023-05-02T12:00:00Z</updated><content type="html">&lt;p&gt;Beta's own text.&lt;/p&gt;</content></entry>
</feed>
"""

GUIDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                min_size=1, max_size=12).map(str.strip).filter(bool)
SOURCES = st.sampled_from(["Alpha Wire", "Beta News", "gamma", "Delta"])
PATHS = st.text("abcxyz/-", min_size=1, max_size=10)


@settings(max_examples=examples(60), deadline=None)
@given(guid=GUIDS, mine=SOURCES, theirs=SOURCES, path_a=PATHS, path_b=PATHS, rejected=st.booleans())
@example(guid="shared-guid-1", mine="Beta News", theirs="Alpha Wire", path_a="shared", path_b="report",
         rejected=False)
def test_another_outlets_guid_is_the_entry_only_with_its_link(guid: str, mine: str, theirs: str, path_a: str,
                                                              path_b: str, rejected: bool) -> None:
    link_a, link_b = f"https://a.example/{path_a}", f"https://b.example/{path_b}"
    archive = Archive()
    theirs_record = Record("" if rejected else "content/articles/a.md", guid, link_a, theirs, rejected=rejected)
    archive.add(theirs_record)
    kind, record = archive.find(guid, link_b, mine)
    if mine.casefold() == theirs.casefold():  # the outlet's own guid: the same item, whatever its link
        assert (kind, record) == ("rejected" if rejected else "same", theirs_record)
        return
    assert (kind, record) == ("new", None)  # another outlet's report that happens to share the guid
    # carried with the same link, it is the same report
    assert archive.find(guid, link_a, mine)[1] == theirs_record
    # once both are imported, each outlet's entry finds its own article
    mine_record = Record("content/articles/b.md", guid, link_b, mine)
    archive.add(mine_record)
    assert archive.find(guid, link_b, mine) == ("same", mine_record)
    assert archive.find(guid, link_a, theirs) == ("rejected" if rejected else "same", theirs_record)
    # without a link on one side nothing tells them apart: the guid decides (a renamed outlet)
    assert archive.find(guid, "", "Renamed Outlet")[0] in ("same", "rejected")


def test_two_outlets_with_one_guid_are_both_imported_and_once(site: Callable[..., Path]) -> None:
    alpha = rss("Alpha", [{"title": "Alpha report", "link": "https://alpha.example/report", "guid": "1234"}])
    root = site({"url": "feeds/a.xml", "source": "Alpha Wire"}, {"url": "feeds/b.atom", "source": "Beta News"},
                files={"feeds/a.xml": alpha, "feeds/b.atom": ATOM.format(guid="1234")})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "Beta News: new=1" in result.stdout, result.stdout
    assert {front(p)["source"]: p.name for p in articles(root).values()} == {
        "Alpha Wire": "alpha-report.md", "Beta News": "beta-report.md"}
    again = fetch(root, "--force")
    assert "Alpha Wire: new=0 updated=0 same=1" in again.stdout, again.stdout
    assert "Beta News: new=0 updated=0 same=1" in again.stdout, again.stdout
    assert len(articles(root)) == 2


def test_a_state_that_took_the_entry_for_another_outlets_article_lets_it_in(
        site: Callable[..., Path]) -> None:
    """The old match recorded the other outlet's file in this feed's state as a baseline
    (no hash of bytes written); that record must not make the entry look deleted or edited."""
    alpha = rss("Alpha", [{"title": "Alpha report", "link": "https://alpha.example/report", "guid": "1234"}])
    root = site({"url": "feeds/a.xml", "source": "Alpha Wire"}, {"url": "feeds/b.atom", "source": "Beta News"},
                files={"feeds/a.xml": alpha, "feeds/b.atom": ATOM.format(guid="1234")})
    assert fetch(root).returncode == 0
    (root / "content" / "articles" / "beta-report.md").unlink()
    for path in (root / ".briefgen-cache" / "feeds").glob("*.json"):
        state = json.loads(path.read_text(encoding="utf-8"))
        if state["items"].get("1234", [""])[0] == "content/articles/beta-report.md":
            fingerprint = state["items"]["1234"][1]
            state["items"]["1234"] = ["content/articles/alpha-report.md", fingerprint, ""]
            path.write_text(json.dumps(state), encoding="utf-8")
    result = fetch(root, "--force")
    assert "Beta News: new=1" in result.stdout, result.stdout + result.stderr
    assert "warning" not in result.stderr, result.stderr
    assert sorted(articles(root)) == ["alpha-report.md", "beta-report.md"]
    assert not (root / "content" / "rejected.txt").exists()
