"""A re-telling a day later whose lead gives the event as its news's cause stays in the event's story (2026-12-06).

A tester's election briefing (T11) had the wire's "has ordered a full recount … after the first count gave … a margin of
only 41 votes" merged with the count-night reports (a consequence told as a re-telling: still open, docs/log/stories.md,
"Limits"). A first rule (e9078a9f, analyse/causednews.py) held apart a later lead whose cause clause told the earlier
lead and whose own news was in other words; a breaker (BR10) showed it splitting re-tellings that restate the outcome
as a state ("A financial adviser is behind bars after Kestle Crown Court jailed …", "… are county champions after
beating …", "… lies in ruins after a fire …": 9 of 16 such re-tellings, 0 of 15 drawn ones kept), and it was taken out.
These re-tellings stay one story with their event; the properties fail on e9078a9f.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories, madeup
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 13, 9, 0, tzinfo=dt.timezone.utc)
# (the event's lead, a re-telling's lead a day or more later whose cause clause tells the event: BR10's forms)
TOLD = (
    ("{A} {B} was jailed for nine years at {P} Crown Court on Monday for defrauding pensioners of 2 million pounds.",
     "A financial adviser is behind bars after {P} Crown Court jailed {A} {B} for nine years for defrauding "
     "pensioners of 2 million pounds."),
    ("{P} Rovers won the county cup on Saturday, beating {Q} Town 2-1 in the final at {A} Park.",
     "{P} Rovers are county champions after beating {Q} Town 2-1 in Saturday's final at {A} Park."),
    ("A fire destroyed the old {A} Mill in {P} on Wednesday night, and 60 firefighters spent five hours bringing the "
     "blaze under control.",
     "{P}'s old {A} Mill lies in ruins after a fire that took 60 firefighters five hours to bring under control on "
     "Wednesday night."),
)


@settings(max_examples=examples(30), deadline=None)
@given(names=st.lists(madeup.word, min_size=4, max_size=4, unique=True), told=st.sampled_from(TOLD),
       hours=st.floats(25, 60))
def test_a_re_telling_that_gives_the_event_as_its_cause_stays_in_its_story(names: list[str],
                                                                          told: tuple[str, str], hours: float) -> None:
    values = dict(zip("ABPQ", names))
    a = factories.article("a", START, "Coast Radio", title=f"{values['P']} news")
    b = factories.article("b", START + dt.timedelta(hours=hours), "Northern Daily", title=f"{values['P']} latest")
    found = {"a": story_features(a.title, told[0].format(**values)), "b": story_features(b.title, told[1].format(**values))}
    assert group_stories((a, b), found, factories.config()).story_of("a").members == ("a", "b")
