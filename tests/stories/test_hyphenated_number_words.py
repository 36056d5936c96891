"""A number word glued by a hyphen to a unit is a figure (analyse/smallfigures.py, 2026-12-05).

The ferry trial's strike was "a two-day strike" in one report and "a 48-hour strike" in another; a three-week closure
beside a 21-day one: the figures' reader skipped a count in words joined to its unit by a hyphen ("two-year" was
excluded with "two-thirds" and "third-largest"), so "a two-day strike" and "a 72-hour strike" were shown as one fact.
"two-thirds" and "twenty-four" were already numbers; they are tested here too."""
from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_HOURS = {"hour": 1, "day": 24, "week": 168}


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(sorted(_HOURS)), st.sampled_from(sorted(_HOURS)), word,
       st.sampled_from(("strike", "closure", "stoppage", "blockade")))
def test_a_count_in_words_glued_to_its_unit_is_a_duration(n: int, m: int, unit: str, other_unit: str, union: str,
                                                           what: str) -> None:
    """"a two-day strike" is 48 hours of strike: it agrees with "a 48-hour strike" and differs from "a 72-hour
    strike", as "a 2-day strike" does."""
    worded = figures(f"The {union} union called a {_WORDS[n - 1]}-{unit} {what} on Monday.")
    in_digits = figures(f"The {union} union called a {n}-{unit} {what} on Monday.")
    assert worded and [f.value for f in worded] == [f.value for f in in_digits]
    same = n * _HOURS[unit]
    assert not contradict(worded, figures(f"The {union} union called a {same}-hour {what} on Monday."))
    assume(m * _HOURS[other_unit] != same)
    assert contradict(worded, figures(f"The {union} union called a {_WORDS[m - 1]}-{other_unit} {what} on Monday."))


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(_WORDS), word)
def test_glued_words_that_are_no_count_stay_none(number: str, thing: str) -> None:
    """Other glued words are no figure: a fraction's part is a share ("two-thirds of"), an ordinal glued is a kind
    ("third-largest", "first-year"), and "one-off", "two-way" count nothing."""
    for glued in ("off", "way", "sided", "largest"):
        assert figures(f"It was a {number}-{glued} {thing} for the town.") == (), glued
    assert figures(f"The third-largest {thing} and first-year pupils were named.") == ()


def test_the_ferry_trials_strike_and_other_number_words() -> None:
    courier = ("The Island Lass stayed tied up at Port Carrick pier this morning as ferry crews began a two-day "
               "strike, the first on the Skerrin route in more than twenty years.")
    islesfm = ("No ferries have sailed between Port Carrick and Skerrin today, the first day of a 48-hour strike by "
               "Northsound Ferries crews.")
    assert not contradict(figures(courier), figures(islesfm))
    longer = courier.replace("two-day", "three-day")
    assert contradict(figures(longer), figures(islesfm))
    comparison = compare_reports([("courier", longer), ("islesfm", islesfm)])
    assert comparison.differ, "a three-day strike beside a 48-hour one is a difference"
    assert contradict(figures("The port faces a three-week closure."), figures("The port faces a 14-day closure."))
    assert not contradict(figures("The port faces a three-week closure."), figures("The port faces a 21-day closure."))
    # already numbers: a fraction and a number in words with a hyphen
    assert contradict(figures("two-thirds of passengers were islanders"), figures("a third of passengers were islanders"))
    assert contradict(figures("twenty-four people were hurt"), figures("42 people were hurt"))
    assert not contradict(figures("twenty-four people were hurt"), figures("24 people were hurt"))
