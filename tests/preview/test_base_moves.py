"""`base_url` edited while serving: a page asked for under the old base path is sent to the same
page under the new one (`server.moved`), so the open tab follows instead of ending on "Not found".

A trial: the editor changed `base_url: https://example.org/rhine/` to `…/rhine-watch/` with an
article open; the tab reloaded to /rhine/articles/ft-eu-funding/ and showed "Not found" with a
link to /rhine-watch/, the editor's place lost.
"""
from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.preview.command import Preview
from briefgen.preview.server import InSite, Redirect, moved, route
from support.previews import save
from support.examples import examples

SEGMENT = st.sampled_from(("briefing", "rhine", "a", "news%20room", "новини"))
BASE = st.lists(SEGMENT, max_size=3).map(lambda parts: "/" + "".join(p + "/" for p in parts))
TARGET = st.tuples(st.lists(SEGMENT | st.sampled_from(("articles", "x", "index.html")), max_size=5),
                   st.booleans(), st.sampled_from(("", "q=1"))).map(
    lambda t: "/" + "/".join(t[0]) + ("/" if t[1] and t[0] else "") + (f"?{t[2]}" if t[2] else ""))


def test_a_page_under_the_old_base_path_is_sent_to_the_new_one() -> None:
    assert moved("/rhine/articles/ft-eu-funding/", "/rhine-watch/", ("/rhine/",)) == \
        Redirect("/rhine-watch/articles/ft-eu-funding/")
    assert moved("/rhine/", "/rhine-watch/", ("/rhine/",)) == Redirect("/rhine-watch/")
    assert moved("/briefing/feed.xml", "/", ("/briefing/",)) == Redirect("/feed.xml")  # a longer former base
    assert moved("/articles/x/", "/briefing/", ("/",)) == Redirect("/briefing/articles/x/")
    assert moved("/briefing/articles/x/", "/briefing/", ("/",)) is None  # a page missing under the base stays 404
    assert moved("/elsewhere/", "/rhine-watch/", ()) is None


@settings(max_examples=examples(200), deadline=None)
@given(TARGET, BASE, st.lists(BASE, max_size=3, unique=True))
def test_a_moved_page_keeps_its_path_and_redirects_never_loop(target: str, base: str, former: list[str]) -> None:
    former_bases = tuple(b for b in former if b != base)
    seen = [target]
    while (where := moved(seen[-1], base, former_bases)) is not None:  # as if no page existed at all
        now = route(where.location, base)
        assert isinstance(now, InSite)
        # (the path under one of the former bases it is under: two nested ones, "/" and "/rhine/briefing/",
        # both hold "/rhine/briefing/briefing", and `moved` takes the one that shortens it: a CI draw)
        before = [(r.parts, r.query) for b in former_bases if isinstance(r := route(seen[-1], b), InSite)]
        assert (now.parts, now.query) in before
        assert where.location not in seen, seen
        seen.append(where.location)


def test_before_any_edit_a_path_outside_the_base_is_not_found(preview: Preview) -> None:
    """The first build moves the base from the server's initial "/": no page was served there."""
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(preview.url[:-len("briefing/")] + "articles/first-report/", timeout=10)
    assert refused.value.code == 404 and b'<a href="/briefing/">' in refused.value.read()


def test_the_open_tab_follows_its_page_to_the_new_base_path(preview: Preview, page) -> None:
    from playwright.sync_api import expect

    page.goto(preview.url + "articles/first-report/")
    assert "/briefing/articles/first-report/" in page.url
    config = preview.root / "config.yaml"
    save(config, config.read_text(encoding="utf-8").replace("example.org/briefing/", "example.org/desk/"))
    expect(page).to_have_url(f"{preview.url[:-len('briefing/')]}desk/articles/first-report/", timeout=15_000)
    expect(page.locator("h1")).to_contain_text("Envoys meet in Geneva")
