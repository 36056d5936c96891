"""`fetch --update` asks feeds conditionally, except those whose changes upstream are still to be applied.

A trial's `fetch --update` sent no If-None-Match / If-Modified-Since: every feed was downloaded in full (13 of 13
answered 200). Now a feed is asked without its validators (and parsed even when its bytes did not change) only
when its last parse found items changed upstream that were not applied; once they are, it is asked with them
again. Real answers from a loopback server, fetched in-process.
"""
from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.feedserver import FeedServer, Reply, feed_server
from support.importing import articles, config_text, rss
from support.sites import write_site

DATE = "Tue, 02 May 2023 14:00:00 +0000"


def _reply(version: int, validators: str, n: int = 1) -> Reply:
    body = rss("Outlet", [{"title": "Envoys meet", "link": f"https://outlet.example/{n}", "guid": f"r{n}", "date": DATE,
                           "html": f"<p>Version {version}.</p>"}])
    tag = '"' + hashlib.sha256(body.encode()).hexdigest()[:12] + '"'
    modified = f"Tue, 02 May 2023 {10 + version}:00:00 GMT"
    headers = {"ETag": tag} if validators == "etag" else {"Last-Modified": modified}
    return Reply(200, body, headers, when_etag=tag if validators == "etag" else "")


def _conditional(server: FeedServer, path: str) -> bool:
    asked = server.seen(path)[-1].headers
    return "If-None-Match" in asked or "If-Modified-Since" in asked


def _run(root: Path, update: bool) -> tuple[int, int]:
    result = fetch_feeds(root / "config.yaml", FetchOptions(update=update, jobs=1))
    assert result.ok, result.diagnostics
    return result.total("updated"), len([p for f in result.feeds for p in f.rewritten])


@settings(derandomize=True, database=None, max_examples=examples(12), deadline=None)
@given(validators=st.sampled_from(["etag", "last-modified"]), plain_runs=st.integers(0, 2),
       change=st.booleans())
def test_update_is_conditional_but_for_feeds_with_changes_to_apply(validators: str, plain_runs: int,
                                                                    change: bool) -> None:
    with feed_server() as server, tempfile.TemporaryDirectory() as folder:
        other = server.script("/other", _reply(0, validators, 2))
        url = server.script("/feed", _reply(0, validators))
        root = write_site(Path(folder) / "site", {"config.yaml": config_text(url, {"url": other,
                                                                                 "source": "Other"})})
        _run(root, False)
        if change:
            server.script("/feed", _reply(1, validators))
        for run in range(plain_runs):  # changes seen (then 304s), not applied, on any number of runs
            assert _run(root, False)[0] == int(change and run == 0)
        updated, rewritten = _run(root, True)
        assert _conditional(server, "/other")
        assert _conditional(server, "/feed") == (not change or plain_runs == 0)
        assert rewritten == int(change)
        _run(root, True)  # applied: asked conditionally from now on
        assert _conditional(server, "/feed") and _conditional(server, "/other")
        assert len(articles(root)) == 2


def test_the_reported_case_every_unchanged_feed_answers_304(tmp_path: Path, server: FeedServer) -> None:
    urls = [server.script(f"/f{n}", _reply(0, "etag", n)) for n in range(4)]
    root = write_site(tmp_path / "site", {"config.yaml": config_text(*({"url": u, "source": f"Outlet {n}"}
                                                                       for n, u in enumerate(urls)))})
    _run(root, False)
    result = fetch_feeds(root / "config.yaml", FetchOptions(update=True, jobs=1))
    assert [f.label for f in result.feeds] == ["304"] * 4
