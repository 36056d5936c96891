"""An imported file the editor deleted, or whose `guid:` was lost, is not imported again.

Fetch knows an entry by the `guid:` of the articles (archive.py). Before this, an article
deleted by hand was simply unknown to the next fetch that parsed the feed, and came back
as a new file without a word; one whose front matter the editor had broken mid-edit (so
that it could not be read for its guid) got a second copy, `NAME-2.md`, beside it. The
feed's state remembers which file each item went to: a deleted one is now a tombstone in
content/rejected.txt (the editor's decision, kept in the project), with a warning naming
its line; a file still there is left alone, with a warning.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.importing import articles, config_text, fetch, front, rss
from support.sites import remove_cache, write_site
from support.examples import examples

DATE = "Wed, 10 May 2023 09:00:00 +0300"
BROKEN = "---\ntitle: [\n---\n"  # a front matter left mid-edit


def _entries(n: int, *, guids: bool = True, repeat: int = 0) -> list[dict[str, str]]:
    """n entries with their own link (and guid); the last `repeat` of them share one guid."""
    out = []
    for i in range(n):
        entry = {"title": f"Envoys meet, session {chr(ord('a') + i)}", "link": f"https://ledger.example/{i}", "date": DATE}
        if guids:
            entry["guid"] = "urn:ledger:shared" if i >= n - repeat else f"urn:ledger:{i}"
        out.append(entry)
    return out


def _by_link(root: Path) -> dict[str, Path]:
    return {str(front(path).get("url")): path for path in articles(root).values()}


def test_a_deleted_import_becomes_a_tombstone_and_does_not_come_back(site: Callable[..., Path]) -> None:
    root = site("feed.xml", files={"feed.xml": rss("Kyiv Ledger", _entries(3))})
    assert fetch(root).returncode == 0
    gone = _by_link(root)["https://ledger.example/1"]
    gone.unlink()
    (root / "feed.xml").write_text(rss("Kyiv Ledger", _entries(4)), encoding="utf-8")  # parsed again

    again = fetch(root)
    assert again.returncode == 0, again.stderr
    assert "new=1" in again.stdout and "rejected=1" in again.stdout
    assert (f'content/rejected.txt:3: warning: "Envoys meet, session b" (Kyiv Ledger) is rejected: you deleted '
            f"content/articles/{gone.name}") in again.stderr
    assert "https://ledger.example/1" not in _by_link(root)
    line = (root / "content" / "rejected.txt").read_text(encoding="utf-8").splitlines()[2]
    assert line.startswith("urn:ledger:1\thttps://ledger.example/1\tKyiv Ledger\t")

    remove_cache(root)  # the decision lives in the project, not the cache
    assert fetch(root).returncode == 0
    assert "https://ledger.example/1" not in _by_link(root)

    (root / "content" / "rejected.txt").write_text("", encoding="utf-8")  # deleting the line lets it back in
    back = fetch(root, "--force")
    assert "new=1" in back.stdout
    assert "https://ledger.example/1" in _by_link(root)


def test_an_import_whose_front_matter_the_editor_broke_gets_no_second_copy(site: Callable[..., Path]) -> None:
    root = site("feed.xml", files={"feed.xml": rss("Kyiv Ledger", _entries(2))})
    assert fetch(root).returncode == 0
    broken = _by_link(root)["https://ledger.example/0"]
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("title: ", "title: [", 1), encoding="utf-8")  # mid-edit

    again = fetch(root, "--force")
    assert again.returncode == 0, again.stderr
    assert len(articles(root)) == 2
    assert (f"content/articles/{broken.name}:1: warning: `briefgen fetch` imported \"Envoys meet, session a\" "
            "into this file, but its front matter does not parse; not imported again") in again.stderr
    assert broken.read_text(encoding="utf-8") == text.replace("title: ", "title: [", 1)
    assert not (root / "content" / "rejected.txt").exists()


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(2, 12), data=st.data(), guids=st.booleans(), repeat=st.integers(0, 3))
@example(n=3, data=None, guids=True, repeat=0)
def test_deleted_and_broken_imports_never_come_back(tmp_path_factory, n: int, data, guids: bool,
                                                    repeat: int) -> None:
    """Any entries, any of their files deleted or broken, the feed then growing (its identity mode
    may change: repeated guids push it to links): no deleted link is imported again, no link
    gets a second file, and every deleted one is a tombstone."""
    root = write_site(tmp_path_factory.mktemp("site"), {"config.yaml": config_text("feed.xml"),
                                                        "feed.xml": rss("Kyiv Ledger", _entries(n, guids=guids))})
    config = root / "config.yaml"
    assert fetch_feeds(config).ok
    files = _by_link(root)
    links = sorted(files)
    deleted = set(data.draw(st.sets(st.sampled_from(links)))) if data else {links[0]}
    broken = set(data.draw(st.sets(st.sampled_from(links)))) - deleted if data else set()
    for link in deleted:
        files[link].unlink()
    for link in broken:
        files[link].write_text(BROKEN, encoding="utf-8")
    grown = _entries(n + 3 + repeat, guids=guids, repeat=repeat)
    (root / "feed.xml").write_text(rss("Kyiv Ledger", grown), encoding="utf-8")

    result = fetch_feeds(config, FetchOptions(force=True))
    assert result.ok, result.diagnostics
    texts = {path: path.read_text(encoding="utf-8") for path in articles(root).values()}
    assert sum(text == BROKEN for text in texts.values()) == len(broken)  # left as the editor left them
    now = [str(front(path).get("url")) for path, text in texts.items() if text != BROKEN]
    assert not deleted & set(now)
    assert len(now) == len(set(now)) == n + 3 + repeat - len(deleted) - len(broken)  # no link twice
    tombstones = (root / "content" / "rejected.txt")
    recorded = {line.split("\t")[1] for line in tombstones.read_text().splitlines()[2:]} if deleted else set()
    assert recorded == deleted


def test_a_deleted_import_stays_rejected_when_the_feed_reads_its_entries_another_way_since(
        site: Callable[..., Path]) -> None:
    """Reported (a tram trial, 2026-12-04): a feed sent one entry twice, identically (one item, by guid); the outlet
    then changed the first copy's title, so two entries shared a guid and the feed was read by link and date;
    `fetch --update` updated the file. The editor deleted it, and the next fetch imported it again, under its
    link-and-date identity, with no tombstone: the shared guid, which the state knew it by, was not looked at."""
    bus = {"title": "Bus diverted", "link": "https://ledger.example/bus", "guid": "urn:ledger:bus", "date": DATE}
    others = _entries(2)
    root = site("feed.xml", files={"feed.xml": rss("Kyiv Ledger", [*others, bus, bus])})
    assert fetch(root).returncode == 0
    assert len(articles(root)) == 3
    (root / "feed.xml").write_text(rss("Kyiv Ledger", [*others, {**bus, "title": "Bus diverted for five weeks"}, bus]),
                                   encoding="utf-8")
    assert fetch(root, "--update").returncode == 0
    gone = _by_link(root)["https://ledger.example/bus"]
    gone.unlink()
    again = fetch(root, "--force", "-v")
    assert again.returncode == 0, again.stderr
    assert "https://ledger.example/bus" not in _by_link(root), again.stdout
    assert "new=0" in again.stdout and f"you deleted content/articles/{gone.name}" in again.stderr, again.stderr


def test_a_deletion_is_recorded_by_the_next_fetch_also_of_an_unchanged_feed(site: Callable[..., Path]) -> None:
    """Reported (a hostile trial, 2026-12-04): a file deleted while its feed did not change was not recorded (fetch
    said "unchanged" and did not read the feed), so once .briefgen-cache/ was deleted the next fetch imported it
    again, as new. A feed whose state records a file that is gone is read again, and the deletion recorded."""
    root = site("feed.xml", files={"feed.xml": rss("Kyiv Ledger", _entries(3))})
    assert fetch(root).returncode == 0
    gone = _by_link(root)["https://ledger.example/2"]
    gone.unlink()
    quiet = fetch(root)  # (the feed's bytes are the same: once "unchanged")
    assert quiet.returncode == 0, quiet.stderr
    assert f"you deleted content/articles/{gone.name}" in quiet.stderr, (quiet.stdout, quiet.stderr)
    remove_cache(root)
    again = fetch(root)
    assert again.returncode == 0 and "new=0" in again.stdout, again.stdout
    assert "https://ledger.example/2" not in _by_link(root)
    assert "unchanged" in fetch(root).stdout  # (and then, nothing lost since: unchanged again)
