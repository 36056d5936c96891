"""`fetch --update`: the feeds' lines and the summary count the changed items in one set of words (progress.summary;
the T24 trial, 2026-12-07).

T24's per-feed line said "updated=1" (docs/fetch.md: `updated` counts entries changed upstream) while the summary said
"Updated 0 files; 1 edited file got the new version beside it": the item had been edited, so its new version went
beside it, and "updated" meant two things. Now the summary says "1 item changed upstream (`updated=` above): 0 files
rewritten with the new version; 1 edited file got it beside it". Served over HTTP by a real server
(support/feedserver.py). Fails on the code before.
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


def _serve(server: FeedServer, versions: list[int]) -> str:
    return server.script("/ledger", Reply(200, rss("Lithium Ledger", [
        {"title": f"Salar talks {i}", "link": f"https://ledger.example/{i}", "guid": f"g{i}", "date": DATE,
         "html": f"<p>Item {i}, version {v}.</p>"} for i, v in enumerate(versions)]), RSS))


def test_the_reported_input(site: Callable[..., Path], server: FeedServer) -> None:
    root = site({"url": _serve(server, [0])})
    assert fetch(root).returncode == 0
    (path,) = (root / "content" / "articles").glob("*.md")
    path.write_text(path.read_text(encoding="utf-8") + "\nThe editor's line.\n", encoding="utf-8")
    _serve(server, [1])
    applied = fetch(root, "--update")
    assert applied.returncode == 0, applied.stderr
    assert "updated=1 " in applied.stdout, applied.stdout
    assert ("1 item changed upstream (`updated=` above): 0 files rewritten with the new version; 1 edited file got it "
            f"beside it (content/articles/{path.name}.upstream).") in applied.stdout, applied.stdout
    assert "Updated 0 files" not in applied.stdout


@settings(max_examples=examples(15), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=4))
@example([(True, True)])
def test_the_summary_counts_what_the_feed_lines_count(server: FeedServer, items: list[tuple[bool, bool]]) -> None:
    """Items each changed upstream or not and edited by the editor or not: the summary's changed items are the feed
    line's `updated=`, its rewritten files the changed unedited ones (their bytes changed), its files beside the
    changed edited ones (a NAME.md.upstream each)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text({"url": _serve(server, [0] * len(items))}), encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        folder = root / "content" / "articles"
        files = sorted(folder.glob("*.md"), key=lambda p: re.sub(r"\D", "", p.stem) or "0")
        assert len(files) == len(items)
        for path, (_, edited) in zip(files, items):
            if edited:
                path.write_text(path.read_text(encoding="utf-8") + "\nThe editor's line.\n", encoding="utf-8")
        before = {p: p.read_bytes() for p in files}
        _serve(server, [int(changed) for changed, _ in items])
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1, update=True))
        assert result.ok
        (feed,) = result.feeds
        changed = sum(c for c, _ in items)
        rewritten = sum(p.read_bytes() != before[p] for p in files)
        beside = len(list(folder.glob("*.md.upstream")))
        assert (feed.updated, rewritten, beside) == (changed, sum(c and not e for c, e in items),
                                                     sum(c and e for c, e in items)), feed.line()
        said = " ".join(summary(result, 0.0, True))
        assert "Updated" not in said, said
        if changed:
            assert f"{changed} item{'s' if changed != 1 else ''} changed upstream (`updated=` above): {rewritten} " \
                   f"file{'s' if rewritten != 1 else ''} rewritten" in said, (feed.line(), said)
