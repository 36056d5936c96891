"""A day after an event noun in "-ing" that is the main verb's object dates the act, not the noun's past (BR20,
2026-12-06; eventdays._noun_past, S17).

S17 read "… was the main cause of the grounding of the Scottish ferry Morning Star on Nov. 2, British accident
investigators said on Friday" as the grounding's past, not the news (the ferry set). The rule took any "the …ing of"
after a main verb, so "Regulators ordered the grounding of all A9 jets on Monday, the agency said on Tuesday", "The
council approved the building of a bridge on Monday, …", "The board confirmed the sacking of its coach on Monday, …"
lost their event day (no day: the other-day cap between two reports never applies). The noun's past is read only
after a preposition ("the cause of the grounding", "an inquiry into the sinking").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.eventdays import lead_days

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = st.sampled_from(["ordered", "approved", "announced", "confirmed", "halted", "blocked", "delayed"])
NOUNS = st.sampled_from(["grounding", "building", "sacking", "easing", "shooting", "sinking", "raising"])
OBJECTS = st.sampled_from(["all A9 jets in Europe", "a new bridge over the river", "its chief executive",
                           "water restrictions in Kent"])
PREPOSITIONS = st.sampled_from(["the main cause of", "an inquiry into", "new details about", "a report on"])


@settings(max_examples=examples(60), deadline=None)
@given(VERBS, NOUNS, OBJECTS, st.sampled_from(range(6)))
def test_the_main_verbs_object_keeps_the_acts_day(verb: str, noun: str, thing: str, day: int) -> None:
    first = f"The regulator {verb} the {noun} of {thing} on {DAYS[day]}, officials said on {DAYS[day + 1]}."
    assert lead_days(first)[0] == f"p{day}", first


@settings(max_examples=examples(60), deadline=None)
@given(PREPOSITIONS, NOUNS, OBJECTS, st.sampled_from(range(6)))
def test_a_noun_after_a_preposition_dates_its_past(before: str, noun: str, thing: str, day: int) -> None:
    first = f"A stuck valve was {before} the {noun} of {thing} on {DAYS[day]}, investigators said on {DAYS[day + 1]}."
    assert lead_days(first)[0] != f"p{day}", first


def test_the_ferry_sets_findings_are_not_the_groundings_day() -> None:
    first = ("LONDON, Nov 20 (Reuters) - A steering valve that had stuck twice before was the main cause of the grounding "
             "of the Scottish ferry Morning Star on Nov. 2, British accident investigators said on Friday.")
    assert lead_days(first)[0] == ""
