"""A rebuild that fails before its page fingerprints are in leaves no forked child working.

publish forks a child to fingerprint pages while it renders the feeds and the search index
(speed.parallel.shared_in_background). A failing feed template used to return the error
while the child went on fingerprinting every page (review of c108fc1); any exception on
that stretch did the same. Fingerprints are slowed down here so that the child is sure to
be working when the failure comes.
"""
from __future__ import annotations

import multiprocessing
import shutil
import time
from pathlib import Path

import pytest

import briefgen.speed.fingerprint as fingerprint
from briefgen.build import BuildOptions, build
from briefgen.speed.parallel import can_fork
from support.sites import REPO_ROOT


@pytest.mark.parametrize("template", ["{{ 1 // 0 }}\n", "{% for x in %}\n"])
def test_a_failed_rebuild_leaves_no_fingerprint_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      template: str) -> None:
    if not can_fork():
        pytest.skip("no fork here")
    shutil.copy(REPO_ROOT / "config.yaml", tmp_path)
    shutil.copytree(REPO_ROOT / "content", tmp_path / "content")
    assert build(tmp_path / "config.yaml", BuildOptions(jobs=2)).ok
    article = tmp_path / "content/articles/wsj-china-role-ending-war.md"
    article.write_text(article.read_text() + "\nOne more sentence.\n")
    (tmp_path / "templates/feeds").mkdir(parents=True)
    (tmp_path / "templates/feeds/article.html").write_text(template)
    page = fingerprint.Fingerprinter.page
    monkeypatch.setattr(fingerprint.Fingerprinter, "page", lambda self, p: time.sleep(0.02) or page(self, p))
    result = build(tmp_path / "config.yaml", BuildOptions(jobs=2))
    assert not result.ok
    alive = multiprocessing.active_children()
    for child in alive:
        child.terminate()
    assert alive == []
