"""`briefgen fetch` writes no file through a link out of the project.

A project (shared, or downloaded to try) whose `content/articles` (or `content`) is a symlink
to a folder elsewhere — `/tmp/victim`, a folder of the editor's home — had fetch write every
new entry of a feed there, named and filled by the feed, although `build` refuses that very
link (load/files.py). `review accept|reject` edited files there too. Both now stop with the
build's diagnostic at the link, unless the folder is listed under `allow_symlinks_to:`.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import ExitStack
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.importer.fetch import articles_lock
from support.importing import articles, config_text, fetch, rss
from support.sites import run_cli, write_site
from support.examples import examples


def _feed(folder: Path) -> Path:
    feed = folder / "feed.xml"
    feed.write_text(rss("Outlet", [{"title": "Ceasefire talks resume", "link": "https://outlet.example/a",
                                    "guid": "a", "date": "Tue, 09 May 2023 09:00:00 +0000",
                                    "html": "<p>Ceasefire talks resumed in Geneva.</p>"}]))
    return feed


@settings(max_examples=examples(40), deadline=None)
@given(linked=st.sampled_from(["content", "content/articles"]),
       target=st.sampled_from(["outside", "outside/deeper", "shared", ".hidden", "shared/.cache"]),
       allow=st.booleans())
def test_fetch_takes_the_articles_folder_only_where_the_build_reads(linked: str, target: str, allow: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="sec6-") as tmp:
        base = Path(tmp)
        root = base / "project"
        where = (base if target.startswith("outside") else root) / target
        where.mkdir(parents=True)
        (root / linked).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(where, root / linked)
        allowed = (str(where),) if allow and target.startswith("outside") else ()
        with ExitStack() as held:
            trouble = articles_lock(held, root, "config.yaml", "briefgen fetch", 0, None, allowed)
        refused = target.startswith("outside") and not allow or "." in target
        assert (trouble is not None) == refused, (linked, target, allow, trouble)
        if refused:
            assert trouble.path == linked and trouble.severity == "error"
            assert "nothing was written there by briefgen fetch" in trouble.message
            assert list(where.iterdir()) == []  # not even content/articles/ made in it


def test_a_feed_is_not_written_through_a_link_out_of_the_project(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    root = write_site(tmp_path / "site", {"config.yaml": config_text(str(_feed(tmp_path)))})
    (root / "content").mkdir()
    os.symlink(victim, root / "content/articles")
    result = fetch(root)
    assert result.returncode == 1
    assert (f"content/articles: symlink to {victim}, which is outside the project" in result.stderr
            and "nothing was written there by briefgen fetch" in result.stderr), result.stderr
    assert list(victim.iterdir()) == []
    review = run_cli(["review", "accept", "--all"], root)
    assert review.returncode == 1 and "nothing was written there by briefgen review accept" in review.stderr
    config = root / "config.yaml"
    config.write_text(config.read_text() + f"allow_symlinks_to: [{victim}]\n")
    assert fetch(root).returncode == 0
    assert list(articles(root)) == ["ceasefire-talks-resume.md"]
    assert [p.name for p in victim.iterdir()] == ["ceasefire-talks-resume.md"]
