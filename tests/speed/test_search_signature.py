"""The search state reads a document back from its signature (`searchstate._unsigned`).

Found by tests/analyse/test_via_outlets.py after an article's `language:` joined the signature:
`_unsigned` still split it into the old fields, took the language ("") for the text key, and the
next build after an edit failed with "unexpected error: ValueError: invalid literal for int() with
base 16: ''". The two must stay each other's inverse, and an incremental build after an edit of
an article in its own language must equal a cold build.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.site.searchdocs import SearchDocument
from briefgen.speed.searchstate import _unsigned, signature
from support.sites import MINIMAL_SITE, remove_cache, write_site
from support.trees import tree_bytes

TEXT = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)), max_size=12)


@given(st.sampled_from(["article", "note", "person", "story"]), TEXT, st.sampled_from(["", "ja", "zh-CN", "ar"]),
       TEXT, st.lists(TEXT, max_size=3), st.sampled_from(["0123456789abcdef0123456789abcdef", "k"]))
@example("article", "2023-05-09", "ja", "日中両政府が対話を再開", ["朝日新聞", "Asie"], "0123456789abcdef0123456789abcdef")
def test_a_signature_gives_back_its_document(kind: str, date: str, language: str, title: str, meta: list[str],
                                             key: str) -> None:
    doc = SearchDocument("articles/x/", kind, title, date, tuple(meta), "", language)
    assert _unsigned(doc.url, signature(doc, key)) == (doc, key)


def test_an_edit_beside_an_article_in_its_own_language_builds_as_a_cold_build(tmp_path: Path) -> None:
    japanese = "---\ntitle: 東京で対話\nsource: Asahi\npublished: 2023-05-09\nlanguage: ja\n---\n東京で対話が再開した。\n"
    site = write_site(tmp_path / "site", dict(MINIMAL_SITE) | {"content/articles/tokyo.md": japanese})
    assert build(site / "config.yaml", BuildOptions(jobs=1, lock_wait=0)).ok
    first = site / "content/articles/first-report.md"
    first.write_text(first.read_text() + "\nThe envoys meet again on Friday.\n")
    incremental = build(site / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert incremental.ok, [str(d) for d in incremental.diagnostics]
    warm = tree_bytes(site / "output")
    remove_cache(site)
    shutil.rmtree(site / "output")
    assert build(site / "config.yaml", BuildOptions(jobs=1, lock_wait=0)).ok
    assert tree_bytes(site / "output") == warm
