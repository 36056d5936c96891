"""A follow-up whose lead opens with background: the earlier event dated in its first sentence, its own news in the
second or third (`analyse/followups.py`, 2026-12-04).

A trial found follow-ups read from the first sentence only: "The council voted last week to close three schools.
Parents filed a legal challenge on Monday …" was not read as following the vote, nor a lead whose second sentence
opens "After Wednesday's vote, …" or says "… came a week after the vote", and such a follow-up joined the event's
reports. The kind: the lead's first three sentences (LEAD_SENTENCES) are read for the openings and counts of the
first; and a first sentence that dates an earlier event in the past ("last week", "last month", "two days ago") is
background when a later sentence of the three gives its news a day of its own.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.followups import lead_follows
from briefgen.analyse.stories import group_stories, story_features

UTC = dt.timezone.utc
BACKGROUND = {"last week": "w1", "last month": "m1", "two days ago": "d2", "three days ago": "d3",
              "two weeks ago": "d14", "10 days ago": "d10"}
NEWS = ("On Monday parents filed a legal challenge at the High Court.",
        "Parents filed a legal challenge at the High Court on Monday.",
        "Parents at Foxhollow yesterday filed a legal challenge.",
        "On 16 March parents filed a legal challenge.")
FILLER = "The closures would affect about 400 pupils."


@pytest.mark.parametrize("lead, code", [
    ("The council voted last week to close three schools. On Monday parents filed a legal challenge.", "w1"),
    ("The council voted last week to close three schools. Parents filed a legal challenge on Monday.", "w1"),
    ("Parents at Foxhollow are angry. After Wednesday's vote to close three schools, they filed a challenge.", "wd2"),
    ("Parents filed a legal challenge. It says the consultation was unlawful. The claim came a week after the vote.",
     "d7"),
    ("Parents filed a challenge. It says the consultation was flawed. They are angry. It came a week after the vote.",
     ""),  # (a fourth sentence: not read)
    ("The council voted last week to close three schools. Parents are angry.", ""),  # (no later day: no news of its own)
    ("Parents have been angry since last week. On Monday they filed a legal challenge.", ""),  # (since: a span)
    ("Calderbridge City Council voted on Wednesday to close three schools. The vote followed a long debate.", ""),
    ("The council voted last week to close three schools, officials said on Monday.", ""),  # (one sentence)
])
def test_the_reported_forms(lead: str, code: str) -> None:
    assert lead_follows(lead) == code


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(sorted(BACKGROUND)), st.sampled_from(NEWS), st.booleans(),
       st.sampled_from(("The council voted {} to close three primary schools.",
                        "Calderbridge City Council approved the closure of three schools {}.",
                        "A draft audit leaked {} found a £4.2m gap in the maintenance budget.")))
def test_a_background_sentence_dates_the_event_the_lead_follows(when: str, news: str, filler: bool,
                                                                background: str) -> None:
    """Whatever the background's words and where the news's day stands (opening its sentence or inside it; the
    second or the third sentence), the code is the background's."""
    lead = " ".join([background.format(when)] + ([FILLER] if filler else []) + [news])
    assert lead_follows(lead) == BACKGROUND[when]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(("After Wednesday's vote", "Following Wednesday's vote", "Two days after the vote",
                        "In the wake of Wednesday's vote")), st.integers(1, 2))
def test_an_opening_of_the_second_or_third_sentence_dates_the_event(opening: str, position: int) -> None:
    lead = " ".join(["Parents at Foxhollow are angry."] + [FILLER] * (position - 1)
                    + [f"{opening}, they filed a legal challenge at the High Court."])
    assert lead_follows(lead) in ("wd2", "d2")


VOTE = ("Calderbridge City Council voted on Wednesday to close three primary schools, St Wenna's, Millbrook and "
        "Foxhollow, despite protests from parents outside City Hall. Councillors approved the plan by 31 votes to 27 "
        "after a three-hour debate. Council leader Desmond Okoro said the closures would save £1.8m a year.")
FOLLOW_UP = ("Calderbridge City Council voted two days ago to close St Wenna's, Millbrook and Foxhollow primary "
             "schools. Parents at Foxhollow filed a legal challenge against the closures at the High Court on Friday, "
             "saying the consultation was unlawful. Council leader Desmond Okoro said the council would defend the "
             "claim.")


def test_the_follow_up_is_held_apart_from_the_event_and_suggested() -> None:
    """The reported kind end to end: the vote's report (Wednesday evening) and, two days later, the challenge whose
    lead opens with the vote as background were one story; now a suggestion that says why."""
    articles = (factories.article("vote", dt.datetime(2026, 3, 11, 20, 0, tzinfo=UTC), source="Gazette",
                                  title="Council votes to close three schools"),
                factories.article("challenge", dt.datetime(2026, 3, 13, 12, 0, tzinfo=UTC), source="Echo",
                                  title="Parents challenge school closures in court"))
    found = {"vote": story_features(articles[0].title, VOTE), "challenge": story_features(articles[1].title, FOLLOW_UP)}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("vote").members == ("vote",)
    assert [s.held_apart for s in grouping.suggestions] == [("one report's lead dates the other's event (a follow-up)",)]
