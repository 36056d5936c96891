"""A scoop is news no earlier report told: never merged with a report a day or more before it (`analyse/scoops.py`).

The reported input: in the fifth trial (tests/stories/takeover/, the British business press), Bramwell Hayes's
profit warning, told by Reuters, the Guardian and Proactive, and Sky News's scoop a day and a half later that the
retailer had hired a bank to sell its Loom & Linen chain ("Sky News has learnt that …"), with the Evening Standard's
re-telling, were one story (0.62-0.87: the same company, chief executive, chair and warning). The kind: any outlet's
claim in its lead ("understands", "has learnt", "has learned", "can reveal", "can disclose", "has been told"), any
hours apart; and its limits: a claim in another outlet's words is a credit, not a scoop; a report before it that
credits its outlet, or one less than a day before it, is compared as any report is.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.scoops import scoop_claim
from briefgen.analyse.stories import StoryFeatures, group_stories, story_features
from support import factories

CLAIMS = ("understands", "has learnt", "has learned", "can reveal", "can disclose", "has been told")
OUTLETS = ("Sky News", "The Times", "City A.M.", "Reuters", "The Telegraph")
START = dt.datetime(2026, 11, 10, 8, 35, tzinfo=dt.timezone.utc)
EVENT = (("bramwell", 1.0), ("hayes", 1.0), ("retailer", 1.0), ("warning", 1.0), ("profit", 1.0), ("rowe", 1.0))
NAMES = ("bramwell", "hayes", "rowe")


def features(scoop: str = "", credits: tuple[str, ...] = ()) -> StoryFeatures:
    return StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), credits, NAMES, scoop=scoop)


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("claim", CLAIMS)
def test_the_claim_names_its_outlet(outlet: str, claim: str) -> None:
    assert scoop_claim(f"{outlet} {claim} that Bramwell Hayes has hired a bank.") == outlet
    assert scoop_claim("Bramwell Hayes is understood to be exploring a sale. Its chair can speak freely.") == ""


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.floats(24.5, 60.0), st.integers(1, 3))
def test_a_scoop_is_never_merged_with_the_reports_a_day_before_it(outlet: str, hours: float, reports: int) -> None:
    earlier = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=k), source=f"Wire {k}")
                    for k in range(reports))
    scoop = factories.article("scoop", START + dt.timedelta(hours=reports - 1 + hours), source=outlet)
    found = {**{a.slug: features() for a in earlier}, "scoop": features(scoop=outlet)}
    grouping = group_stories((*earlier, scoop), found, factories.config())
    assert grouping.story_of("scoop").members == ("scoop",)
    assert len(grouping.story_of("r0").members) == reports


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.floats(0.0, 60.0))
def test_what_stays_compared(outlet: str, hours: float) -> None:
    """Another outlet's claim ("Sky News understands" in a Guardian piece), a report that credits the scoop's
    outlet, or one less than a day before it: one story, as any two reports of the same names and words."""
    first, later = START, START + dt.timedelta(hours=min(hours, 20.0))
    pairs = [({"a": features(), "b": features(scoop=outlet)}, "Other Paper", first + dt.timedelta(hours=hours)),
             ({"a": features(credits=(outlet,)), "b": features(scoop=outlet)}, outlet, first + dt.timedelta(hours=hours)),
             ({"a": features(), "b": features(scoop=outlet)}, outlet, later)]
    for found, source, when in pairs:
        # ("a" from an outlet whose name "The Times" does not end: the factory's "Example Times" credits itself so)
        articles = (factories.article("a", first, source="Harbour Daily"), factories.article("b", when, source=source))
        assert set(group_stories(articles, found, factories.config()).story_of("a").members) == {"a", "b"}


def test_the_trials_scoop_is_read_and_said_to_the_editor() -> None:
    lead = ("Bramwell Hayes, the fashion retailer which issued a profit warning this week, is to put its Loom & Linen "
            "homewares chain up for sale.\n\nSky News has learnt that Bramwell Hayes has hired Harcourt Bell, the "
            "investment bank, to find a buyer for the 46-store business.")
    assert story_features("Bramwell Hayes hires Harcourt Bell to sell Loom & Linen chain", lead).scoop == "Sky News"
    articles = (factories.article("reuters", START, source="Reuters"),
                factories.article("sky", START + dt.timedelta(hours=34.5), source="Sky News"))
    grouping = group_stories(articles, {"reuters": features(), "sky": features(scoop="Sky News")}, factories.config())
    assert [(s.articles, s.held_apart) for s in grouping.suggestions] == [
        (("sky",), ("one is a scoop, a day or more after the other, which does not credit its outlet",))]
