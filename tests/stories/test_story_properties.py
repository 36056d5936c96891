"""Properties of story grouping for any set of articles (hypothesis).

- Every article is in exactly one story, and story ids are unique.
- Permuting the input changes nothing (stories, ids, order, scores, suggestions).
- Adding an article that shares no term with the others never splits or merges other
  stories, nor changes their ids or scores (idf is against a fixed reference size), as long
  as no term is a topic word (in more than similarity.TOPICAL_SHARE of the articles, counted
  as at least TOPICAL_MIN_DOCS: a briefing whose terms are each in 3 articles or fewer needs
  no other article for this).
- Whatever the archive, an article that holds none of a term never lowers its weight nor takes
  its key status away (similarity.py, "Small briefings"); the weight is unchanged while the term
  is in at most TOPICAL_SHARE × max(N, TOPICAL_MIN_DOCS) articles.
- A term's weight never grows as more of the archive holds it (topic words included).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

import math

from briefgen.analyse.similarity import TOPICAL_MIN_DOCS, TOPICAL_SHARE, inverse_document_frequency, topical, weigh
from briefgen.analyse.stories import StoryFeatures, group_stories, prepare
from support import factories

VOCABULARY = ("zhang", "vilnius", "envoy", "drone", "grain", "odesa", "corridor", "wheat", "summit", "sanction",
              "kyiv", "beijing", "talk", "ceasefire", "missile", "tank")
NAMES = frozenset(("zhang", "vilnius", "odesa", "kyiv", "beijing"))  # written as proper names
OUTLETS = ("Reuters", "Bloomberg", "The Wall Street Journal", "")
START = factories.MAY_10
CONFIG = factories.config()


@st.composite
def article_sets(draw: st.DrawFn) -> tuple[tuple, dict[str, StoryFeatures]]:
    count = draw(st.integers(1, 12))
    articles, found = [], {}
    for n in range(count):
        slug = f"a{n}"
        hours = draw(st.integers(0, 24 * 20))
        story = draw(st.sampled_from(("", "", "", "", "none", "kyiv-talks", "grain-deal", "a0")))
        via = draw(st.sampled_from(OUTLETS))
        articles.append(factories.article(slug, START + dt.timedelta(hours=hours), story=story, via=via,
                                          source=draw(st.sampled_from(OUTLETS[:3]))))
        terms = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6, unique=True))
        weights = tuple(sorted((t, float(draw(st.integers(1, 3)))) for t in terms))
        names = tuple(t for t in terms if t in NAMES)  # so that pairs can pass the cap (similarity.py)
        found[slug] = StoryFeatures.pack(weights, (), tuple(draw(st.lists(st.sampled_from(OUTLETS[:3]), max_size=1))),
                                         tuple(sorted(names)), tuple(sorted(names)))
    return tuple(articles), found


@settings(max_examples=examples(150), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.sampled_from((0.2, 0.5, 0.8)))
def test_every_article_is_in_exactly_one_story(case: tuple, threshold: float) -> None:
    articles, found = case
    grouping = group_stories(articles, found, replace(CONFIG, story_threshold=threshold))
    members = [slug for story in grouping.stories for slug in story.members]
    assert sorted(members) == sorted(a.slug for a in articles)
    assert len({s.id for s in grouping.stories}) == len(grouping.stories)
    for story in grouping.stories:
        assert story.members[0] == story.lead and 0.0 <= story.score <= 1.0
        assert [slug for slug, _ in story.roles] == list(story.members)


@settings(max_examples=examples(150), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.randoms(use_true_random=False))
def test_input_order_changes_nothing(case: tuple, random) -> None:  # type: ignore[no-untyped-def]
    articles, found = case
    shuffled = list(articles)
    random.shuffle(shuffled)
    assert group_stories(tuple(shuffled), found, CONFIG) == group_stories(articles, found, CONFIG)


@settings(max_examples=examples(150), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.integers(0, 24 * 20), st.sampled_from(OUTLETS))
def test_an_unrelated_article_never_splits_or_merges_other_stories(case: tuple, hours: int, via: str) -> None:
    articles, found = case
    # Articles of words of their own, enough that no term is a topic word (similarity.topical),
    # whose weight depends on the archive's size: the property is about the fixed reference.
    # None when every term is in at most TOPICAL_SHARE × TOPICAL_MIN_DOCS (3) articles.
    held = [set(features.term_list()) for features in found.values()]
    most = max(sum(term in terms for terms in held) for term in set().union(*held))
    needed = 0 if most <= TOPICAL_SHARE * TOPICAL_MIN_DOCS else math.ceil(most / TOPICAL_SHARE)
    for k in range(max(0, needed - len(articles))):
        articles += (factories.article(f"filler{k}", START + dt.timedelta(days=60 + k)),)
        found[f"filler{k}"] = StoryFeatures.pack(((f"filler{k}", 1.0),))
    before = group_stories(articles, found, CONFIG)
    newcomer = factories.article("new", START + dt.timedelta(hours=hours), via=via)
    after = group_stories(articles + (newcomer,), {**found, "new": StoryFeatures.pack((("unrelated", 1.0),))},
                          CONFIG)
    assert after.story_of("new").members == ("new",)
    assert {s for s in after.stories if s.members != ("new",)} == set(before.stories)


@settings(max_examples=examples(150), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.lists(st.sampled_from(("tariff", "unrelated", "kyiv", "grain")), max_size=3, unique=True),
       st.integers(0, 24 * 20))
def test_an_article_never_lowers_the_weight_of_a_term_it_does_not_hold(case: tuple, own: list[str],
                                                                        hours: int) -> None:
    """What still holds without padding, in a briefing of any size: a newcomer may raise a topic word's
    weight (the share falls), never lower a weight or take a key term away; a term in at most
    TOPICAL_SHARE × max(N, TOPICAL_MIN_DOCS) articles weighs the same before and after."""
    articles, found = case
    newcomer = factories.article("new", START + dt.timedelta(hours=hours))
    extended = {**found, "new": StoryFeatures.pack(tuple((t, 1.0) for t in sorted(own)))}
    before = prepare(tuple(sorted(articles, key=lambda a: a.slug)), found)
    after = prepare(tuple(sorted(articles + (newcomer,), key=lambda a: a.slug)), extended)
    old, new = weigh(before.reports, before.df), weigh(after.reports, after.df)
    n = len(articles)
    for term, df in before.df.items():
        assert new.idf[term] >= old.idf[term] or term in own
        if term not in own and df <= TOPICAL_SHARE * max(n, TOPICAL_MIN_DOCS):
            assert new.idf[term] == old.idf[term]
    assert old.keys - set(own) <= new.keys


@settings(max_examples=examples(150), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(article_sets(), st.sampled_from((0.05, 0.2, 0.5)))
def test_articles_that_share_one_term_are_never_one_story(case: tuple, threshold: float) -> None:
    # One shared word is coincidence (similarity.MIN_SHARED_KEYS): whatever the weights,
    # outlets or times, only articles with two shared terms (or a `story:` line) group.
    articles, found = case
    grouping = group_stories(articles, found, replace(CONFIG, story_threshold=threshold))
    terms = {slug: set(f.term_list()) for slug, f in found.items()}
    for story in grouping.stories:
        if len(story.members) < 2 or any(a.story for a in articles if a.slug in story.members):
            continue
        for slug in story.members:  # each member shares two terms with another member
            assert any(len(terms[slug] & terms[other]) >= 2 for other in story.members if other != slug)


@given(st.integers(1, 2000), st.integers(1, 2000), st.integers(1, 2000))
def test_a_term_weighs_no_more_as_more_of_the_archive_holds_it(df: int, more: int, n: int) -> None:
    n = max(n, df + more)
    assert (inverse_document_frequency(df + more) * topical(df + more, n)
            <= inverse_document_frequency(df) * topical(df, n))
    assert topical(df, n) == 1.0 or df > TOPICAL_SHARE * max(n, TOPICAL_MIN_DOCS)
