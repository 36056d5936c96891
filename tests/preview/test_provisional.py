"""`serve`'s first build: an article's page is readable at once, made from its file alone and marked so.

The first build is held back by holding the project lock (as in test_startup.py), so the
provisional pages can be looked at for as long as the test likes: their content (the
file as it is now, edited or not), their HTML, their stylesheet, what is never made into
one (drafts, unknown slugs, anything outside the site), the waiting page's list of recent
articles, and a real browser left on one until the site's own page replaces it.
"""
from __future__ import annotations

import os
import re
import signal
from pathlib import Path
from urllib.parse import urljoin

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, gather
from briefgen.preview.provisional import Provisional
from support.htmlcheck import validate_html
from support.examples import examples
from test_preview import SITE, TIMEOUT, fetch, served_url, start_cli
from test_startup import held, until, waiting_url

DRAFT = """\
---
title: A draft about the talks
source: Example Post
published: 2023-05-13T10:00:00+02:00
draft: true
---
Not for readers yet.
"""


@pytest.fixture
def site(site_factory) -> Path:
    root = site_factory({**SITE, "content/articles/draft-report.md": DRAFT})
    for n, name in enumerate(("second-report", "draft-report", "first-report")):  # first-report changed last
        os.utime(root / "content/articles" / f"{name}.md", (1_700_000_000 + n, 1_700_000_000 + n))
    return root


def _stop(process) -> str:
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=TIMEOUT)
    return err


def test_an_article_is_readable_at_once_made_from_its_file_as_it_is_now(site: Path, tmp_path: Path) -> None:
    article = site / "content/articles/first-report.md"
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            status, headers, body = fetch(url + "articles/first-report/")
            assert status == 200 and headers["cache-control"] == "no-store"
            assert headers["content-type"] == "text/html; charset=utf-8"
            assert "Provisional preview" in body and '<meta http-equiv="refresh" content="3">' in body
            assert "Envoys meet in Geneva" in body and "Diplomats from several countries" in body
            assert "Why the Geneva meeting matters" not in body  # (its note: only the whole site has it)
            page = tmp_path / "provisional.html"
            page.write_text(body)
            assert validate_html([page]) == []
            progress = re.compile(r"is done \([^)]*\)")  # (the build's progress line may move on between two answers)
            assert progress.sub("", fetch(url + "articles/first-report/index.html")[2]) == progress.sub("", body)
            # its stylesheet, byte for byte the file the build will copy
            sheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', body)
            assert sheet, body[:500]
            status, headers, css = fetch(urljoin(url + "articles/first-report/", sheet.group(1)))
            assert status == 200 and headers["content-type"] == "text/css; charset=utf-8" and "{" in css
            # an edit while the build waits: the next answer shows it
            article.write_text(article.read_text().replace("several countries", "eleven countries"))
            body = fetch(url + "articles/first-report/")[2]
            assert "Diplomats from eleven countries" in body and "several countries" not in body
        except BaseException:
            process.kill()
            raise
    try:
        assert served_url(process) == url
        status, _, body = fetch(url + "articles/first-report/")
        assert status == 200 and "Provisional preview" not in body and "Diplomats from eleven countries" in body
        assert "Traceback" not in _stop(process)
    finally:
        process.kill() if process.poll() is None else None


def test_the_waiting_page_lists_the_articles_changed_last(site: Path, tmp_path: Path) -> None:
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            until(lambda: "Changed most recently" in fetch(url)[2], "the waiting page never listed recent articles")
            status, _, body = fetch(url)
            assert status == 503
            links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a> \(([^<]+)\)</li>', body)
            # with its outlet: re-tellings of one report often share its headline (a new editor's list
            # showed one title three times, three links alike)
            assert links == [("/briefing/articles/first-report/", "Envoys meet in Geneva to discuss a ceasefire",
                              "Example Times"),
                             ("/briefing/articles/second-report/", "Foreign ministers discuss a truce in Brussels",
                              "Example Post")]
            page = tmp_path / "waiting.html"
            page.write_text(body)
            assert validate_html([page]) == []
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


@pytest.mark.parametrize("target", [
    "articles/draft-report/",  # a draft: not published without --drafts
    "articles/no-such-report/",
    "articles/First-Report/",  # not a slug
    "articles/first-report/extra/",
    "articles/%2e%2e/config.yaml",
    "config.yaml",  # the project's files are not the site's
    "content/articles/first-report.md",
    "topics/ceasefire-talks/",  # a page of the whole site: only the build makes it
])
def test_nothing_the_build_would_not_publish_is_answered_provisionally(site: Path, tmp_path: Path,
                                                                       target: str) -> None:
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            status, _, body = fetch(url + target)
            assert status in (400, 503) and "Provisional preview" not in body and "Not for readers" not in body
            assert fetch(url + "articles/first-report/")[0] == 200  # (while an article's page is)
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


def test_drafts_are_provisional_pages_with_the_drafts_option(site: Path, tmp_path: Path) -> None:
    with held(site):
        process = start_cli(site, "--drafts", tmpdir=tmp_path)
        try:
            status, _, body = fetch(waiting_url(process) + "articles/draft-report/")
            assert status == 200 and "Not for readers yet." in body
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.text(st.sampled_from("abcs./%-_~") | st.characters(codec="utf-8"), max_size=40)
       | st.sampled_from(["assets/style.css", "assets/../assets/style.css", "/etc/passwd", "../config.yaml",
                          "config.yaml", ".briefgen-cache/files.pickle", "assets/", ""]))
def test_only_the_sites_static_files_are_served_as_the_build_copies_them(site: Path, path: str) -> None:
    inputs, _ = gather(site / "config.yaml", BuildOptions())
    assert inputs is not None and "assets/style.css" in inputs.static
    data = Provisional(site / "config.yaml").static(path)
    assert data is None or (path in inputs.static and data == inputs.static[path].read_bytes())


def test_a_tab_on_a_provisional_page_turns_into_the_sites_page(site: Path, tmp_path: Path, page) -> None:
    from playwright.sync_api import expect

    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            page.goto(url + "articles/first-report/")
            expect(page.get_by_role("status")).to_contain_text("Provisional preview")
            expect(page.locator("h1").first).to_contain_text("Envoys meet in Geneva")
        except BaseException:
            process.kill()
            raise
    try:  # no navigation by the test from here: the page's own refresh brings the site's page
        expect(page.get_by_text("Why the Geneva meeting matters").first).to_be_visible(timeout=TIMEOUT * 1000)
        expect(page.get_by_text("Provisional preview")).to_have_count(0)
        assert page.url == url + "articles/first-report/"
        _stop(process)
    finally:
        process.kill() if process.poll() is None else None
