"""Hundreds of topics are told (a hostile trial, 2026-12-04: 3,000 topics and two articles made a 735 MB site, every
page ~200 KB of navigation, without a word). Above `MANY_TOPICS` a warning at the `topics:` line says what each page
carries; the ~70 bytes a topic it uses is measured here on the built pages."""
from __future__ import annotations

from pathlib import Path

from support.sites import run_cli, write_site

from briefgen.load.config import MANY_TOPICS

ARTICLE = "---\ntitle: Talks resume\nsource: Example Outlet\npublished: 2026-11-20\ntopics: [t1]\n---\nText.\n"


def site_with(root: Path, count: int) -> Path:
    topics = "".join(f"  - id: t{i}\n    title: Topic number {i}\n" for i in range(1, count + 1))
    return write_site(root, {"config.yaml": f"title: T\nbase_url: https://example.org/\ntopics:\n{topics}",
                             "content/articles/a.md": ARTICLE})


def test_many_topics_are_told_at_the_topics_line_with_what_a_page_carries(tmp_path: Path) -> None:
    few = run_cli(["build", "--quiet"], site_with(tmp_path / "few", MANY_TOPICS))
    assert few.returncode == 0 and "topics:" not in few.stderr, few.stderr
    many = site_with(tmp_path / "many", MANY_TOPICS * 3)
    built = run_cli(["build"], many)
    assert built.returncode == 0, built.stderr
    assert f"config.yaml:3: warning: {MANY_TOPICS * 3:,} topics: every page's navigation lists each of them" in built.stderr
    few_page = (tmp_path / "few/output/articles/a/index.html").stat().st_size
    many_page = (many / "output/articles/a/index.html").stat().st_size
    per_topic = (many_page - few_page) / (MANY_TOPICS * 2)
    assert 40 < per_topic < 110, per_topic  # (the warning's ~70 bytes a topic)
