"""An article joined to a story only because its file name is the id other `story:` lines give (advice.py).

A hostile trial (2026-12-04): two truce reports said `story: tallinn-pact`; a fishing-quota article filed 18 days
later as tallinn-pact.md, with no `story:` line, joined the truce story without a word, and `check -v` marked it
"(story: line)". The documented rule stays (`story: <slug>` joins that article's story); `check` now warns when such
an article was published further than `stories: window` from every line naming it, and `check -v` says why it is
there.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

WARNING = "because its file name is the id the story: lines of"


def _article(title: str, day: int, story: str = "", source: str = "Example Times") -> str:
    line = f"story: {story}\n" if story else ""
    return (f"---\ntitle: {title}\nsource: {source}\npublished: 2023-05-{day:02d}T09:00:00+00:00\n{line}---\n"
            f"{title}. Officials said more would follow.\n")


def _site(tmp_path: Path, gap: int) -> Path:
    return write_site(tmp_path, {
        "config.yaml": MINIMAL_SITE["config.yaml"],
        "content/articles/truce-one.md": _article("Truce agreed at Tallinn talks", 1, "tallinn-pact", "Ledger"),
        "content/articles/truce-two.md": _article("Tallinn truce holds overnight", 2, "tallinn-pact", "Valley Post"),
        "content/articles/tallinn-pact.md": _article("Fishing quotas dispute flares in northern waters", 2 + gap),
    })


@settings(max_examples=examples(6), deadline=None)
@given(gap=st.integers(0, 28))
def test_a_far_off_article_joined_by_its_slug_is_warned(tmp_path_factory, gap: int) -> None:  # type: ignore[no-untyped-def]
    root = _site(tmp_path_factory.mktemp("site"), gap)
    checked = run_cli(["check", "-v"], root)
    warned = [line for line in checked.stderr.splitlines() if WARNING in line]
    assert bool(warned) == (gap > 14), checked.stderr  # (stories: window, 14 days by default)
    if warned:
        assert warned[0].startswith("content/articles/tallinn-pact.md:1: warning: ")
        assert "content/articles/truce-one.md:5, content/articles/truce-two.md:5" in warned[0]
    member = [line for line in checked.stdout.splitlines() if line.startswith("  ") and "tallinn-pact.md" in line]
    assert member and all("(its slug is the story's id)" in line for line in member), checked.stdout
    assert all("(story: line)" in line for line in checked.stdout.splitlines()
               if line.startswith("  ") and "truce-one.md" in line)
