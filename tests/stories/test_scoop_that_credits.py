"""A later report that credits an earlier report's outlet re-tells it, even when it claims a detail of its own ("X
understands …"): the scoop rule does not hold them apart (scoops.scoop_after). A second trial (2026-12-05, a
drug-recall briefing): "Forty more jobs will go at Ardley Pharmaceuticals' Kestle factory, as the Kestle Gazette
reported on Monday … The Brindmoor Post understands that some of the workers affected live in Brindmoor" was a story
of its own, and `check -v` said it "does not credit its outlet"."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.timezone.utc)
FIRST = ("Ardley Pharmaceuticals will cut another 40 jobs at its Kestle factory after the Pelmarin recall, the "
         "company told staff on Monday.\n\nThe cuts come on top of 120 announced in October. Unite said it would "
         "consult members on a ballot.")
LATER = ("Forty more jobs will go at Ardley Pharmaceuticals' Kestle factory, {credit}, and Unite says it will ballot "
         "for action.\n\nThe Pelmarin recall has cost Ardley Pharmaceuticals its biggest product.\n\n{outlet} "
         "understands that some of the workers affected live in Brindmoor and travel to Kestle daily.")
CREDITS = ("as the Kestle Gazette reported on Monday", "the Kestle Gazette reported on Monday",
           "according to the Kestle Gazette")


@settings(max_examples=examples(20), deadline=None)
@given(credit=st.sampled_from(CREDITS), days=st.floats(1.0, 3.0),
       outlet=st.sampled_from(["The Brindmoor Post", "Health Desk Weekly", "The Fenwick Times"]))
def test_a_scoop_that_credits_the_earlier_report_joins_it(credit: str, days: float, outlet: str) -> None:
    articles = (factories.article("gazette", START, source="Kestle Gazette", title="Ardley to cut another 40 jobs"),
                factories.article("later", START + dt.timedelta(days=days), source=outlet,
                                  title="Union fury as a further 40 posts go at Ardley"))
    texts = {"gazette": FIRST, "later": LATER.format(credit=credit, outlet=outlet)}
    finder = credit_finder(("Kestle Gazette", outlet))
    found = {a.slug: story_features(a.title, texts[a.slug], finder) for a in articles}
    assert found["later"].credits == ("Kestle Gazette",)
    assert found["later"].scoop  # (it claims a detail of its own)
    story = group_stories(articles, found, factories.config()).story_of("later")
    assert story.members == ("gazette", "later")
