"""A credit of what an outlet reported weeks or more before is background, not the report an article re-tells
(analyse/credit_times.py). A trial (2026-12-05): the Chicago Tribune's own interview wrote "the housing proposal
reported by the Financial Times last month"; the FT re-told the interview the next day, and the story was headed
"First reported by Financial Times", the Tribune's interview a re-telling of a report a day after it."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import detect_credits
from briefgen.analyse.stories import group_stories, story_features

FAR = ("last month", "last year", "last summer", "last March", "earlier this year", "in 2021", "since 2019",
       "two years ago", "several months ago", "a few years earlier", "18 months ago")
NEAR = ("last week", "on Monday", "earlier this week", "two days ago", "this morning", "yesterday", "in March")
OUTLETS = ("the Financial Times", "Reuters", "the BBC", "Bloomberg", "the Guardian")
FRAMES_AFTER = ("the plan reported by {o} {t} was one of four options.", "She told {o} {t} that the firm would stay.",
                "The sale, first revealed by {o} {t}, went ahead.", "{O} reported {t} that the firm would sell.",
                "The deal was first reported by {o} in a story {t}.")
FRAMES_BEFORE = ("{T}, {o} reported that the firm would sell.", "{T} {o} revealed the plan to sell.")


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text)]


@settings(max_examples=examples(40), deadline=None)
@given(frame=st.sampled_from(FRAMES_AFTER + FRAMES_BEFORE), outlet=st.sampled_from(OUTLETS), far=st.sampled_from(FAR),
       near=st.sampled_from(NEAR))
def test_a_credit_weeks_back_is_background_a_near_one_a_credit(frame: str, outlet: str, far: str, near: str) -> None:
    """Any credit frame qualified by a time beyond a story's week credits nothing; the same frame with a time within
    days credits the outlet."""
    def text(when: str) -> str:
        return "The firm runs the airport. " + frame.format(o=outlet, O=outlet[0].upper() + outlet[1:], t=when,
                                                              T=when[0].upper() + when[1:])
    assert _credited(text(far)) == []
    assert len(_credited(text(near))) == 1


def test_a_relative_clause_keeps_the_credit() -> None:
    """"according to the BBC, which reported the plan in 2024," credits the BBC with today's news."""
    assert "BBC" in _credited("According to the BBC, which reported the plan in 2024, the firm wants out.")


def test_the_reported_input() -> None:
    """The interview leads its story; the FT's report of it the next day re-tells it."""
    start = dt.datetime(2026, 12, 1, 18, 0, tzinfo=dt.timezone.utc)
    tribune = ('"We are not villains," the managing partner of Halvern Capital, Dana Whitcombe, said in an interview on '
               'Monday. "We have put $40 million into Brackenford Airport since 2021."\n\nWhitcombe said the housing '
               'proposal reported by the Financial Times last month was "one of four options" and that Halvern Capital '
               'would consider selling Brackenford Airport to the council.')
    ft = ("Halvern Capital would consider selling Brackenford Airport to the local council, its managing partner Dana "
          "Whitcombe told the Chicago Tribune, in the first public comments by the firm. Whitcombe said the housing "
          "plan was one of four options for Brackenford Airport.")
    articles = (factories.article("tribune", start, source="Chicago Tribune", title="Halvern's Whitcombe: we are not villains"),
                factories.article("ft", start + dt.timedelta(hours=14), source="Financial Times",
                                  title="Halvern Capital open to selling Brackenford Airport to council"))
    found = {"tribune": story_features(articles[0].title, tribune), "ft": story_features(articles[1].title, ft)}
    story = group_stories(articles, found, factories.config()).story_of("tribune")
    assert story.members == ("tribune", "ft")
    assert dict(story.roles) == {"tribune": "original", "ft": "re-report"}
