"""The evidence of a suggested merge names only terms both stories have (`evidence.bridging_terms`).

A trial: `check` and the `serve` panel suggested joining a report on container barges to a
story of four BASF reports, "shared: cut, barge, Rhine, BASF, Ludwigshafen" — BASF and
Ludwigshafen were words the four BASF reports share, never written in the container report.
Features are written by hand (term lists), as in test_story_grouping.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.stories import StoryFeatures, group_stories
from support import factories

# Merges only at 0.99, so stories of several reports come from `story:` lines, and every link
# from 0.49 up is suggested: most pairs of these small term lists.
CONFIG = replace(factories.config(), story_threshold=0.99, story_suggest=0.5)
HOURS = dt.timedelta(hours=1)
NAMES = frozenset(("basf", "ludwigshafen", "rhine", "kaub"))
VOCABULARY = ("basf", "ludwigshafen", "rhine", "kaub", "barge", "cargo", "cut", "plant", "ammonia", "container")


def feat(*terms: str) -> StoryFeatures:
    names = tuple(t for t in terms if t in NAMES)
    return StoryFeatures.pack(tuple((t, 1.0) for t in terms), tuple((t, t.title()) for t in names), (), names)


def group(features: list[StoryFeatures], lines: list[str] | None = None):
    lines = lines or [""] * len(features)
    articles = tuple(factories.article(f"a{i}", factories.MAY_10 + i * HOURS, story=line)
                     for i, line in enumerate(lines))
    grouping = group_stories(articles, {a.slug: f for a, f in zip(articles, features)}, CONFIG)
    return grouping, {a.slug: f for a, f in zip(articles, features)}


def assert_evidence_in_both(grouping, features: dict[str, StoryFeatures]) -> None:
    members = {s.id: s.members for s in grouping.stories}
    for suggestion in grouping.suggestions:
        for side in (members[suggestion.story], members[suggestion.join]):
            words = {term for slug in side for term in features[slug].term_list()}
            for shown in suggestion.evidence:
                assert shown.lower() in words, (shown, suggestion, side)


def test_a_suggestion_names_no_word_of_one_story_only() -> None:
    story = feat("basf", "ludwigshafen", "rhine", "barge", "cut", "plant")
    container = feat("rhine", "barge", "cut", "container", "cargo")
    grouping, features = group([story, story, story, story, container], ["basf"] * 4 + [""])
    (suggestion,) = grouping.suggestions
    assert (suggestion.story, suggestion.articles) == ("basf", ("a4",))
    assert set(suggestion.evidence) == {"Rhine", "barge", "cut"}  # not BASF, Ludwigshafen, plant
    assert_evidence_in_both(grouping, features)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=6, unique=True),
                          st.sampled_from(("", "", "s", "t"))), min_size=2, max_size=7))
def test_every_suggestion_names_only_words_of_both_stories(articles: list[tuple[list[str], str]]) -> None:
    grouping, features = group([feat(*terms) for terms, _ in articles], [line for _, line in articles])
    assert_evidence_in_both(grouping, features)
