"""A link in the place of a file the build writes in its cache is replaced, never written through.

Trials: `.briefgen-cache/holder` (who holds the project lock) made a link to an article: the
build wrote its JSON into the article (`{"pid": ...}`, the editor's text gone), and the same
for `fetch-holder`; `output-*/search.sqlite` a link to an empty file of the editor's: SQLite
made it a database, and a static file became one in the published site. Files the build
writes whole are written beside their place and renamed over it (output/lock.py), and the
search database's links are removed before it is opened (speed/searchstate.py); what a link
led to is left alone.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.output.lock import output_lock, project_lock
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

ARTICLE = "content/articles/first-report.md"
TARGETS = {"an article": ARTICLE, "an empty static file": "static/empty.txt", "a file outside the project": "../notes.txt"}
PLACES = ["holder", "search.sqlite", "search.sqlite-wal"]


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@settings(max_examples=examples(1), deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(PLACES), target=st.sampled_from(sorted(TARGETS)), relative=st.booleans())
@example(place="holder", target="an article", relative=True)
@example(place="search.sqlite", target="an empty static file", relative=False)
def test_a_link_in_the_cache_never_leads_a_write_into_the_editors_files(
        tmp_path_factory, place: str, target: str, relative: bool) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("trial") / "site", {**MINIMAL_SITE, "static/empty.txt": ""})
    (root.parent / "notes.txt").write_text("the editor's own notes\n")
    build_here(root)
    (state,) = root.glob(".briefgen-cache/output-*")
    link = root / ".briefgen-cache" / place if place == "holder" else state / place
    led_to = (root / TARGETS[target]).resolve()
    before = led_to.read_bytes()
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(led_to, link.parent) if relative else led_to)
    (root / ARTICLE).write_text((root / ARTICLE).read_text() + "\nTalks resume in June.\n")  # a build that writes
    before = (root / ARTICLE).read_bytes() if led_to == (root / ARTICLE).resolve() else before

    build_here(root)
    assert led_to.read_bytes() == before
    assert (root / "output" / "empty.txt").read_bytes() == b""


def test_the_fetch_lock_holder_file_is_replaced_not_written_through(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("---\ntitle: Mine\n---\nThe editor's words.\n")
    holder = tmp_path / "fetch-holder"
    holder.symlink_to(article)
    with project_lock(tmp_path, holder, "briefgen fetch", 0, what="fetch"):
        assert "briefgen fetch" in holder.read_text() and not holder.is_symlink()
    assert article.read_text() == "---\ntitle: Mine\n---\nThe editor's words.\n"
    assert not os.path.lexists(holder) and tree_bytes(tmp_path).keys() == {"article.md"}


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link>
<description>d</description><item><title>Talks resume in Geneva</title><link>https://w.example/a</link><guid>a1</guid>
<pubDate>Wed, 10 May 2023 09:00:00 +0000</pubDate><description>Talks resumed.</description></item></channel></rss>
"""


@settings(max_examples=examples(8), deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(["content", "content/articles", "static", "templates", ".", "content/notes"]))
@example(target="content")
def test_a_cache_that_leads_among_the_inputs_is_not_written(tmp_path_factory, target: str) -> None:  # type: ignore[no-untyped-def]
    """Reported (a hostile trial, 2026-12-04): with `ln -s content .briefgen-cache` the build wrote its index, memo,
    spare site and compiled templates into content/, without a word. Now the build warns and keeps no cache (its
    output is the same), and fetch refuses with an error, before it imports anything. A re-test the same day: the
    lock's `holder` file was still written there while the build ran, and a cache leading to static/ or the project
    dropped every static file as "in a folder the build writes"."""
    root = write_site(tmp_path_factory.mktemp("cache") / "site", {
        **MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + "feeds:\n  - url: feeds/wire.xml\n    source: Wire\n",
        "feeds/wire.xml": FEED, "static/chart.txt": "chart", "templates/partials/.keep": ""})
    def inputs() -> set[str]:
        return {p.relative_to(root).as_posix() for folder in ("content", "static", "templates")
                for p in (root / folder).rglob("*")}

    before = inputs()
    (root / ".briefgen-cache").symlink_to(target)
    seen_while_locked: list[set[str]] = []
    released = threading.Event()

    def waiting(message: str) -> None:  # the build holds the project lock and waits for the output lock
        seen_while_locked.append(inputs())
        released.set()

    with output_lock(root / "output", "a test", root, 0):  # (the build writes who holds its lock meanwhile)
        done: list[object] = []
        builder = threading.Thread(target=lambda: done.append(build(root / "config.yaml", BuildOptions(
            jobs=1, lock_wait=30, progress=waiting))))
        builder.start()
        assert released.wait(30)
    builder.join(60)
    (result,) = done
    assert result.ok, [str(d) for d in result.diagnostics]  # type: ignore[attr-defined]
    assert [d for d in result.diagnostics if "among the project's inputs" in d.message]  # type: ignore[attr-defined]
    assert seen_while_locked == [before], sorted(seen_while_locked[0] - before)  # (a re-test: a `holder` file)
    assert inputs() == before, sorted(inputs() - before)
    assert (root / "output/chart.txt").read_text() == "chart"  # (a re-test: static/ was dropped as the cache's)
    fetched = run_cli(["fetch"], root)
    assert fetched.returncode == 1 and "among the project's inputs" in fetched.stderr, fetched.stderr
    assert not list((root / "content/articles").glob("talks-resume*"))


@settings(max_examples=examples(6), deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(["memo", "templates", "output"]))
def test_a_link_inside_the_cache_is_removed_not_written_through(tmp_path_factory, place: str) -> None:  # type: ignore[no-untyped-def]
    """Reported (a re-test, 2026-12-04): `ln -s ../content .briefgen-cache/memo` (or templates/, output-<hash>/) put
    the memo's shards, compiled templates or the spare site copy into content/. Links inside the cache go."""
    root = write_site(tmp_path_factory.mktemp("inside") / "site", MINIMAL_SITE)
    build_here(root)
    (folder,) = [p for p in (root / ".briefgen-cache").iterdir() if p.name.startswith(place)]
    shutil.rmtree(folder)
    folder.symlink_to("../content")
    before = sorted(p.relative_to(root).as_posix() for p in (root / "content").rglob("*"))
    (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE] + "\nMore.\n", encoding="utf-8")
    build_here(root)
    assert sorted(p.relative_to(root).as_posix() for p in (root / "content").rglob("*")) == before
    assert not folder.is_symlink()
