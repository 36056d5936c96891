"""A story the editor's `story:` lines put together says so on its page, to readers, in words.

A trial: two unrelated reports forced into one story (`story: shipping-misc` in each) got a
page saying "They share the editor's `story:` line … Agreement between the reports: 0 %.
Grouping is automatic; the editor can merge or split stories." — editor's jargon, a score of
nothing, and a claim that was false. `Story.by_editor` names the reports the lines placed;
the page says the editors grouped them (all, or some of them), and speaks of shared words
and agreement only when there are some.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse.stories import group_stories
from briefgen.analyse.storylines import resolve_story_lines
from briefgen.build import BuildOptions, build
from support.sites import write_site
from support.examples import examples
from test_story_properties import CONFIG, article_sets

CONFIG_YAML = """\
title: Port and health briefing
base_url: https://example.org/ph/
topics:
  - id: ports
    title: Ports
    keywords: [port, strike, dockworkers]
"""


def _article(source: str, when: str, title: str, body: str, story: str = "") -> str:
    return (f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n"
            + (f"story: {story}\n" if story else "") + f"---\n{body}\n")


STRIKE = ("Dockworkers at the Port of Felixstowe will strike for eight days from 13 October after "
          "rejecting a pay offer, the union Unite said. Hutchison Ports called the offer fair.")
FILES = {
    "config.yaml": CONFIG_YAML,
    # two unrelated reports the editor keeps together: no shared word at all
    "content/articles/suez-transits.md": _article(
        "Lloyd's List", "2026-10-09T09:00:00Z", "Suez Canal transits recover",
        "Weekly transits through the Suez Canal returned to their average.", story="shipping-misc"),
    "content/articles/nhs-rsv.md": _article(
        "BBC News", "2026-10-22T07:30:00Z", "NHS extends RSV jabs to over-80s",
        "The NHS in England will offer RSV jabs to people aged 80 and over.", story="shipping-misc"),
    # two reports the editor put together, and a third that joins them by its words
    "content/articles/reuters-strike.md": _article(
        "Reuters", "2026-10-05T08:10:00Z", "Felixstowe dockworkers to strike over pay", STRIKE,
        story="felixstowe-strike"),
    "content/articles/bbc-strike.md": _article(
        "BBC News", "2026-10-05T11:30:00Z", "Felixstowe port walkout set after pay vote", STRIKE,
        story="felixstowe-strike"),
    "content/articles/guardian-strike.md": _article(
        "The Guardian", "2026-10-06T07:00:00Z", "Britain's biggest port faces eight-day strike", STRIKE),
}


def _why(site: Path, story: str) -> str:
    page = (site / "output/stories" / story / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="coverage__why".*?</section>', page, re.S)
    assert section, story
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", section.group(0)))).strip()


def test_the_page_of_a_story_the_editor_grouped_says_so(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", FILES)
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    forced = _why(site, "shipping-misc")
    assert "The editors put these reports in one story." in forced
    assert "story:" not in forced and "Similarity" not in forced and "automatic" not in forced
    assert "They were published within 13 days of each other." in forced
    partly = _why(site, "felixstowe-strike")
    assert "The editors put 2 of these reports in one story; the other joined them for the words they share." \
        in partly and "automatic" not in partly and "They share" in partly
    # an automatic story keeps its wording
    (site / "content/articles/reuters-strike.md").write_text(FILES["content/articles/reuters-strike.md"].replace(
        "story: felixstowe-strike\n", ""), encoding="utf-8")
    (site / "content/articles/bbc-strike.md").write_text(FILES["content/articles/bbc-strike.md"].replace(
        "story: felixstowe-strike\n", ""), encoding="utf-8")
    assert build(site / "config.yaml", BuildOptions(jobs=1)).ok
    assert "Grouping is automatic; the editor can merge or split stories." in _why(site, "reuters-strike")
    assert not (site / "output/stories/felixstowe-strike").exists()


@settings(max_examples=examples(100), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.sampled_from((0.2, 0.5, 0.8)))
def test_by_editor_is_every_report_a_story_line_placed(case: tuple, threshold: float) -> None:
    # Whatever the lines (ids, slugs, chains, cycles, `none`) and the scores: a story's
    # `by_editor` are exactly its members whose line resolves to its id; an article kept
    # alone is placed by nobody.
    articles, found = case
    grouping = group_stories(articles, found, replace(CONFIG, story_threshold=threshold))
    ordered = tuple(sorted(articles, key=lambda a: a.slug))
    lines = resolve_story_lines(ordered)
    placed = {a.slug: label for a, label, alone in zip(ordered, lines.ids, lines.alone) if label and not alone}
    for story in grouping.stories:
        assert set(story.by_editor) == {slug for slug in story.members if placed.get(slug) == story.id}
        assert list(story.by_editor) == sorted(story.by_editor)
    for slug, label in placed.items():
        assert grouping.story_of(slug).id == label


def test_a_line_naming_an_article_kept_alone_places_only_itself() -> None:
    from support import factories
    start = dt.datetime(2026, 10, 5, 8, tzinfo=dt.timezone.utc)
    articles = (factories.article("a", start, story="none"), factories.article("b", start, story="a"),
                factories.article("c", start, story="a"))
    grouping = group_stories(articles, {}, CONFIG)
    assert grouping.story_of("b").by_editor == ("b", "c") and grouping.story_of("a").by_editor == ()
