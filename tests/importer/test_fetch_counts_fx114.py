"""FX114 (UX1 2.4): `fetch`'s summary counts the items its feeds' lines count, in their words, and they add up: the
items read are new + changed upstream + the same + filtered + duplicate (progress.summary; docs/fetch.md). The file
an edited article's new version went to is named, and the advice to list changed items says why `--force`.

UX1 saw "new=1 updated=1 same=2" beside "(2 already imported, 0 filtered, 0 duplicate; 0 unchanged)", and "(0
already imported … 0 unchanged)" of one changed item. Served over HTTP by a real server (support/feedserver.py).
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.progress import summary
from support.examples import examples
from support.feedserver import FeedServer, Reply
from support.importing import config_text, fetch, rss

DATE = "Tue, 02 May 2023 14:00:00 +0000"
RSS = {"Content-Type": "application/rss+xml"}


def _serve(server: FeedServer, versions: dict[int, int]) -> str:
    return server.script("/ledger", Reply(200, rss("Lithium Ledger", [
        {"title": f"Salar talks {i}", "link": f"https://ledger.example/{i}", "guid": f"g{i}", "date": DATE,
         "html": f"<p>Item {i}, version {v}.</p>"} for i, v in sorted(versions.items())]), RSS))


def test_the_reported_input(site: Callable[..., Path], server: FeedServer) -> None:
    root = site({"url": _serve(server, {0: 0, 1: 0, 2: 0})})
    assert fetch(root).returncode == 0
    _serve(server, {0: 1, 1: 0, 2: 0, 3: 0})  # 1 changed upstream, 2 the same, 1 new
    done = fetch(root)
    assert done.returncode == 0, done.stderr
    assert "new=1 updated=1 same=2 filtered=0 duplicate=0" in done.stdout, done.stdout
    assert ("Imported 1 new article from 1 feed in " in done.stdout and " s (4 items read: 1 new, 1 changed upstream, "
            "2 the same as imported)." in done.stdout), done.stdout  # (a count of 0 is left out)
    assert "already imported" not in done.stdout and "unchanged" not in done.stdout, done.stdout
    assert ("(`briefgen fetch --force -v` reads the feeds again and lists them without applying: this run recorded the "
            "feeds as read, so a plain `briefgen fetch -v` would find them not modified).") in done.stdout
    again = fetch(root)  # (304 or the same body: the feed is not read, and its items are in no count)
    assert "(0 items read; 1 feed not " \
           "modified since the last run, not read)." in again.stdout, again.stdout
    path = next(p for p in (root / "content" / "articles").glob("*.md") if "Item 2," in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8") + "\nThe editor's line.\n", encoding="utf-8")
    _serve(server, {0: 1, 1: 0, 2: 1, 3: 0})
    applied = fetch(root, "--update")
    assert (f"1 edited file got it beside it (content/articles/{path.name}.upstream)." in applied.stdout
            ), applied.stdout
    assert "NAME.md" not in applied.stdout


@settings(max_examples=examples(12), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["same", "changed", "new", "gone"]), min_size=1, max_size=5))
@example(["new", "changed", "same", "same"])
def test_the_summary_adds_up_to_the_items_the_feed_lines_count(server: FeedServer, kinds: list[str]) -> None:
    """Items first fetched or not, then the same, changed upstream, new, or left out of the feed: the summary's
    counts are the feed line's, and they add up to the items read."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = {i: 0 for i, kind in enumerate(kinds) if kind != "new"}
        (root / "config.yaml").write_text(config_text({"url": _serve(server, first)}), encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        _serve(server, {i: int(kind == "changed") for i, kind in enumerate(kinds) if kind != "gone"})
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.ok
        (feed,) = result.feeds
        said = " ".join(summary(result, 0.0, False))
        if feed.unchanged:
            assert "1 feed not modified since the last run, not read" in said, said
            return
        found = re.search(r"\((\d+) items? read(?:: ([^;)]*))?", said)
        assert found, said
        parts = dict((word, int(n)) for n, word in (p.split(" ", 1) for p in (found.group(2) or "").split(", ") if p))
        assert all(parts.values()), said  # (a count of 0 is left out)
        read = int(found.group(1))
        new, changed, same, filtered, duplicate = (parts.get(w, 0) for w in ("new", "changed upstream",
                                                                            "the same as imported", "filtered", "duplicate"))
        assert (new, changed, same) == (kinds.count("new"), kinds.count("changed"), kinds.count("same")), said
        assert (new, changed, same, filtered, duplicate) == (feed.new, feed.updated, feed.same, feed.filtered,
                                                             feed.duplicate), (feed.line(), said)
        assert read == new + changed + same + filtered + duplicate == len(kinds) - kinds.count("gone"), said
