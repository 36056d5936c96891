"""A day that dates a noun's past in an appositive is not the day of the lead's news (eventdays._QUALIFIED,
2026-12-06).

A tester's lunar-lander briefing (T12): "Ministers have approved €240m for Tern-2, a successor to the lander lost on
10 November, …" (the Standard, 26 November) was read as 10 November's news, and its report of the approval was held
apart from two others of that day ("their leads place their news on different days"). A past participle qualifying
a noun in an appositive opened by "a"/"an" ("…, a successor to the lander lost on …") or a "which was/were" clause
dates that noun; the day of a main verb after its subject stays the news's ("The head of the agency resigned on
Monday", also after an opening phrase and a comma).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.eventdays import lead_event_day

NOUNS = ("lander", "bridge", "plant", "ferry", "stadium", "council", "agency", "mill", "museum", "fund")
PARTICIPLES = ("lost", "closed", "opened", "destroyed", "sold", "built", "launched", "damaged", "founded", "seized")
DAYS = (("on 10 November", "pm11d10"), ("on Tuesday", "p1"), ("on Friday", "p4"), ("on 3 May", "pm5d3"))
VERBS = ("resigned", "collapsed", "reopened", "voted", "closed", "announced a review")


def test_the_reported_input() -> None:
    assert lead_event_day("Ministers have approved €240m for Tern-2, a successor to the lander lost on 10 November, "
                          "and the agency will pick a builder by March.") == ""


@settings(max_examples=examples(60), deadline=None)
@given(noun=st.sampled_from(NOUNS), other=st.sampled_from(NOUNS), participle=st.sampled_from(PARTICIPLES),
       day=st.sampled_from(DAYS), which=st.booleans())
def test_a_day_qualifying_a_noun_in_an_appositive_is_no_news_day(noun: str, other: str, participle: str,
                                                                   day: tuple[str, str], which: bool) -> None:
    past = (f"a successor to the {other}, which was {participle} {day[0]}" if which
            else f"a successor to the {other} {participle} {day[0]}")
    assert lead_event_day(f"Ministers have approved money for the new {noun}, {past}, officials said.") == ""


@settings(max_examples=examples(80), deadline=None)
@given(noun=st.sampled_from(NOUNS), other=st.sampled_from(NOUNS), verb=st.sampled_from(VERBS),
       day=st.sampled_from(DAYS), opening=st.sampled_from(("", "In Brennock, ", "After weeks of talks, ",
                                                           "For the first time, ", "In a surprise move, ", "Later, ")),
       head=st.sampled_from(("the head", "a member", "an adviser", "a majority")))
def test_a_main_verbs_day_stays_the_news_day(noun: str, other: str, verb: str, day: tuple[str, str],
                                              opening: str, head: str) -> None:
    """Also "In Brennock, a majority of the council voted on Thursday …": an opening phrase, then an "a/an" subject
    (a breaker's sweep, BR11, 2026-12-06: all 1,053 such main-verb leads lost their day, and two events four days
    apart merged)."""
    subject = f"{head} of the {noun}" if opening else f"{head} of the {noun}".capitalize()
    assert lead_event_day(f"{opening}{subject} {verb} {day[0]} at the {other}.") == day[1]
