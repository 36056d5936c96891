"""A correction note that is a draft marks no article corrected, in `build` or in `build --drafts`.

Reported: under `build --drafts` a `kind: correction` note with `draft: true` marked the published article it names
"Corrected" on every listing (cards, sources, editions, topic pages and feeds, the digest) and on its page, while a
plain `build` does not show the note: the preview promised a correction the site would not publish. site/assemble.py
counted every correction note it was given; now a draft one marks nothing (docs/reference.md, "Editor notes in full"): `--drafts` shows
the note itself, with its Draft badge, among the article's notes, and no page says "corrected".
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE

NOTE = """---
title: Correction of the meeting's day
date: 2023-05-12
kind: correction
articles: [first-report]
{draft}---
An earlier summary gave the wrong day for the meeting.
"""
ARTICLE_PAGE = "articles/first-report/index.html"
MARK = re.compile(r"\bcorrected\b", re.I)  # "Corrected" badges and disclosure, ", corrected", "(corrected)"


def _built(root: Path, draft: bool, drafts: bool) -> dict[str, str]:
    """Every page and feed of the minimal site plus the correction note, by path in output/."""
    files = dict(MINIMAL_SITE, **{"content/notes/fix.md": NOTE.format(draft="draft: true\n" if draft else "")})
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0, drafts=drafts,
                                                     build_time=dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)))
    assert result.ok, result.diagnostics
    return {str(f.relative_to(result.output_dir)): f.read_text(encoding="utf-8")
            for f in sorted(result.output_dir.rglob("*")) if f.suffix in (".html", ".xml")}


@pytest.mark.parametrize("drafts", [False, True])
def test_a_draft_correction_marks_no_listing(tmp_path: Path, drafts: bool) -> None:
    pages = _built(tmp_path, draft=True, drafts=drafts)
    marked = [path for path, text in pages.items() if MARK.search(text) and path != ARTICLE_PAGE]
    assert marked == [], marked
    article = pages[ARTICLE_PAGE]
    assert ("Correction of the meeting" in article) == drafts  # the note itself: shown by --drafts only
    if drafts:
        assert re.search(r'note__kind">Correction</span>.*?badge--draft">Draft<', article, re.S), article
    else:
        assert not MARK.search(article)


def test_a_draft_correction_does_not_mark_its_article_page(tmp_path: Path) -> None:
    """Neither the page's "Corrected." disclosure nor its JSON-LD (`correction`, `dateModified`) nor the sitemap's
    lastmod counts a draft correction (theme article.html, render/jsonld.py, render/machine.py)."""
    pages = _built(tmp_path, draft=True, drafts=True)
    article = pages[ARTICLE_PAGE]
    assert "disclosure--correction" not in article
    assert '"correction"' not in article and '"dateModified"' not in article
    assert "2023-05-12" not in pages["sitemap.xml"]


def test_a_published_correction_still_marks_them(tmp_path: Path) -> None:
    """The same note without `draft:` marks the article in every place, in both builds."""
    for drafts in (False, True):
        pages = _built(tmp_path / str(drafts), draft=False, drafts=drafts)
        for path in (ARTICLE_PAGE, "index.html", "sources/example-times/index.html", "topics/ceasefire-talks/index.html",
                     "topics/ceasefire-talks/feed.xml", "editions/2023-W19/index.html"):
            assert MARK.search(pages[path]), (drafts, path)
