"""The Kenyan briefing's story page and article pages (FX42, 2026-12-07) in headless Chromium, on a 375 px phone and
on paper: no page is wider than the screen, the editor's note under its report and the article page's links to the
story's other reports are shown (not hidden, not cut) in both media, and the story's title carries no "LIVE:"."""
from __future__ import annotations

from pathlib import Path

from support.kenyabriefing import SITE
from support.sites import run_cli, write_site

WIDTH = 375


def test_story_and_article_pages_on_a_phone_and_in_print(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", SITE)
    built = run_cli(["build", "--quiet"], root)
    assert built.returncode == 0, built.stderr
    output = root / "output"
    page.set_viewport_size({"width": WIDTH, "height": 800})
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        page.goto((output / "stories/kobocash-outage/index.html").as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, media
        assert page.inner_text("h1") == "Mobile-money outage enters second day"
        asides = page.locator(".adds__aside")
        assert asides.count() == 2
        for k in range(2):
            box = asides.nth(k).bounding_box()
            assert asides.nth(k).is_visible() and box and box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, media
        assert "corrected on 12 May" in asides.nth(0).inner_text()
        for slug in ("taifa-live-outage", "paps-outage-agents", "reuters-outage-retold"):
            page.goto((output / f"articles/{slug}/index.html").as_uri())
            assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, (media, slug)
            others = page.locator(".story-link__others")
            assert others.is_visible(), (media, slug)
            box = others.bounding_box()
            assert box and box["x"] + box["width"] <= WIDTH, (media, slug)
            assert others.locator("a").count() >= 1
