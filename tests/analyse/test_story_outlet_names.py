"""The outlets a report is from or credits are not who its event is about (the cap of similarity.py).

A trial: two Reuters reports of fishing-boat blockades a day apart, one in Peterhead and one in
Killybegs, were one story at 0.94: they share only the kind's words ("protest", "quota", "cut",
"ferry") and, as a name, "Reuters" from their datelines ("PETERHEAD, March 20 (Reuters) -"),
which let them past the cap that needs a shared name.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.similarity import CAP
from briefgen.analyse.stories import group_stories, story_features
from support import factories
from test_speaker_properties import word

CONFIG = factories.config()
MARCH_20 = dt.datetime(2026, 3, 20, 9, 0, tzinfo=factories.UTC)
OUTLETS = ["Reuters", "Bloomberg", "Politico", "Der Spiegel", "Kringvarp Føroya", "Fiskeribladet", "Euractiv"]

PETERHEAD = ("Trawlers blockade harbour in protest over quota cut",
             "PETERHEAD, Scotland, March 20 ({outlet}) - About twenty trawlers blockaded the harbour entrance on "
             "Friday in protest at quota cuts, fishermen said. The blockade lasted three hours and ferries were "
             "delayed, police said. Skippers said the protest would be repeated if ministers did not act.")
KILLYBEGS = ("Fishing boats block port in protest at quota cuts",
             "KILLYBEGS, Ireland, March 21 ({outlet}) - More than a dozen fishing boats blocked the port entrance "
             "on Saturday in protest at quota cuts, skippers said. The protest lasted until midday, police said, "
             "and ferries were delayed. Fishermen said they would return if ministers did not act.")


def stories(reports: list[tuple[str, str, str, float]], via: str = "") -> tuple[list[tuple[str, ...]], list[float]]:
    """Member slugs of each story and the scores, of reports (outlet, title, text, days after 20 March)."""
    articles = tuple(factories.article(f"r{n}", MARCH_20 + dt.timedelta(days=days), source=outlet)
                     for n, (outlet, _, _, days) in enumerate(reports))
    found = {a.slug: story_features(title, text) for a, (_, title, text, _) in zip(articles, reports)}
    grouping = group_stories(articles, found, CONFIG)
    return sorted(tuple(sorted(s.members)) for s in grouping.stories), [s.score for s in grouping.stories]


def test_the_trial_case() -> None:
    members, _ = stories([("Reuters", PETERHEAD[0], PETERHEAD[1].format(outlet="Reuters"), 0),
                          ("Reuters", KILLYBEGS[0], KILLYBEGS[1].format(outlet="Reuters"), 1)])
    assert members == [("r0",), ("r1",)]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(OUTLETS), word, word)
def test_an_outlet_named_in_both_reports_is_no_shared_name(first: str, second: str, place_a: str,
                                                           place_b: str) -> None:
    """Two places, the same kind of event: two stories, whichever outlets write datelines (or credit
    each other's outlet by name)."""
    a = PETERHEAD[1].replace("PETERHEAD, Scotland", place_a.upper()).format(outlet=first)
    b = KILLYBEGS[1].replace("KILLYBEGS, Ireland", place_b.upper()).format(outlet=second)
    a += f" {place_a} harbour reopened at noon."
    b += f" {place_b} port reopened at noon."
    members, _ = stories([(first, PETERHEAD[0], a, 0), (second, KILLYBEGS[0], b, 1)])
    assert members == [("r0",), ("r1",)] or place_a == place_b


def test_one_event_from_one_outlet_is_still_one_story() -> None:
    """The names of the event (the place) still group its reports."""
    a = PETERHEAD[1].format(outlet="Reuters")
    b = a.replace("About twenty trawlers", "Some 20 pelagic trawlers").replace("on Friday", "on Friday morning")
    members, scores = stories([("Reuters", PETERHEAD[0], a, 0), ("BBC News", "Peterhead harbour blockaded", b, 0.2)])
    assert members == [("r0", "r1")] and scores[0] > CAP
