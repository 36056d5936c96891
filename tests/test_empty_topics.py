"""An article whose `topics:` is there but empty is explained as such by `briefgen check`.

SPEC: topics are assigned from keywords only when `topics` is absent, so `topics: []` (or a bare
`topics:` left from a template) keeps an article under Other whatever its words. `check` said
"matches no topic, listed under Other; add `topics:` or topic keywords" -- beside a `topics:` that
was there and keywords that matched (`check -v`: "no topic"), so the editor looked for the wrong cause.
"""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

EMPTY = ["topics: []", "topics:", "topics: [ ]", "topics:\n", "topics: []   # none for now"]
EXPLAINED = "its `topics:` is empty, so topic keywords are not used; list topic ids in it, or remove it"


def _site(root: Path, topics_line: str) -> Path:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace("url: https://", f"{topics_line}\nurl: https://")
    return write_site(root, {**MINIMAL_SITE, "content/articles/first-report.md": article})


@settings(max_examples=examples(12), deadline=None)
@given(topics_line=st.sampled_from(EMPTY + ["topics: [ceasefire-talk]", "tags: [x]", "topics: [ceasefire-talks]"]))
def test_only_an_empty_topics_is_said_to_keep_keywords_out(tmp_path_factory: pytest.TempPathFactory,
                                                          topics_line: str) -> None:
    root = _site(tmp_path_factory.mktemp("s"), topics_line)
    with redirect_stdout(io.StringIO()) as printed, redirect_stderr(io.StringIO()):
        code = main(["check", "-v", "--config", str(root / "config.yaml")])
    out = printed.getvalue()
    said = [line for line in out.splitlines() if line.startswith("content/articles/first-report.md: ")]
    if topics_line in EMPTY:
        assert code == 0
        assert said == ["content/articles/first-report.md: no topic (shown under Other): `topics:` is empty, so "
                        "keywords are not used",
                        f"content/articles/first-report.md: has no topic, listed under Other: {EXPLAINED} to assign "
                        "topics from keywords"]
    else:  # absent (keywords match), explicit, or a typo (an error of its own): never "is empty"
        assert "is empty" not in out


def test_the_reported_article_through_the_cli(tmp_path: Path) -> None:
    done = run_cli(["check"], _site(tmp_path / "site", "topics: []"))
    assert done.returncode == 0, done.stderr
    assert "content/articles/first-report.md: has no topic, listed under Other: " + EXPLAINED in done.stdout
    assert "add `topics:`" not in done.stdout
