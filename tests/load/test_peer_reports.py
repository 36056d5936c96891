"""Peers' bug reports that briefgen already handled but no test named (docs/peer-bugs.md).

- Emacs keeps a lock `.#name.md` beside a file being edited: a symbolic link to "user@host.pid:boot",
  which leads nowhere. Hugo walked into it and stopped the build ("lstat …: no such file or
  directory", gohugoio/hugo#6773). Here a name starting with a dot is never read.
- A line `---` inside the body is a thematic break (CommonMark 4.1), not a second front matter:
  crowdagger/crowbook#99 dropped the text between two such lines, jxson/front-matter#21 read it as
  YAML. Here every paragraph around such lines stays, in order.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples


def test_emacs_lock_links_that_lead_nowhere_are_not_read(tmp_path: Path) -> None:
    root = write_site(tmp_path, dict(MINIMAL_SITE, **{"templates/README.md": "overrides go here\n"}))
    for folder in ("content/articles", "content/notes", "templates"):
        os.symlink("editor@desk.12345:1700000000", root / folder / ".#first-report.md")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert ".#" not in result.stderr and "Traceback" not in result.stderr
    assert (root / "output" / "articles" / "first-report" / "index.html").is_file()


WORDS = st.lists(st.sampled_from(["ceasefire", "talks", "Geneva", "envoys", "title:", "draft:", "true", "x"]),
                 min_size=1, max_size=5).map(" ".join).map(lambda s: s[:1].upper() + s[1:] if s[0].isalpha() else s)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("dashes"), MINIMAL_SITE)


@settings(max_examples=examples(10), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(WORDS, min_size=2, max_size=4))
@example(paragraphs=["Para one ceasefire.", "title: x", "more"])
def test_dash_lines_in_the_body_are_breaks_and_every_paragraph_stays(site: Path, paragraphs: list[str]) -> None:
    body = "\n\n---\n\n".join(f"P{i} {text}" for i, text in enumerate(paragraphs))
    article = site / "content" / "articles" / "first-report.md"
    article.write_text(MINIMAL_SITE["content/articles/first-report.md"].split("---\n", 2)[0] + "---\n" +
                       MINIMAL_SITE["content/articles/first-report.md"].split("---\n", 2)[1] + "---\n" + body + "\n",
                       encoding="utf-8")
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, result.diagnostics
    page = (site / "output" / "articles" / "first-report" / "index.html").read_text(encoding="utf-8")
    places = [page.find(f">P{i} ") for i in range(len(paragraphs))]
    assert -1 not in places and places == sorted(places)
    assert page.count("<hr>") >= len(paragraphs) - 1
