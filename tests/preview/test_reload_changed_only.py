"""Only the tabs whose page looks different reload (a trial, 2026-12-04: adding a static SVG reloaded all six open
tabs). A tab reloads when its page's bytes changed or a file it loads (stylesheet, script, image) did, or when
every page changes (the overlay, the advice panel, the base path): preview/looks.py."""
from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.preview.looks import Steps, look
from support.examples import examples
from support.previews import save, serving
from support.sites import MINIMAL_SITE

WAIT_MS = 15_000
SECOND = "content/articles/second-report.md"


def _site() -> dict[str, str]:
    files = {k: v for k, v in MINIMAL_SITE.items() if "notes/" not in k}
    files[SECOND] = (files["content/articles/first-report.md"].replace("Envoys meet in Geneva", "Envoys leave Geneva")
                     .replace("10T09", "11T09").replace("geneva-ceasefire", "geneva-leave")
                     .replace("Diplomats from several countries met in Geneva on Tuesday to discuss the\nterms of a possible "
                              "ceasefire, officials said.", "Diplomats left the lakeside hotel on Friday; a grain deal "
                              "was not among the papers they signed."))
    return files


def _mark(page) -> None:  # type: ignore[no-untyped-def]
    page.evaluate("window.__notReloaded = true")


def _channels_open(preview, *pages: str) -> None:  # type: ignore[no-untyped-def]
    """Until the server holds a reload channel for each of `pages` (output paths; `LiveState.open_pages`): an edit
    from then on reaches their tabs (server.py `_events`). Not a fixed 0.5 s: that waited 0.5 s every run, and too
    little under load."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while not set(pages) <= preview.state.open_pages() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert set(pages) <= preview.state.open_pages(), preview.state.open_pages()


def _reloaded(page) -> bool:  # type: ignore[no-untyped-def]
    from playwright.sync_api import Error

    try:
        return not page.evaluate("window.__notReloaded === true")
    except Error:  # "Execution context was destroyed": the tab is navigating, a reload (a CI run under load)
        return True


def test_an_edit_reloads_only_the_tab_whose_page_changed(site_factory, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    with serving(site_factory(_site()) / "config.yaml") as preview:
        context = browser.new_context()
        try:
            edited, other = context.new_page(), context.new_page()
            edited.goto(preview.url + "articles/second-report/")
            other.goto(preview.url + "articles/first-report/")
            _channels_open(preview, "articles/second-report/index.html", "articles/first-report/index.html")
            _mark(edited), _mark(other)
            article = preview.root / SECOND
            save(article, article.read_text(encoding="utf-8").replace("Diplomats", "Negotiators"))
            expect(edited.locator("body")).to_contain_text("Negotiators", timeout=WAIT_MS)
            time.sleep(1.5)  # (the build is over: a reload of the other tab would have come)
            assert not _reloaded(other)
            # A change to the stylesheet both pages load reloads both.
            _mark(edited)
            (preview.root / "static").mkdir(exist_ok=True)
            css = preview.root / "static" / "assets" / "style.css"
            css.parent.mkdir(exist_ok=True)
            css.write_text("body { color: #123456 }\n", encoding="utf-8")
            deadline = time.monotonic() + 15
            while not (_reloaded(edited) and _reloaded(other)) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert _reloaded(edited) and _reloaded(other)
        finally:
            for opened in context.pages:
                opened.close()
            context.close()


def test_a_page_looks_different_when_a_file_it_loads_changes(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "articles" / "x").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "assets" / "style.css").write_text("a {}")
    (site / "map.svg").write_text("<svg/>")
    (site / "articles" / "x" / "index.html").write_text(
        '<link rel="stylesheet" href="../../assets/style.css"><a href="../../map.svg">map</a>'
        '<script src="/briefing/assets/app.js"></script>')
    before = look(site, "articles/x/index.html", "/briefing/")
    (site / "map.svg").write_text("<svg></svg>")  # linked, not loaded
    assert look(site, "articles/x/index.html", "/briefing/") == before
    (site / "assets" / "app.js").write_text("1")  # loaded by an absolute address
    after_js = look(site, "articles/x/index.html", "/briefing/")
    assert after_js != before
    (site / "assets" / "style.css").write_text("a { color: red }")
    assert look(site, "articles/x/index.html", "/briefing/") != after_js


def test_the_search_page_looks_different_when_its_index_changes(tmp_path: Path) -> None:
    """A fresh-clone CI run (2026-12-04): an open search tab under serve kept an edited word's results, its page's
    bytes unchanged; the index its script fetches (`data-search`) is part of its look, in any sub-folder."""
    site = tmp_path / "site"
    (site / "search" / "t").mkdir(parents=True)
    (site / "search" / "index.html").write_text('<form data-search="/briefing/search/"></form>')
    (site / "search" / "t" / "di.json").write_text('{"diplomats": [1]}')
    before = look(site, "search/index.html", "/briefing/")
    (site / "search" / "t" / "di.json").write_text('{"diplomats": []}')
    assert look(site, "search/index.html", "/briefing/") != before


@settings(max_examples=examples(100), deadline=None)
@given(steps=st.lists(st.tuples(st.booleans(), st.sets(st.sampled_from("abc"))), min_size=1, max_size=6),
       since=st.integers(0, 6), page=st.sampled_from("abc"))
def test_a_tab_is_spared_only_when_every_step_since_left_its_page_alone(steps, since: int, page: str) -> None:  # type: ignore[no-untyped-def]
    history = Steps()
    for generation, (everything, same) in enumerate(steps):
        history.record(generation, generation + 1, None if everything else frozenset(same))
    expected = since <= len(steps) and all(not everything and page in same
                                           for everything, same in steps[since:])
    assert history.spared(since, page) == expected
    assert not history.spared(since, None)
