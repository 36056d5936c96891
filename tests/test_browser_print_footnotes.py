"""On paper: a footnote's back-link (↩) is not printed; an external link prints its address and a
link to the briefing's own pages prints none, in a body and in a note alike (README, "Printing").

A reader/standards trial printed "↩" after each footnote, and saw addresses after external links
but none after "See the rolling cuts schedule" without a word of why.
"""
from __future__ import annotations

from pathlib import Path

from support.sites import MINIMAL_SITE, published, run_cli, write_site

SITE = dict(MINIMAL_SITE) | {
    "content/articles/memo.md": (
        "---\ntitle: Substation memos\nsource: Gridwatch\npublished: 2023-05-09\n---\n"
        "The memos were leaked[^1]. See the [schedule](../../articles/memo/) and "
        "[the regulator](https://regulator.example.org/x).\n\n[^1]: Seen by the newsletter.\n"),
}
AFTER = "(a) => getComputedStyle(a, '::after').content"


def test_print_hides_the_footnote_back_link_and_prints_only_external_addresses(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path / "site", SITE)
    assert run_cli(["build", "-q"], cwd=site).returncode == 0
    with published(site / "output", tmp_path) as url:
        page.goto(url + "articles/memo/")
        page.emulate_media(media="print")
        backrefs = page.locator(".footnote-backref")
        assert backrefs.count() >= 1 and not any(backrefs.nth(i).is_visible() for i in range(backrefs.count()))
        assert page.locator(".footnote-ref").first.is_visible()
        body = page.locator(".story__body")
        assert body.locator('a[href^="https://regulator"]').evaluate(AFTER) == '" <" attr(href) ">"' or \
            "regulator.example.org" in body.locator('a[href^="https://regulator"]').evaluate(AFTER)
        assert body.locator('a[href*="articles/memo"]').evaluate(AFTER) in ("none", "normal")
        page.emulate_media(media="screen")
        assert backrefs.first.is_visible()
