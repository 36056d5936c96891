"""A refused `also_in:` edit is warned about once per file and outlet, again only when the file changes.

Reported (2026-12-05): an article whose front matter fetch cannot edit by lines (one flow mapping,
frontedit.py) got the same warning "… `also_in: Wire Outlet` was not added …; add … by hand" on every fetch
that parsed the other outlet's feed. The kind: a per-entry decision fetch did not remember. Now the feed's
state keeps it (`FeedState.refused`: the file's bytes and the outlet), `-v` still notes it, and a changed
file is warned about again. Local feed files, fetched in-process; each run adds an entry, so every run parses.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.state import FeedState, load_state, save_state
from support.examples import examples
from support.importing import config_text, rss
from support.sites import write_site

DATE = "Fri, 06 Nov 2026 09:00:00 GMT"
LINK = "https://w.example/1"
# Front matters fetch refuses to edit by lines (docs/fetch.md), with the line it names: one flow mapping, a line
# separator in a quoted value, also_in: that comes from a merge key.
REFUSED = {"flow": ('---\n{title: Monitors deploy near the line, source: Example Outlet, '
                    f'published: 2026-11-06T11:00:00Z, url: "{LINK}"}}\n---\nMy summary.\n', 2),
           "separator": ('---\ntitle: "Monitors deploy\u2028near the line"\nsource: Example Outlet\n'
                         f"published: 2026-11-06T11:00:00Z\nurl: {LINK}\n---\nMy summary.\n", 2),
           "merge": ("---\nbase: &b\n  also_in: [Old Wire]\n<<: *b\ntitle: Monitors deploy\nsource: Example Outlet\n"
                     f"published: 2026-11-06T11:00:00Z\nurl: {LINK}\n---\nMy summary.\n", 3)}
WARNING = "`also_in: Wire Outlet` was not added"


def _feed(run: int) -> str:
    items = [{"title": "Monitors deploy", "link": LINK, "guid": "w-1", "date": DATE}]
    items += [{"title": f"Other news {n}", "link": f"https://w.example/n{n}", "guid": f"n-{n}", "date": DATE}
              for n in range(run)]  # (a new entry each run: the feed changed, so it is parsed again)
    return rss("Wire", items)


@settings(derandomize=True, database=None, max_examples=examples(12), deadline=None)
@given(style=st.sampled_from(sorted(REFUSED)), changes=st.lists(st.booleans(), min_size=2, max_size=4))
@example(style="flow", changes=[False, False])  # the report: two runs, one warning
def test_warned_once_unless_the_file_changes(style: str, changes: list[bool]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {
            "config.yaml": config_text({"url": "feeds/w.xml", "source": "Wire Outlet"}),
            "feeds/w.xml": _feed(0), "content/articles/mine.md": REFUSED[style][0]})
        article = root / "content/articles/mine.md"
        for run, change in enumerate(changes):
            if change and run:  # the editor changes the file (and still writes it so)
                article.write_text(article.read_text() + f"Edited {run}.\n")
            (root / "feeds/w.xml").write_text(_feed(run))
            result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
            report = result.feeds[0]
            assert report.duplicate == 1 and not report.failed, report
            warned = [d for d in result.diagnostics if WARNING in d.message]
            expect = run == 0 or change
            assert len(warned) == expect, (run, change, [d.message for d in result.diagnostics])
            if warned:
                assert warned[0].path == "content/articles/mine.md" and warned[0].line == REFUSED[style][1]
                assert "to the front matter by hand" in warned[0].message and "Wire Outlet" in warned[0].message
            else:
                assert any("still not added" in note for note in report.notes), report.notes
            assert article.read_text().startswith(REFUSED[style][0])


def test_the_remembered_refusals_survive_the_state_file_and_tampering(tmp_path: Path) -> None:
    state = FeedState("feeds/w.xml", refused={"content/articles/mine.md": "ab" * 32})
    assert save_state(tmp_path, state) == ""
    assert load_state(tmp_path, "feeds/w.xml").refused == state.refused
    stored = next(tmp_path.glob("*.json"))
    stored.write_text(stored.read_text().replace('"ab', '["ab').replace('ab"', 'ab"]'))  # a list: not ours
    assert load_state(tmp_path, "feeds/w.xml").refused == {}
