"""Accessibility of the built pages, checked in headless Chromium: axe-core's rules, and what
axe cannot see (a phone-wide viewport, print).

One small site, built once and served under /briefing/ as it will be published. It has a
topic with a long title (its chip must wrap, not widen the page) and more than one page of
search results for "ceasefire" (so "More results" shows).
"""
from __future__ import annotations

from typing import Iterator

import pytest

from support.htmlcheck import require_axe
from support.sites import MINIMAL_SITE, published, run_cli, write_site

LONG_TOPIC = "Ceasefire, armistice and peace negotiations between the parties"
SITE = dict(MINIMAL_SITE) | {
    "config.yaml": MINIMAL_SITE["config.yaml"].replace("title: Ceasefire talks", f"title: {LONG_TOPIC}"),
} | {
    f"content/articles/round-{n}.md": (
        f"---\ntitle: Ceasefire round {n} ends in Geneva\nsource: Example Times\n"
        f"published: 2023-05-{n + 10:02d}\n---\nThe ceasefire talks of round {n} ended without a deal.\n")
    for n in range(1, 13)
}
PAGES = {  # page kind -> path under the site
    "front": "",
    "edition": "editions/",
    "topic": "topics/ceasefire-talks/",
    "article": "articles/round-1/",
    "search": "search/?q=ceasefire",
    "people": "people/",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("a11y")
    site = write_site(tmp_path / "site", SITE)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    with published(site / "output", tmp_path) as url:
        yield url


def load(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)  # waits for the load event: styles and scripts are in
    if "search/" in url:  # the results come from the index, fetched after load
        page.wait_for_selector(".search-more", state="attached")


def axe_violations(page, options: dict | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    page.add_script_tag(path=str(require_axe()))
    found = page.evaluate("options => axe.run(document, options).then(r => r.violations)", options or {})
    return [f"{v['id']}: {node['target']} {node['failureSummary']}" for v in found for node in v["nodes"]]


@pytest.mark.parametrize(("scheme", "media"), [("light", "screen"), ("dark", "screen"), ("dark", "print")])
def test_axe_finds_nothing_on_any_kind_of_page(browser, served: str, scheme: str, media: str) -> None:  # type: ignore[no-untyped-def]
    # A dark reader who prints gets the print colours: every colour the dark scheme sets must be
    # reset for paper (a search highlight once kept its dark background under black text). On
    # paper only colours change, so only contrast is checked there (axe costs ~0.5 s a page).
    options = {"runOnly": ["color-contrast"]} if media == "print" else None
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.emulate_media(media=media, color_scheme=scheme)
        problems = {}
        for kind, path in PAGES.items():
            load(page, served + path)
            if found := axe_violations(page, options):
                problems[kind] = found
        assert problems == {}
    finally:
        context.close()


def test_a_phone_wide_page_never_scrolls_sideways(page, served: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 360, "height": 740})
    wide = {}
    for kind, path in PAGES.items():
        load(page, served + path)
        widths = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        if widths[0] > widths[1]:
            wide[kind] = widths
    assert wide == {}, "wider than the screen (scrollWidth, innerWidth)"


def test_print_leaves_out_the_controls(page, served: str) -> None:  # type: ignore[no-untyped-def]
    page.emulate_media(media="print")
    shown = {}
    for kind, path in PAGES.items():
        load(page, served + path)
        controls = page.evaluate(
            "[...document.querySelectorAll('nav, form, input, button, select, .skip-link')]"
            ".filter(e => e.getClientRects().length).map(e => e.outerHTML.slice(0, 60))")
        if controls:
            shown[kind] = controls
    assert shown == {}, "controls on paper"


ORPHANS = """() => [...document.querySelectorAll('.meta__original, .original__link')].filter(link => {
  const arrow = link.querySelector('span[aria-hidden="true"]');
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  let last = null, node;
  while ((node = walker.nextNode()) && !arrow.contains(node)) {
    if (!node.parentElement.closest('.visually-hidden') && node.textContent.trim()) last = node;
  }
  const text = last.textContent.trimEnd(), range = document.createRange();
  range.setStart(last, text.length - 1);
  range.setEnd(last, text.length);
  return Math.abs(range.getBoundingClientRect().top - arrow.getBoundingClientRect().top) > 2;
}).length"""


def test_the_arrow_of_a_link_to_the_original_never_starts_a_line(page, served: str) -> None:  # type: ignore[no-untyped-def]
    """A new editor's phone screenshots showed "Original" and "Read the original at Wind Wire" with
    their ↗ alone on the next line: the space before it was a place to break."""
    orphaned = {}
    for kind, path in (("topic", PAGES["topic"]), ("article", "articles/first-report/")):
        page.set_viewport_size({"width": 600, "height": 740})
        load(page, served + path)
        assert page.evaluate("document.querySelectorAll('.meta__original, .original__link').length") > 0, kind
        for width in range(280, 520, 3):
            page.set_viewport_size({"width": width, "height": 740})
            if page.evaluate(ORPHANS):
                orphaned.setdefault(kind, []).append(width)
    assert orphaned == {}, "widths at which the ↗ starts a line"
