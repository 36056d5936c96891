"""Live reload in a real headless Chromium: the page follows the files by itself.

The test never reloads or navigates after the first load: every change seen
in the page comes from the injected reload script reacting to the server.
"""
from __future__ import annotations



from briefgen.preview.command import Preview
from support.previews import save
from support.sites import MINIMAL_SITE

ARTICLE = "content/articles/first-report.md"
TEXT = MINIMAL_SITE[ARTICLE]
WAIT_MS = 15_000


def test_page_follows_edits_and_shows_build_errors(preview: Preview, page) -> None:
    from playwright.sync_api import expect

    article = preview.root / ARTICLE
    page.goto(preview.url + "articles/first-report/")
    body = page.locator("main")
    expect(body).to_contain_text("officials said")
    overlay = page.locator("#briefgen-overlay")
    expect(overlay).to_have_count(0)

    save(article, TEXT.replace("officials said", "a spokesperson confirmed"))
    expect(body).to_contain_text("a spokesperson confirmed", timeout=WAIT_MS)

    save(article, TEXT.replace("title: Envoys", "title: [Envoys"))  # unclosed flow sequence
    expect(overlay).to_be_visible(timeout=WAIT_MS)
    expect(overlay).to_contain_text("content/articles/first-report.md:")
    expect(body).to_contain_text("a spokesperson confirmed")  # the last good page stays

    # A tab opened while the build is failing shows the overlay too.
    second = page.context.new_page()
    second.goto(preview.url)
    expect(second.locator("#briefgen-overlay")).to_be_visible()
    second.close()

    save(article, TEXT.replace("officials said", "the ministry said"))
    expect(overlay).to_have_count(0, timeout=WAIT_MS)
    expect(body).to_contain_text("the ministry said")


def test_hide_button_dismisses_the_overlay(preview: Preview, page) -> None:
    from playwright.sync_api import expect

    page.goto(preview.url)
    save(preview.root / ARTICLE, TEXT.replace("title: Envoys", "title: [Envoys"))
    overlay = page.locator("#briefgen-overlay")
    expect(overlay).to_be_visible(timeout=WAIT_MS)
    page.get_by_role("button", name="Hide").click()
    expect(overlay).to_be_hidden()
