"""Every count phrase is written by `counted` (render/counts.py): "1 outlet", "6 reports".

A reader/standards trial read "6 reports from 1 outlets" in the digest feed: each template
wrote its own plural, and the feed's forgot it. The kind is fixed where it arises: no template
writes a number straight before a plural noun, and the feed says "1 outlet".
"""
from __future__ import annotations

import re
from pathlib import Path

import feedparser
from hypothesis import given, strategies as st

import briefgen
from briefgen.build import BuildOptions, build
from briefgen.render.counts import counted
from support.sites import write_site

THEME = Path(briefgen.__file__).parent / "theme" / "templates"
NOUNS = ("reports", "outlets", "stories", "articles", "notes", "quotes", "names", "editions", "pages", "times")
# A printed value followed by a plural noun, or a literal plural after a number's {{ … }}.
HAND_WRITTEN = re.compile(r"\}\}\s+(?:editor\s+)?(?:%s)\b" % "|".join(NOUNS))
NOT_OURS: set[str] = set()  # (story.html was left out until it wrote its counts with `counted` too)


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from([("report", ""), ("story", "stories")]))
def test_counted_is_singular_for_one_only(number: int, noun: tuple[str, str]) -> None:
    singular, plural = noun
    text = counted(number, singular, plural)
    assert text.split(" ", 1)[0] == str(number)
    assert text.endswith(" " + singular) == (number == 1)
    assert counted(list(range(number % 5)), singular, plural) == counted(number % 5, singular, plural)


def test_no_template_writes_a_number_before_a_plural_noun() -> None:
    found = [f"{path.relative_to(THEME)}: {m.group()}" for path in sorted(THEME.rglob("*.html"))
             if path.relative_to(THEME).as_posix() not in NOT_OURS
             for m in HAND_WRITTEN.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


def test_a_story_of_one_outlet_says_one_outlet_in_the_digest(tmp_path: Path) -> None:
    files = {"config.yaml": "title: B\nbase_url: https://example.org/b/\ntimezone: UTC\n"
                            "topics:\n  - id: grid\n    title: Grid\n    keywords: [grid]\n"}
    for n in range(3):
        files[f"content/articles/r{n}.md"] = (f"---\ntitle: Grid report {n}\nsource: Only Radio\n"
                                              f"published: 2026-07-0{n + 1}\nstory: grid\n---\nThe grid failed.\n")
    result = build(write_site(tmp_path, files) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    feed = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert feed.bozo == 0
    text = feed.entries[0].description
    assert "3 reports from 1 outlet" in text and "1 outlets" not in text
