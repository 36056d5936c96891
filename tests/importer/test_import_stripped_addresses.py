"""What the sanitiser removes from an entry that readers saw or followed by its address is named by fetch
(importer/stripped.py).

A tester, 2026-12-05: a hostile feed's `<video src poster>`, `<table background>`, `<img srcset>`, `data:` and
`file:` images and `javascript:` links were removed from the imported article without a word; fetch named only the
words inside elements removed with their content. The property writes an entry of generated elements holding
addresses (each with a mark of its own), sanitises it as fetch does, and checks that exactly the kinds whose every
mark is gone from the output are named."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.stripped import stripped_addresses
from briefgen.load.markup import sanitise
from tests.importer.test_fetch import config, rss

PLACES = [("video", "poster"), ("video", "src"), ("audio", "src"), ("source", "src"), ("img", "src"), ("img", "srcset"),
          ("table", "background"), ("td", "background"), ("a", "href"), ("blockquote", "cite"), ("q", "cite"),
          ("del", "cite"), ("iframe", "src"), ("embed", "src"), ("object", "data"), ("track", "src"),
          ("a", "ping"), ("area", "href"), ("link", "href")]
ADDRESSES = ["https://media.example/{m}/p.png", "{m}.png", "javascript:void('{m}')", "data:image/png;base64,{m}",
             "file:///srv/{m}.png", "https://media.example/{m}/a.png 1x, https://media.example/{m}/b.png 2x"]


def _element(tag: str, attribute: str, address: str) -> str:
    if tag in ("td",):
        return f'<table><tr><td {attribute}="{address}">cell</td></tr></table>'
    if tag in ("source", "track"):
        return f'<video controls><{tag} {attribute}="{address}">fallback</video>'
    if tag in ("img", "embed", "link", "area"):
        return f'<p><{tag} {attribute}="{address}" alt="x"></p>'
    return f'<{tag} {attribute}="{address}">words</{tag}>'


@settings(max_examples=examples(120), deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(ADDRESSES)), min_size=1, max_size=6))
def test_exactly_the_kinds_of_addresses_the_sanitiser_removed_are_named(parts: list) -> None:
    marks = [f"mark{i}q" for i in range(len(parts))]
    given_html = "<p>Start.</p>" + "".join(_element(tag, attribute, address.format(m=mark))
                                          for ((tag, attribute), address), mark in zip(parts, marks)) + "<p>End.</p>"
    kept = sanitise(given_html)
    said = stripped_addresses(given_html, kept)
    gone: dict[str, int] = {}
    for ((tag, attribute), _), mark in zip(parts, marks):
        kind = f"<{tag} {attribute}>"
        if mark not in kept:
            gone[kind] = gone.get(kind, 0) + 1
    for ((tag, attribute), _), mark in zip(parts, marks):
        kind = f"<{tag} {attribute}>"
        assert (kind in said) == (kind in gone), (kind, said, kept)
    if gone:
        assert said.startswith(f"{sum(gone.values())} address"), (said, gone, kept)
    else:
        assert said == ""


def test_the_testers_hostile_entry_names_the_video_its_poster_and_the_rest(tmp_path: Path) -> None:
    body = ('<p>Start.</p><video src="v.mp4" poster="https://tracker.example/p.png"></video>'
            '<img src="x.png" srcset="https://cdn.example/1.png 1x" alt="s">'
            '<table background="https://tracker.example/bg.png"><tr><td>cell</td></tr></table>'
            '<a href="javascript:alert(1)">sp</a><p>End.</p>')
    (tmp_path / "config.yaml").write_text(config("feeds/outlet.xml"), encoding="utf-8")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds/outlet.xml").write_text(rss("Outlet", [{
        "title": "Hostile body", "link": "https://outlet.example/h", "guid": "h-1",
        "date": "Wed, 04 Nov 2026 09:00:00 GMT", "html": body}]), encoding="utf-8")
    result = fetch_feeds(tmp_path / "config.yaml", FetchOptions(jobs=1))
    said = [d.message for d in result.diagnostics if "written without addresses" in d.message]
    assert len(said) == 1, [str(d) for d in result.diagnostics]
    for kind in ("<video src>", "<video poster>", "<img srcset>", "<table background>", "<a href>"):
        assert kind in said[0], said[0]
    assert "5 addresses" in said[0] and "content/articles/hostile-body.md" in said[0]
    (feed,) = result.feeds
    assert any("<video poster>" in note for note in feed.notes)
