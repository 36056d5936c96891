"""`briefgen opml import` says why it skips a feed: in config.yaml already, or listed twice in the file.

A feed the OPML file listed twice (`https://a.example/feed` and `https://www.a.example/feed/`,
one feed by the dedup key) was skipped as "already in config.yaml", which it was not: the
editor looked in config.yaml for a feed that was only in the file. Real OPML files read by
listparser.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.opml import import_opml
from support.importing import config_text
from support.sites import run_cli
from support.examples import examples


def _opml(urls: list[str]) -> str:
    outlines = "".join(f'<outline text="Feed {n}" xmlUrl="{url}"/>' for n, url in enumerate(urls))
    return f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>'


def test_a_feed_listed_twice_in_the_file_is_not_said_to_be_in_the_config(site: Callable[..., Path]) -> None:
    root = site("https://known.example/rss", files={"subs.opml": _opml([
        "https://a.example/feed", "https://www.a.example/feed/", "https://known.example/rss/"])})
    result = run_cli(["opml", "import", "subs.opml"], root)
    assert result.returncode == 0, result.stderr
    assert "skipped https://www.a.example/feed/: the same feed as https://a.example/feed, listed before it in " \
           "subs.opml" in result.stdout, result.stdout
    assert "skipped https://known.example/rss/: already in config.yaml" in result.stdout, result.stdout


VARIANTS = st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["https://", "http://"]),
                     st.sampled_from(["", "www."]), st.sampled_from(["", "/"]))


@settings(max_examples=examples(30), deadline=None)
@given(configured=st.sets(st.sampled_from(["a", "b", "c"]), max_size=2), listed=st.lists(VARIANTS, min_size=1, max_size=6))
def test_each_skipped_feed_is_skipped_for_its_own_reason(configured: set[str], listed: list[tuple[str, ...]]) -> None:
    urls = list(dict.fromkeys(f"{scheme}{www}{name}.example/feed{slash}" for name, scheme, www, slash in listed))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text(*(f"https://{n}.example/feed" for n in sorted(configured))),
                                          encoding="utf-8")
        (root / "subs.opml").write_text(_opml(urls), encoding="utf-8")
        lines, problems = import_opml(root / "config.yaml", root / "subs.opml", dry_run=True)
        assert not problems, problems
        seen: set[str] = set()
        for url in urls:
            name = url.split("//")[1].removeprefix("www.")[0]
            [line] = [line for line in lines if f" {url} " in line or f" {url}:" in line or line.endswith(f" {url}")]
            if name in configured:
                assert line.endswith("already in config.yaml"), line
            elif name in seen:
                assert "listed before it in subs.opml" in line, line
            else:
                assert line.startswith("would add"), line
            seen.add(name)


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(["http://127.0.0.1/feed", "http://localhost:8080/rss", "http://10.0.0.5/feed",
                        "http://192.168.1.20/atom.xml", "http://[::1]/feed", "http://169.254.169.254/latest"]),
       st.sampled_from(["\u202eBidi", "Bidi\u2066x\u2069", "Plain"]))
def test_a_feed_on_a_private_host_is_skipped_and_direction_controls_dropped(url: str, title: str) -> None:
    """Reported (a hostile trial, 2026-12-04): someone else's OPML file added http://127.0.0.1/feed without a word,
    which fetch then trusts as the editor's own choice, and wrote a raw U+202E into config.yaml."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "config.yaml").write_text(config_text(), encoding="utf-8")
        outlines = (f'<outline text="{title}" xmlUrl="{url}"/>'
                    f'<outline text="{title} news" xmlUrl="https://news.example/feed"/>')
        (root / "subs.opml").write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>',
                                        encoding="utf-8")
        lines, problems = import_opml(root / "config.yaml", root / "subs.opml", dry_run=False)
        assert not problems
        assert any(line.startswith("skipped") and "private network" in line for line in lines), lines
        written = (root / "config.yaml").read_text(encoding="utf-8")
        assert "news.example" in written and url.split("/")[2] not in written
        assert not any(c in written for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
