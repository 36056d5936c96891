"""Two reports of one day that each re-tell a third with its names are one story with it, though they share almost no
word (story_bridges.py).

The storks trial (tests/stories/storks/, 2026-12-05): the County Herald's report of the nest ("two storks are
assembling a platform of twigs high on the cathedral") and Radio Brackenford's ("a pair of storks is nesting on one of
the towers"), the same day, scored 0.07 (the same facts in other words); both re-tell the Brackenford Observer's
report of that morning, the Herald with its spotter's name, the radio with the bird trust's officer (0.68, 0.74).
Average linkage kept the Herald apart (0.37 with the Observer and the radio). Now the pair counts at the threshold
when groups merge: each tells the third's event with two of its names, and no rule says they are two events.
"""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.similarity import PairScore, Report
from briefgen.analyse.stories import group_stories, story_analysis
from briefgen.analyse.story_bridges import BRIDGE_MARGIN, bridged
from briefgen.analyse.terms import term_of
from stories.storyeval import group, load_site
from stories.test_bakery_storks_trials import STORIES

NEST = ("observer-storks-nest", "herald-storks-nest", "radio-storks-nest")
NAME = word.filter(lambda w: term_of(w.encode()) is not None)  # (a made-up word that is no stopword: not "Done")


def test_the_trials_three_reports_of_the_nest_are_one_story() -> None:
    grouping = group(load_site(STORIES / "storks"))
    assert set(grouping.story_of("herald-storks-nest").members) == set(NEST)


@settings(max_examples=examples(20), deadline=None)
@given(st.lists(NAME, min_size=6, max_size=6, unique=True), st.integers(7, 10), st.integers(0, 4),
       st.integers(0, 4))
def test_two_re_tellings_of_one_report_the_same_day_join_it(names: list[str], first: int, herald: int,
                                                            radio: int) -> None:
    """The trial's nest reports with made-up names for its spotter, the trust's officer and the dean, at other hours
    of the day, among the briefing's other reports: one story."""
    site = load_site(STORIES / "storks")
    spotter, officer, dean = f"{names[0]} {names[1]}", f"{names[2]} {names[3]}", f"{names[4]} {names[5]}"
    swaps = (("Tom Hale", spotter), ("Hale", names[1]), ("Alun Prosser", officer), ("Prosser", names[3]),
             ("Judith Amery", dean))
    texts = {a.slug: (a.title, site.texts[a.slug]) for a in site.articles}
    hours = {"observer-storks-nest": first, "herald-storks-nest": first + 2 + herald, "radio-storks-nest": 16 + radio}
    articles = []
    for article in site.articles:
        if article.slug in NEST:
            title, text = texts[article.slug]
            for old, new in swaps:
                text = text.replace(old, new)
            texts[article.slug] = (title, text)
            article = replace(article, published=article.published.replace(hour=hours[article.slug]))
        articles.append(article)
    analysis = story_analysis(site.config)
    found = {slug: analysis.run(*texts[slug]) for slug in texts}
    grouping = group_stories(tuple(articles), found, site.config)
    assert set(grouping.story_of("herald-storks-nest").members) == set(NEST)


def _report(k: int, day: int, proper: str = "tom\nhale\nalun\nprosser") -> Report:
    return Report(f"r{k}", 0.0, f"outlet {k}", frozenset(), (), b"", proper=proper, day=day)


KEYS = frozenset(("tom", "hale", "alun", "prosser"))


@settings(max_examples=examples(40), deadline=None)
@given(st.floats(0.5, 1.0), st.floats(0.5, 1.0), st.floats(0.0, 0.49), st.booleans(), st.integers(0, 2),
       st.sampled_from(("", "follow_up", "reaction", "other_day", "announcement", "background", "another_act",
                        "opinion", "guide", "scoop", "thin")))
def test_a_pair_is_bridged_only_by_strong_pairs_of_its_day_with_two_names(first: float, second: float, weak: float,
                                                                          same_day: bool, names: int,
                                                                          flag: str) -> None:
    """(a, c) is bridged when a third report of their date pairs with each at the threshold and the margin or more,
    sharing two key proper names with each, and no rule marks (a, c) as two events."""
    reports = [_report(0, 10, "tom\nhale"), _report(1, 10, ("", "tom\nalun", "tom\nhale\nalun\nprosser")[names]),
               _report(2, 10 if same_day else 11, "alun\nprosser")]  # (names: what each strong pair shares)
    scored = [PairScore(0, 1, first, 0.3, 1.0, False), PairScore(1, 2, second, 0.3, 1.0, False),
              PairScore(0, 2, weak, 0.01, 1.0, False, **({flag: True} if flag else {}))]
    expected = first >= 0.5 + BRIDGE_MARGIN and second >= 0.5 + BRIDGE_MARGIN and same_day and names >= 2 and not flag
    assert bridged(reports, scored, 0.5, KEYS) == (frozenset({(0, 2)}) if expected else frozenset())
