"""A validated document is remembered by every part of the config it was checked against.

speed/stages keys the memo of validated articles and notes (namespace "valid") by the file's
revision and `load.documents.document_settings(config)`. The key once left out the briefing's
`language:`, which `make_article` reads (an article's `language:` equal to it is dropped): an
article marked `language: fr` kept `lang="fr"` in the feeds and search index of a briefing
switched to `language: fr`, unlike a cold build, until the article itself changed. Found by
tests/speed/test_edit_sequences.py's kind of sequence, shrunk to this.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.load import documents
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes

FRENCH = "---\ntitle: Les diplomates se retrouvent\nsource: Le Monde\npublished: 2023-05-12\nlanguage: fr\n---\nUn cessez-le-feu.\n"


def built(root: Path) -> dict[str, bytes]:
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    return tree_bytes(result.output_dir)


def test_changing_the_briefings_language_validates_articles_again(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/french.md": FRENCH})
    assert b'lang="fr"' in built(site)["feed.xml"]  # an English briefing marks the French article
    config = site / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("title: Test Briefing\n",
                                                                 "title: Test Briefing\nlanguage: fr\n"))
    incremental = built(site)
    shutil.copytree(site, tmp_path / "cold", ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    cold = built(tmp_path / "cold")
    assert b'lang="fr"' not in cold["feed.xml"]  # a French briefing does not
    assert incremental == cold


def test_documents_read_no_part_of_the_config_that_their_memo_key_leaves_out() -> None:
    """`make_document` and its helpers read `config.<part>` only for the parts `document_settings`
    names (`tz` is made from `timezone`); a new read must be added there too."""
    source = Path(documents.__file__).read_text(encoding="utf-8")
    read = set(re.findall(r"\bconfig\.(?!ya?ml\b)([a-z_]+)\b", source))
    assert read <= {"timezone", "tz", "topic_ids", "sources", "language"}, read
