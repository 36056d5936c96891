"""A correction reaches every page where the words it corrects are read (docs/reference.md, "Editor notes in full").

Reported (a trial, 2026-12-04): a correction naming one article (`kind: correction`, `articles: [x]`, no
`topics:`) was on that article's page, its edition and the digest feed, but not on the story page that quotes
the corrected sentence beside the other reports, nor on the topic page and topic feed listing the article:
their readers never learned of it. Now a story page shows the notes of any of its reports, and a correction with
no `topics:` is shown under its articles' topics (another kind of note without topics stays where it was).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import feedparser
import pytest

from briefgen.build import BuildOptions, build
from support.htmlcheck import require_vnu, validate_html
from support.trees import copy_sample

OPTIONS = BuildOptions(jobs=1, lock_wait=0, build_time=dt.datetime(2023, 11, 14, tzinfo=dt.timezone.utc))
NOTE = """---
title: "Correction: the Moscow Times item's date"
date: 2023-05-02
kind: {kind}
articles: [moscow-times-wsj-china-talks]
---
An earlier version of our summary gave the wrong day for the Moscow Times item.
"""


def topics_of(out: Path, slug: str) -> list[str]:
    """The topics the built article page shows (its chips: explicit `topics:` or keywords)."""
    page = (out / f"articles/{slug}/index.html").read_text(encoding="utf-8")
    found = sorted(set(re.findall(r'href="\.\./\.\./topics/([a-z0-9-]+)/"', page)))
    assert found, page
    return found


@pytest.mark.parametrize("kind", ["correction", "context"])
def test_a_correction_of_one_report_reaches_its_story_and_its_topics(tmp_path: Path, kind: str) -> None:
    site = copy_sample(tmp_path / "site")
    (site / "content/notes/moscow-times-date.md").write_text(NOTE.format(kind=kind), encoding="utf-8")
    result = build(site / "config.yaml", OPTIONS)
    assert result.ok, result.diagnostics
    out = result.output_dir
    story = (out / "stories/wsj-china-role-ending-war/index.html").read_text(encoding="utf-8")
    assert "Correction: the Moscow Times item" in story and "notes-title" in story
    for topic in topics_of(out, "moscow-times-wsj-china-talks"):
        page = (out / f"topics/{topic}/index.html").read_text(encoding="utf-8")
        feed = feedparser.parse((out / f"topics/{topic}/feed.xml").read_bytes())
        titles = [e.title for e in feed.entries]
        shown = any("Moscow Times item" in t for t in titles)
        assert shown == (kind == "correction"), (topic, titles)
        assert ("Moscow Times item" in page) == (kind == "correction"), topic
    require_vnu()
    assert validate_html([out / "stories/wsj-china-role-ending-war/index.html"]) == []


@pytest.mark.parametrize("kind", ["correction", "context"])
def test_an_article_page_says_it_was_corrected_before_its_body(tmp_path: Path, kind: str) -> None:
    """Reported (a tram trial, 2026-12-04): the reader read "€410 million" first; the correction came after the body
    and "Read the original". A correction is now named above the body, linking to the notes; other notes are not."""
    site = copy_sample(tmp_path / "site")
    (site / "content/notes/moscow-times-date.md").write_text(NOTE.format(kind=kind), encoding="utf-8")
    result = build(site / "config.yaml", OPTIONS)
    assert result.ok, result.diagnostics
    path = result.output_dir / "articles/moscow-times-wsj-china-talks/index.html"
    page = path.read_text(encoding="utf-8")
    said = re.search(r'<p class="disclosure disclosure--correction">.*?</p>', page)
    assert said is not None  # (the sample's week-17 correction names this article too)
    assert said.start() < page.index("story__body") < page.index('id="notes-title"')
    assert "The editors corrected this article" in said.group() and 'href="#notes-title"' in said.group()
    assert ("Moscow Times item" in said.group() or "1 more" in said.group()) == (kind == "correction"), said.group()
    require_vnu()
    assert validate_html([path]) == []


def test_listings_mark_each_corrected_article(tmp_path: Path) -> None:
    """Reported (an editor's trial, 2026-12-04): the corrected article said "at least six" on topic pages, editions
    and the sources' pages with no mark, where its own page said "Corrected.". Every listing marks each article a
    correction names — the story card's lead with a "Corrected" badge linking to its notes, the other reports with
    "(corrected)" — and no other article."""
    site = copy_sample(tmp_path / "site")
    for note in (site / "content/notes").glob("*.md"):  # (only this test's correction)
        if "kind: correction" in note.read_text(encoding="utf-8"):
            note.unlink()
    (site / "content/notes/moscow-times-date.md").write_text(NOTE.format(kind="correction"), encoding="utf-8")
    result = build(site / "config.yaml", OPTIONS)
    assert result.ok, result.diagnostics
    out = result.output_dir
    pages = [out / "index.html", *out.glob("editions/*/index.html"), *out.glob("topics/*/index.html"),
             *out.glob("sources/*/index.html")]
    marked: set[str] = set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        marked |= set(re.findall(r'<a class="badge badge--corrected" href="(?:\.\./)*articles/([^/]+)/#notes-title"', text))
        marked |= set(re.findall(r'<a href="(?:\.\./)*articles/([^/]+)/">(?:<bdi>)?[^<]*(?:</bdi>)?</a> \((?:AI-assisted, )?'
                                 r'corrected\)', text))
    assert marked == {"moscow-times-wsj-china-talks"}, marked
    require_vnu()
    assert validate_html([out / "sources/the-moscow-times/index.html", out / "editions/2023-W17/index.html"]) == []
