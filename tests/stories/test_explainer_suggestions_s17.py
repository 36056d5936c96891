"""A piece its headline names an explainer is never suggested to the editor as one story with a report (S17, T16
finding 9, 2026-12-06).

T16's editor panel and `check` suggested joining The National Standard's "Explained: What is load-shedding, and why
does the grid trip?" to the Ledger's report of the industry's losses (0.45, capped: "one is a guide or an explainer").
Since T14 a guide pair is suggested when its own words would have merged it, the guide rule alone holding it apart —
the rule may misread a report as a guide from its body (a company's "you" in a recall notice, BR18). A headline that
names the piece an explainer ("Explainer:", "Explained:", "Q&A:", "what you need to know", "Your questions answered:")
is its writer's label, not a rule's guess: by the labelling convention such a piece is never one story with a report,
so nothing is left to the editor. A guide known by its body alone is still suggested as before.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.guides import explainer_headline
from briefgen.analyse.stories import StoryFeatures, group_stories
from stories.storyeval import group, load_site

START = dt.datetime(2026, 5, 14, 4, 0, tzinfo=dt.timezone.utc)
EVENT = (("kosal", 1.0), ("load-shedding", 1.0), ("grid", 1.0), ("industry", 1.0), ("losses", 1.0))
NAMES = ("kosal", "mkpdcl")
HELD = ("one is a guide or an explainer for readers, not a report of the event",)


def _features(guide: bool) -> StoryFeatures:
    return StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), (), NAMES, guide=guide)


@given(st.sampled_from(["Explained: What is load-shedding?", "Explainer: why the grid trips",
                        "Q&A: What is load-shedding?", "Load-shedding: what you need to know",
                        "Your questions answered: can the grid cope?", "Load-shedding, explained"]))
@settings(max_examples=examples(30), deadline=None)
def test_an_explainer_named_by_its_headline_is_never_suggested(headline: str) -> None:
    assert explainer_headline(headline)
    articles = (factories.report("ledger", START), factories.report("guide", START + dt.timedelta(hours=29),
                                                                   title=headline))
    grouping = group_stories(articles, {"ledger": _features(False), "guide": _features(True)}, factories.config())
    assert len(grouping.stories) == 2 and grouping.suggestions == ()


def test_a_guide_known_by_its_body_is_still_suggested() -> None:
    headline = "How to keep cool when the power goes"
    assert not explainer_headline(headline)
    articles = (factories.report("ledger", START), factories.report("guide", START + dt.timedelta(hours=29),
                                                                   title=headline))
    grouping = group_stories(articles, {"ledger": _features(False), "guide": _features(True)}, factories.config())
    assert [({s.story, s.join}, s.held_apart) for s in grouping.suggestions] == [({"guide", "ledger"}, HELD)]


def test_the_trials_explainers() -> None:
    """T16's explainer and the rail trial's readers' Q&A ("Harrowmoor Line strike: your questions answered"), both
    labelled stories of their own, are suggested with nothing; T16's other suggestion (the minister's statement and
    the grid failure's live blog, a follow-up) stays."""
    root = Path(__file__).resolve().parent
    heatwave = group(load_site(root / "heatwave"))
    assert [(s.story, s.join) for s in heatwave.suggestions] == [("bna-minister", "newsnine-live")]
    rail = group(load_site(root / "rail"))
    assert all("ledger-explainer" not in (s.story, s.join) for s in rail.suggestions), rail.suggestions
