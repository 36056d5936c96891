"""An article renamed while serving: the open tab follows it to its new page (`quick.moved_pages`).

A trial: with an article open, the editor renamed its file (`mv geneva.md geneva-talks.md`, as an
editor's "rename" does); the tab reloaded onto the site's "Page not found" at the old address, the
editor's place lost, though the page was there under the new name. Now a request for a page whose
article was renamed this session is redirected (302) to where the page is now, following a rename
of a rename, never back to where it came from; a deleted article's page stays a 404.
"""
from __future__ import annotations

import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.preview.command import Preview
from briefgen.preview.livereload import _moves
from support.previews import save, serving
from support.sites import MINIMAL_SITE
from support.examples import examples

ARTICLE = "content/articles/first-report.md"
WAIT_MS = 15_000


@pytest.fixture
def lone(site_factory: Callable[..., Path]) -> Iterator[Preview]:
    """The minimal site without its note (which names the article by its file name)."""
    with serving(site_factory({k: v for k, v in MINIMAL_SITE.items() if "notes/" not in k}) / "config.yaml") as running:
        yield running


def test_the_open_tab_follows_a_renamed_article_and_back(lone: Preview, page) -> None:
    from playwright.sync_api import expect

    preview = lone
    articles = preview.root / "content" / "articles"
    page.goto(preview.url + "articles/first-report/")
    expect(page.locator("h1")).to_contain_text("Envoys meet in Geneva")
    os.rename(articles / "first-report.md", articles / "geneva-talks.md")
    expect(page).to_have_url(preview.url + "articles/geneva-talks/", timeout=WAIT_MS)
    expect(page.locator("h1")).to_contain_text("Envoys meet in Geneva")

    os.rename(articles / "geneva-talks.md", articles / "geneva-envoys.md")  # a rename of the rename
    expect(page).to_have_url(preview.url + "articles/geneva-envoys/", timeout=WAIT_MS)
    with urllib.request.urlopen(preview.url + "articles/first-report/?q=1", timeout=10) as followed:
        assert followed.url == preview.url + "articles/geneva-envoys/?q=1"

    os.rename(articles / "geneva-envoys.md", articles / "first-report.md")  # undone: no loop
    expect(page).to_have_url(preview.url + "articles/first-report/", timeout=WAIT_MS)
    expect(page.locator("h1")).to_contain_text("Envoys meet in Geneva")

    save(articles / "first-report.md", MINIMAL_SITE[ARTICLE].replace("officials said", "the ministry said"))
    expect(page.locator("main")).to_contain_text("the ministry said", timeout=WAIT_MS)
    # (another article stays: a content/articles/ left empty while output/ has articles is an error, guards.py)
    save(articles / "other-report.md", MINIMAL_SITE[ARTICLE].replace("Envoys meet in Geneva", "Talks stall in Vienna"))
    (articles / "first-report.md").unlink()  # deleted, not renamed: the site's 404
    expect(page).to_have_title("Page not found · Test Briefing", timeout=WAIT_MS)
    assert page.url == preview.url + "articles/first-report/"
    for gone in ("articles/first-report/", "articles/geneva-talks/"):
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(preview.url + gone, timeout=10)
        assert missing.value.code == 404


def test_renamed_and_retitled_is_another_article(lone: Preview) -> None:
    articles = lone.root / "content" / "articles"
    save(articles / "geneva.md", MINIMAL_SITE[ARTICLE].replace("Envoys meet", "Envoys gather"))
    (articles / "first-report.md").unlink()
    _until(lambda: (lone.site_dir / "articles" / "geneva").is_dir() and not (lone.site_dir / "articles" / "first-report").exists())
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(lone.url + "articles/first-report/", timeout=10)
    assert missing.value.code == 404


def test_the_tab_follows_once_the_note_naming_the_renamed_article_is_fixed(preview: Preview, page) -> None:
    """The sample's way: a note lists the article by its file name, so the rename alone fails the
    build (the last good site, with the old page, is still served); the note fixed, the tab follows."""
    from playwright.sync_api import expect

    articles = preview.root / "content" / "articles"
    note = preview.root / "content" / "notes" / "why-it-matters.md"
    page.goto(preview.url + "articles/first-report/")
    os.rename(articles / "first-report.md", articles / "geneva-talks.md")
    expect(page.locator("#briefgen-overlay")).to_contain_text('unknown article "first-report"', timeout=WAIT_MS)
    save(note, note.read_text().replace("articles: [first-report]", "articles: [geneva-talks]"))
    expect(page).to_have_url(preview.url + "articles/geneva-talks/", timeout=WAIT_MS)
    expect(page.locator("#briefgen-overlay")).to_have_count(0)


def _until(condition: Callable[[], bool], timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end
        time.sleep(0.02)


def test_moves_follow_renames_and_are_undone() -> None:
    assert _moves((), {}) == ()
    assert _moves((("a", "b"),), {"b": "c"}) == (("a", "c"), ("b", "c"))
    assert _moves((("a", "b"),), {"b": "a"}) == (("b", "a"),)


PAGE = st.sampled_from("abcde")


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.dictionaries(PAGE, PAGE, max_size=3), max_size=6))
def test_moves_lead_somewhere_else_and_never_in_a_circle(builds: list[dict[str, str]]) -> None:
    moves: tuple[tuple[str, str], ...] = ()
    for now in builds:
        now = {old: new for old, new in now.items() if old != new}
        moves = _moves(moves, now)
        table = dict(moves)
        assert all(new != old for old, new in moves)
        for old, new in now.items():
            if new not in now:  # (a build's own moves are a permutation of pages at most)
                assert table[old] == new
