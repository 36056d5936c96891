"""English plurals fold in the index by language (render/searchplural.py): kept up to date, an index equals a cold one.

A text's terms depend on its language now (2026-12-05): the site's `language:` (in the search
analysis's settings, so a change of it builds the index afresh) or a document's own (in its terms'
memo key: a note's text key is its HTML alone, and a note whose `language:` changed would keep the
terms of the other). Each edit below is applied to a kept index (`index_search` with its state and
memo, and a real `briefgen build` with its cache) and must give the files of a cold one.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.render import searchcodec as codec
from briefgen.render.searchindex import build_index, update_index
from briefgen.render.searchlayout import MANIFEST, chunk_path, read_chunk, read_shard, shard_of, shard_path
from briefgen.render.searchtext import search_analysis
from briefgen.site.searchdocs import SearchDocument, TextSource
from briefgen.speed.memo import Memo
from briefgen.speed.searchstate import index_search
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes

BUILD_TIME = dt.datetime.fromtimestamp(1_700_000_000, dt.timezone.utc)


def _lookup(files: dict[str, bytes], term: str) -> set[str]:
    """The URLs of the documents holding `term` (as search.js finds a whole word)."""
    manifest = json.loads(files[MANIFEST])
    prefix = shard_of(term, set(manifest["split"]))
    if prefix not in manifest["shards"]:
        return set()
    postings = read_shard(files[shard_path(prefix)]).get(term, "")
    return {read_chunk(files[chunk_path(p >> 2 >> manifest["chunkBits"])])[p >> 2][2] for p in codec.decode(postings)}


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _index(docs: list[SearchDocument], language: str, memo: Memo, folder: Path) -> dict[str, bytes]:
    found = index_search(docs, search_analysis(language), build_index, update_index, memo, folder, 1, _digest)
    files = {path: found.read(path) for path in found.digests}
    assert found.save() is None
    return files


HTML = {"0a1": "<p>The ferries sailed.</p>", "0b2": "<p>Les ferries restent à quai.</p>"}  # (keys: hex digits)


def _doc(url: str, key: str, language: str = "", kind: str = "article") -> SearchDocument:
    return SearchDocument(url, kind, "Port news", "2026-11-02", (), TextSource(key, HTML.__getitem__), language)


def test_a_kept_index_equals_a_cold_one_after_each_change_of_language(tmp_path: Path) -> None:
    steps = [  # (site language, documents): each a kept index's next build
        ("en", [_doc("a/", "0a1"), _doc("n/#x", "0b2", "fr", "note")]),
        ("en", [_doc("a/", "0a1"), _doc("n/#x", "0b2", "", "note")]),  # the note's language: only its front matter
        ("en", [_doc("a/", "0a1", "fr"), _doc("n/#x", "0b2", "", "note")]),
        ("fr", [_doc("a/", "0a1", ""), _doc("n/#x", "0b2", "", "note")]),  # the site's language: everything
        ("en-GB", [_doc("a/", "0a1", ""), _doc("n/#x", "0b2", "", "note")]),
    ]
    memo, kept = Memo(), tmp_path / "kept"
    kept.mkdir()
    seen = []
    for n, (site, docs) in enumerate(steps):
        files = _index(docs, site, memo, kept)
        cold = tmp_path / f"cold-{n}"
        cold.mkdir()
        assert files == _index(docs, site, Memo(), cold), n
        seen.append((_lookup(files, "ferry"), _lookup(files, "ferries")))
    assert seen == [({"a/"}, {"n/#x"}), ({"a/", "n/#x"}, set()), ({"n/#x"}, {"a/"}), (set(), {"a/", "n/#x"}),
                    ({"a/", "n/#x"}, set())]


SITE = dict(MINIMAL_SITE) | {
    "content/articles/halted.md": (
        "---\ntitle: Ferries halted by the strike\nsource: Island Courier\npublished: 2023-05-12\n---\n"
        "No sailings left the harbour as the crews walked out.\n"),
    "content/notes/ferries.md": (
        "---\ntitle: Les ferries\ndate: 2023-05-12\nkind: context\nlanguage: fr\n---\nLes ferries restent à quai.\n"),
}
EDITS = [
    ("content/articles/halted.md", "No sailings", "No ferry sailings"),
    ("content/articles/halted.md", "source: Island Courier\n", "source: Island Courier\nlanguage: fr\n"),
    ("content/notes/ferries.md", "language: fr\n", ""),  # its body unchanged
    ("content/articles/halted.md", "language: fr\n", "language: en-GB\n"),
    ("config.yaml", "title: Test Briefing\n", "title: Test Briefing\nlanguage: en-GB\n"),
]


def test_incremental_builds_equal_cold_builds_after_edits_of_plurals_and_languages(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", SITE)
    terms = []
    for step, (path, old, new) in enumerate([(None, "", ""), *EDITS]):
        if path is not None:
            text = (site / path).read_text(encoding="utf-8")
            assert old in text, (path, old)
            (site / path).write_text(text.replace(old, new, 1), encoding="utf-8")
        kept = build(site / "config.yaml", BuildOptions(jobs=1, build_time=BUILD_TIME))
        cold_root = tmp_path / f"cold-{step}"
        shutil.copytree(site, cold_root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
        cold = build(cold_root / "config.yaml", BuildOptions(jobs=1, build_time=BUILD_TIME))
        assert kept.ok and cold.ok, [str(d) for d in (*kept.diagnostics, *cold.diagnostics)]
        got, want = tree_bytes(kept.output_dir / "search"), tree_bytes(cold.output_dir / "search")
        assert got == want, (step, sorted(p for p in got.keys() | want.keys() if got.get(p) != want.get(p)))
        files = {f"search/{path}": data for path, data in got.items()}
        terms.append((sorted(_lookup(files, "ferry")), sorted(_lookup(files, "ferries"))))
    halted, note = "articles/halted/", "editions/2023-W19/#note-ferries"
    assert terms == [([halted], [note]), ([halted], [note]), ([halted], [halted, note]),  # French: as written
                     ([halted, note], [halted]), ([halted, note], []), ([halted, note], [])]



def test_a_site_whose_language_becomes_french_is_indexed_again_as_written(tmp_path: Path) -> None:
    """The build passes config.yaml's `language:` to the search analysis (publish.py, build.py, preview/quick.py),
    whose settings name it: until 2026-12-05 they named English for every site, so a site whose `language:` changed
    from en to fr kept its memoised English terms ("ferries" found only as "ferry") where a cold build had French ones."""
    site = write_site(tmp_path / "site", SITE)
    article = site / "content/articles/halted.md"
    article.write_text(article.read_text(encoding="utf-8").replace("No sailings", "No ferries", 1), encoding="utf-8")
    assert build(site / "config.yaml", BuildOptions(jobs=1, build_time=BUILD_TIME)).ok
    config = (site / "config.yaml").read_text(encoding="utf-8")
    (site / "config.yaml").write_text(config.replace("title: Test Briefing\n", "title: Test Briefing\nlanguage: fr\n", 1),
                                      encoding="utf-8")
    kept = build(site / "config.yaml", BuildOptions(jobs=1, build_time=BUILD_TIME))
    cold_root = tmp_path / "cold"
    shutil.copytree(site, cold_root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    cold = build(cold_root / "config.yaml", BuildOptions(jobs=1, build_time=BUILD_TIME))
    assert kept.ok and cold.ok
    files = {f"search/{path}": data for path, data in tree_bytes(kept.output_dir / "search").items()}
    assert "articles/halted/" in _lookup(files, "ferries")
    assert tree_bytes(kept.output_dir / "search") == tree_bytes(cold.output_dir / "search")
