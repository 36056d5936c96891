"""An entry whose link is a page of this briefing (config.yaml's base_url and a path under it) is not imported.

A hostile trial (2026-12-04): a feed entry linking to https://example.org/briefing/articles/x/ (the site's own
page) was imported, and its page said "Read the original at Loop Wire", linking to the briefing itself. Such an
entry is the briefing's own feed added as a source, or a feed that copies it: it is counted `filtered`, `-v`
names it, and one warning per feed says why (docs/fetch.md, Filters). Local feed files, fetched in-process and
through the command line.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.ownsite import on_site
from support.examples import examples
from support.importing import articles, config_text, fetch, rss
from support.sites import write_site

DATE = "Sat, 07 Nov 2026 09:00:00 GMT"
BASE = "https://example.org/briefing/"  # support.importing.HEAD's base_url

OURS = st.builds(lambda scheme, host, port, path: f"{scheme}://{host}{port}/briefing{path}",
                 st.sampled_from(["https", "http", "HTTPS"]),
                 st.sampled_from(["example.org", "EXAMPLE.org", "www.example.org"]),
                 st.sampled_from(["", ":443"]),
                 st.sampled_from(["", "/", "/articles/ledger-tallinn/", "/topics/ceasefire-talks/index.html"]))
THEIRS = st.sampled_from(["https://example.org/other/x", "https://example.org/briefings/x", "https://example.org/",
                          "https://example.org:8443/briefing/x", "https://evil.example/briefing/x",
                          "https://sub.example.org/briefing/x"])


@settings(derandomize=True, database=None, max_examples=examples(25), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ours=st.lists(OURS, min_size=0, max_size=3, unique=True), theirs=st.lists(THEIRS, max_size=3, unique=True))
def test_an_entry_linking_to_this_site_is_not_imported(ours: list[str], theirs: list[str]) -> None:
    # (`:443` on http is another port: not this site)
    mine = [link for link in ours if not link.startswith("http:") or ":443" not in link]
    assert all(on_site(link, BASE) for link in mine) and not any(on_site(link, BASE) for link in theirs)
    items = [{"title": f"Entry {n}", "link": link, "guid": f"g-{n}", "date": DATE, "html": f"<p>Entry {n}.</p>"}
             for n, link in enumerate(mine + theirs)]
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {"config.yaml": config_text({"url": "feed.xml", "source": "Loop"}),
                                                  "feed.xml": rss("Loop", items, link=BASE)})
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.total("new") == len(theirs) == len(articles(root))
        assert result.total("filtered") == len(mine)
        warned = [d.message for d in result.diagnostics if "linking to this site itself" in d.message]
        assert len(warned) == (1 if mine else 0), warned


def test_reported_entry_and_a_relative_link(site: Callable[..., Path]) -> None:
    items = [{"title": "Self link entry on ceasefire", "link": BASE + "articles/ledger-tallinn/", "guid": "self-1",
              "date": DATE, "html": "<p>Points at our own page.</p>"},
             {"title": "Relative self entry", "link": "/briefing/articles/valley-truce/", "guid": "self-2",
              "date": DATE, "html": "<p>Relative.</p>"}]
    root = site({"url": "feeds/loop.xml", "source": "Loop Wire"}, files={"feeds/loop.xml": rss("Loop Wire", items,
                                                                                               link=BASE)})
    result = fetch(root, "-v")
    assert result.returncode == 0 and articles(root) == {}, result.stdout
    assert "new=0 updated=0 same=0 filtered=2" in result.stdout
    assert f'filtered "Self link entry on ceasefire": its link {BASE}articles/ledger-tallinn/ is a page of this site' \
        in result.stdout
    assert ("config.yaml:8: warning: feed feeds/loop.xml: 2 entries not imported, linking to this site itself "
            f"({BASE}, config.yaml's base_url)") in result.stderr, result.stderr


def test_no_base_url_no_rule(tmp_path: Path) -> None:
    assert not on_site("https://example.org/briefing/x", "") and not on_site("", BASE)
    assert on_site("https://example.org/x", "https://example.org/")
