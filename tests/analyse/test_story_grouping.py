"""Unit tests of story grouping (`briefgen.analyse.stories`, `similarity`, `linkage`, `roles`).

Small labelled values: features are written by hand (a term list), so every score can
be computed on paper; texts are used where the features themselves are under test.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.linkage import Group, average_linkage
from briefgen.analyse.similarity import CALIBRATION_MIDPOINT, calibrate, decay
from briefgen.analyse.stories import StoryFeatures, group_stories, story_analysis, story_features
from briefgen.load.config import Source
from support import factories

DAY = dt.timedelta(days=1)
START = factories.MAY_10
CONFIG = factories.config()
EVENT = (("zhang", 1.0), ("vilnius", 1.0), ("envoy", 1.0), ("drone", 1.0))
OTHER = (("grain", 1.0), ("odesa", 1.0), ("corridor", 1.0), ("wheat", 1.0))
NAMES = frozenset(("zhang", "vilnius", "odesa"))  # written as proper names; the other terms are event words


def feat(terms: tuple[tuple[str, float], ...] = EVENT, credits: tuple[str, ...] = ()) -> StoryFeatures:
    names = tuple(t for t, _ in terms if t in NAMES)
    return StoryFeatures.pack(terms, tuple((t, t.title()) for t in names), credits, names)


def group(items: list[tuple[object, StoryFeatures]], **config: object):
    articles = tuple(a for a, _ in items)  # type: ignore[misc]
    return group_stories(articles, {a.slug: f for a, f in items}, replace(CONFIG, **config))  # type: ignore[attr-defined]


def members(grouping) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(s.members)) for s in grouping.stories)


def test_decay_and_calibration() -> None:
    assert decay(0) == decay(1) == 1.0 and decay(2) == pytest.approx(0.5) and decay(3) == pytest.approx(0.25)
    assert calibrate(CALIBRATION_MIDPOINT) == pytest.approx(0.5)
    assert calibrate(0) == 0.0 and 0 < calibrate(0.05) < calibrate(0.2) < calibrate(1.0) < 1.0


def test_reports_of_one_event_are_one_story_and_another_event_is_not() -> None:
    a, b = factories.report("a"), factories.report("b", START + DAY / 2)
    c = factories.report("c", START + DAY / 3)
    grouping = group([(a, feat()), (b, feat()), (c, feat(OTHER))])
    assert members(grouping) == [("a", "b"), ("c",)]
    story = grouping.story_of("a")
    assert story.id == "a" and story.score > 0.9 and set(story.evidence) == {"Zhang", "Vilnius", "envoy", "drone"}
    assert grouping.story_of("c").score == 1.0 and grouping.story_of("c").evidence == ()


def test_the_same_terms_two_weeks_apart_are_two_stories() -> None:
    a, b = factories.report("a"), factories.report("b", START + 15 * DAY)
    assert members(group([(a, feat()), (b, feat())])) == [("a",), ("b",)]


def test_average_linkage_does_not_chain() -> None:
    """0–1 and 1–2 are close, 0–2 are not: single linkage would put all three together."""
    clustering = average_linkage(3, [(0, 1, 0.9), (1, 2, 0.8)], 0.5)
    assert [g.members for g in clustering.groups] == [(0, 1), (2,)]
    assert clustering.links[0].score == pytest.approx(0.4)


def test_labelled_and_locked_groups_do_not_merge() -> None:
    start = [Group((0,), "x"), Group((1,), "y"), Group((2,), "", True)]
    clustering = average_linkage(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 3, 0.9)], 0.5, start)
    assert [(g.members, g.label) for g in clustering.groups] == [((0, 3), "x"), ((1,), "y"), ((2,), "")]


def test_story_none_keeps_an_article_alone() -> None:
    a, b = factories.report("a"), factories.report("b", story="none")
    assert members(group([(a, feat()), (b, feat())])) == [("a",), ("b",)]


def test_a_shared_story_id_forces_articles_together_that_the_algorithm_would_not_group() -> None:
    a = factories.report("a", story="kyiv-talks")
    b = factories.report("b", START + 30 * DAY, story="kyiv-talks")
    grouping = group([(a, feat()), (b, feat(OTHER))])
    assert members(grouping) == [("a", "b")] and grouping.stories[0].id == "kyiv-talks"


def test_two_explicit_ids_are_two_stories_however_alike() -> None:
    a, b = factories.report("a", story="one"), factories.report("b", story="two")
    assert {s.id for s in group([(a, feat()), (b, feat())]).stories} == {"one", "two"}


def test_a_story_line_naming_an_article_joins_that_articles_story() -> None:
    """A suggestion is accepted with one line: `story: <id>` where the id is the other story's id."""
    a, b = factories.report("a"), factories.report("b", START + 8 * DAY, story="a")
    c = factories.report("c", START + DAY)
    grouping = group([(a, feat()), (b, feat(OTHER)), (c, feat())])
    assert members(grouping) == [("a", "b", "c")] and grouping.stories[0].id == "a"


def test_story_id_is_the_earliest_members_slug_and_stays_when_a_later_article_joins() -> None:
    early, late = factories.report("zz-early"), factories.report("aa-late", START + DAY)
    before = group([(early, feat())])
    after = group([(early, feat()), (late, feat())])
    assert before.stories[0].id == after.story_of("aa-late").id == "zz-early"


def test_story_ids_do_not_collide_with_an_explicit_id() -> None:
    """Article "a" says `story: none`, two others say `story: a`: the explicit id keeps "a"."""
    a = factories.report("a", story="none")
    b = factories.report("b", START + 20 * DAY, story="a")
    c = factories.report("c", START + 20 * DAY, story="a")
    grouping = group([(a, feat()), (b, feat()), (c, feat())])
    assert {s.id: tuple(sorted(s.members)) for s in grouping.stories} == {"a": ("b", "c"), "a-story": ("a",)}


def test_threshold_decides_a_borderline_pair_and_the_band_below_is_suggested() -> None:
    a, b = factories.report("a"), factories.report("b", START + 4.2 * DAY)  # score ≈ 0.45 (7.4 days with the half-life of 2 days until 2026-12-03)
    low = group([(a, feat()), (b, feat())], story_threshold=0.4)
    high = group([(a, feat()), (b, feat())], story_threshold=0.5)
    assert members(low) == [("a", "b")] and low.suggestions == ()
    assert members(high) == [("a",), ("b",)]
    (suggestion,) = high.suggestions
    assert (suggestion.story, suggestion.join, suggestion.articles) == ("a", "b", ("b",))
    assert 0.4 <= suggestion.score < 0.5 and "Zhang" in suggestion.evidence
    assert group([(a, feat()), (b, feat())], story_threshold=0.5, story_suggest=0.0).suggestions == ()


def test_a_suggestion_keeps_the_explicit_id_and_never_pairs_two_explicit_ids() -> None:
    a, b = factories.report("a"), factories.report("b", START + 4.2 * DAY, story="zz-pinned")
    (suggestion,) = group([(a, feat()), (b, feat())]).suggestions
    assert (suggestion.story, suggestion.join, suggestion.articles) == ("zz-pinned", "a", ("a",))
    c = replace(a, story="other")
    assert group([(c, feat()), (b, feat())]).suggestions == ()


def test_roles_lead_and_credited_original() -> None:
    wsj = factories.report("wsj", START + DAY / 4, source="The Wall Street Journal")
    mt = factories.report("mt", START + DAY / 2, source="The Moscow Times", via="The Wall Street Journal")
    # earliest (a date alone, the WSJ's day: not known to be before it), credits WSJ only in its text; one known to be
    # published before the WSJ's report would make that report no original (roles.py, 2026-12-06: the next test)
    ceo = factories.report("ceo", dt.datetime.combine(START.date(), dt.time(), START.tzinfo), source="CEO.com",
                           has_time=False)
    rt = factories.report("rt", START + DAY / 3, source="Reuters")
    grouping = group([(wsj, feat()), (mt, feat()), (ceo, feat(credits=("The Wall Street Journal",))), (rt, feat())])
    (story,) = grouping.stories
    assert story.lead == "wsj" and story.members == ("wsj", "ceo", "rt", "mt")
    assert story.original == "The Wall Street Journal"
    assert dict(story.roles) == {"wsj": "original", "mt": "re-report", "ceo": "re-report", "rt": "independent"}
    assert story.id == "ceo"  # the id is the earliest member's slug, the lead is the original


def test_a_report_of_the_credited_outlet_after_one_crediting_it_is_no_original() -> None:
    """The same with CEO.com's re-telling known to be published six hours before the WSJ's report (T11's Division
    Lobby): the WSJ's report is independent, the earliest leads, and the WSJ is still credited."""
    wsj = factories.report("wsj", START + DAY / 4, source="The Wall Street Journal")
    ceo = factories.report("ceo", START, source="CEO.com")
    rt = factories.report("rt", START + DAY / 3, source="Reuters")
    (story,) = group([(wsj, feat()), (ceo, feat(credits=("The Wall Street Journal",))), (rt, feat())]).stories
    assert (story.lead, story.original) == ("ceo", "The Wall Street Journal")
    assert dict(story.roles) == {"wsj": "independent", "ceo": "re-report", "rt": "independent"}


def test_no_first_reported_by_when_an_independent_report_came_before() -> None:
    """A trial: an independent report of a spill on 6 March, three re-tellings of the FT's
    revelation about it on 8 March; the story said "First reported by Financial Times"."""
    local = factories.report("local", START, source="Coastal Tribune")
    ft = [factories.report(f"re-{n}", START + 2 * DAY + n * DAY / 8, source=f"Outlet {n}", via="Financial Times")
          for n in range(3)]
    (story,) = group([(local, feat())] + [(a, feat()) for a in ft]).stories
    assert story.original == "" and story.lead == "local"
    assert dict(story.roles) == {"local": "independent", "re-0": "re-report", "re-1": "re-report", "re-2": "re-report"}


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["", "via", "own"])), min_size=2, max_size=5))
def test_the_credited_outlet_is_never_later_than_an_independent_report(members_: list[tuple[int, str]]) -> None:
    """Whatever the times and credits: a story credits an outlet only if nothing independent came first."""
    made = [factories.report(f"m{n}", START + hours * dt.timedelta(hours=1),
                              source="Financial Times" if kind == "own" else f"Outlet {n}",
                              via="Financial Times" if kind == "via" else "")
            for n, (hours, kind) in enumerate(members_)]
    for story in group([(a, feat()) for a in made]).stories:
        by_slug = {a.slug: a for a in made}
        roles = dict(story.roles)
        first = min(by_slug[m].published for m in story.members)
        if story.original:
            tied = [by_slug[m].published for m in story.members if roles[m] != "independent"]
            assert min(tied) == first
        assert by_slug[story.lead].published == first or roles[story.lead] == "original"


def test_without_credits_the_earliest_report_leads_and_all_are_independent() -> None:
    a, b = factories.report("b-late", START + DAY / 2), factories.report("a-early")
    (story,) = group([(a, feat()), (b, feat())]).stories
    assert story.lead == "a-early" and story.original == "" and set(dict(story.roles).values()) == {"independent"}


def test_a_shared_original_raises_the_score() -> None:
    half = EVENT[:2] + (("alpha", 1.0), ("beta", 1.0))
    a = factories.report("a", via="Reuters")
    b = factories.report("b", START + DAY, via="Reuters")
    plain = group([(a, feat()), (replace(b, via=""), feat(half))], story_suggest=1.0)
    shared = group([(a, feat()), (b, feat(half))], story_suggest=1.0)
    score = lambda g: g.stories[0].score if len(g.stories) == 1 else g.suggestions[0].score  # noqa: E731
    assert score(shared) > score(plain)


def test_related_stories_are_linked_not_merged() -> None:
    a, b = factories.report("a"), factories.report("b", START + 9 * DAY)
    grouping = group([(a, feat()), (b, feat())])
    assert members(grouping) == [("a",), ("b",)]
    assert [(r.first, r.second) for r in grouping.related] == [("a", "b")]


def test_the_analysis_is_pure_and_keyed_by_the_sites_outlets() -> None:
    one = story_analysis(CONFIG)
    two = story_analysis(replace(CONFIG, sources=(Source("Karuizawa Shimbun", "", ""),)))
    assert one.name == two.name == "stories" and one.settings != two.settings
    text = "Envoy Zhang Wei arrived in Vilnius, the Baltic Herald reported. He told Karuizawa Shimbun so."
    assert one.run("Envoy in Vilnius", text) == story_features("Envoy in Vilnius", text)
    assert one.run("Envoy in Vilnius", text).credits == ("Baltic Herald",)
    assert two.run("Envoy in Vilnius", text).credits == ("Baltic Herald", "Karuizawa Shimbun")


def test_seeds_paraphrase_is_one_story() -> None:
    """The two seed texts re-tell one WSJ report in different words (< 1 % shared word 3-grams)."""
    from pathlib import Path
    seeds = sorted((Path(__file__).resolve().parents[3] / "shared" / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("the seed texts are not next to the repository")
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    a = factories.report("moscow-times", START, source="The Moscow Times")
    b = factories.report("ceo-com", START + DAY / 2, source="CEO.com")
    found = {"moscow-times": story_features("US Prepares for Talks With Putin After Ukrainian Offensive", texts[0]),
             "ceo-com": story_features("West Looks at China's Potential Role in Ending Ukraine War", texts[1])}
    grouping = group_stories((a, b), found, CONFIG)
    assert members(grouping) == [("ceo-com", "moscow-times")]
    assert grouping.stories[0].original == "The Wall Street Journal"


_TERM = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\t"), min_size=1, max_size=12)


@settings(max_examples=examples(200), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.tuples(_TERM, st.floats(allow_nan=False)), max_size=20),
       st.lists(st.tuples(_TERM, st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"))),
                max_size=5))
def test_packed_features_give_back_what_was_packed(terms: list, shown: list) -> None:
    # The memoised form (one string and one bytes object per field) loses no term, weight or name.
    packed = StoryFeatures.pack(terms, shown, ("Reuters",))
    assert packed.pairs() == tuple(terms)
    assert packed.term_list() == tuple(t for t, _ in terms)
    assert list(packed.shown()) == shown
    assert packed.credits == ("Reuters",)


def _kind_only(names: tuple[str, ...]) -> StoryFeatures:
    """A chemical leak's words, with `names` (terms) written as names."""
    terms = (("leak", 1.0), ("evacuation", 1.0), ("chemical", 1.0), ("inspectorate", 1.0), ("tanker", 1.0))
    return StoryFeatures.pack(terms, tuple((t, t.title()) for t, _ in terms if t in names), (), names)


@pytest.mark.parametrize(("names_a", "names_b", "together"), [
    ((), (), False),  # two leaks a day apart that share only the kind's words
    (("inspectorate",), (), False),  # a name in one report and an ordinary word in the other
    (("inspectorate",), ("inspectorate",), True),  # both name the same inspectorate
])
def test_a_pair_that_shares_no_name_is_only_a_suggestion(names_a: tuple[str, ...], names_b: tuple[str, ...],
                                                         together: bool) -> None:
    """A trial merged two unrelated chemical leaks (200 km apart) at 0.84 on words like these."""
    a, b = factories.report("a"), factories.report("b", START + DAY)
    grouping = group([(a, _kind_only(names_a)), (b, _kind_only(names_b))])
    assert (members(grouping) == [("a", "b")]) == together
    if not together:
        (suggestion,) = grouping.suggestions
        assert suggestion.score < CONFIG.story_threshold


def test_a_shared_original_stands_for_a_shared_name() -> None:
    """A re-telling of the credited outlet's own report shares its original; two re-tellings `via:` one wire share only
    the wire, no report of it, and no name: apart (FX29: a wire files hundreds of reports a day)."""
    a, b = factories.report("a", source="Reuters"), factories.report("b", START + DAY, via="Reuters")
    assert members(group([(a, _kind_only(())), (b, _kind_only(()))])) == [("a", "b")]
    a, b = factories.report("a", via="Reuters"), factories.report("b", START + DAY, via="Reuters")
    assert members(group([(a, _kind_only(())), (b, _kind_only(()))])) == [("a",), ("b",)]
