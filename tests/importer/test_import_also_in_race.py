"""An editor's save while fetch adds `also_in:` to the same file is kept (BR12, 2026-12-06).

fetch read the article, made its front matter with the other outlet added, and replaced the file a few
milliseconds later without looking at it again: a save in that window was lost. Now the file is replaced only if it
still holds the bytes read (importer/alsoin.py, `articles.replace_if_unchanged`); else the editor's bytes stay and a
warning says what to add by hand. The save is injected where the race puts it — after fetch's read, before its
write — by saving the file when fetch's own front-matter edit returns; the feed is a local file, fetched in-process.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen.importer.alsoin as alsoin
from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import config_text, rss
from support.sites import write_site

LINK = "https://w.example/1"
ARTICLE = ("---\ntitle: Monitors deploy near the line\nsource: Example Outlet\npublished: 2026-11-06T11:00:00Z\n"
           f"url: {LINK}\n---\nMy summary.\n")
FEED = rss("Wire", [{"title": "Monitors deploy", "link": LINK, "guid": "w-1", "date": "Fri, 06 Nov 2026 09:00:00 GMT"}])


def _site(folder: str) -> Path:
    return write_site(Path(folder) / "site", {"config.yaml": config_text({"url": "feeds/w.xml", "source": "Wire Outlet"}),
                                              "feeds/w.xml": FEED, "content/articles/mine.md": ARTICLE})


@settings(max_examples=examples(10), deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs",)), min_size=1,
               max_size=40))
def test_a_save_between_fetchs_read_and_write_is_kept(saved: str) -> None:
    real = alsoin.front_edit
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        root = _site(folder)
        article = root / "content/articles/mine.md"
        edited = ARTICLE + saved + "\n"

        def edit_then_editor_saves(raw: bytes, key: str, value: object):  # type: ignore[no-untyped-def]
            made = real(raw, key, value)
            article.write_text(edited, encoding="utf-8")  # the editor's save, inside fetch's window
            return made

        patch.setattr(alsoin, "front_edit", edit_then_editor_saves)
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert article.read_text(encoding="utf-8") == edited  # (before: fetch's version, the save lost)
        warned = [d for d in result.diagnostics if "the file changed while fetch was adding" in d.message]
        assert len(warned) == 1 and warned[0].path == "content/articles/mine.md", result.diagnostics
        assert '`also_in: ["Wire Outlet"]`' in warned[0].message


def test_without_a_save_also_in_is_added() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _site(folder)
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        text = (root / "content/articles/mine.md").read_text(encoding="utf-8")
        assert "Wire Outlet" in text and "My summary." in text
        assert not [d for d in result.diagnostics if "changed while fetch" in d.message]
