"""A difference compares the same quantity of the same thing (analyse/page_quantities.py, 2026-12-05).

The ferry trial's story pages showed "186 passengers and 24 crew" beside "All 210 people" (a sum), "strike for two days"
beside "48 hours" (a conversion, and another thing lasting) and "a 48-hour strike" beside talks that broke up "after
almost nine hours" under "Where the reports differ". A duration is compared in hours and only with a duration of the
same thing; a count the other sentence's counts add up to agrees with them."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures

HOURS = {"hours": 1, "days": 24, "weeks": 168}
# (a made-up thing that is no unit or word of time: "a 24-hour hour" names nothing that lasts)
thing_word = word.filter(lambda w: w.lower().rstrip("s") not in {"hour", "day", "week", "minute", "month", "year",
                                                                  "second", "night", "morning", "evening", "fortnight"})
SPELLED = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _differ(a: str, b: str) -> bool:
    return contradict(figures(a), figures(b))


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(2, 9), st.sampled_from(sorted(HOURS)), st.sampled_from([0, 0, -2, -1, 1, 2]), thing_word,
       st.booleans())
def test_a_duration_in_other_units_is_the_same_value(n: int, unit: str, change: int, thing: str, spelled: bool
                                                     ) -> None:
    """"for two days" and "48-hour" are one value of one thing; a quarter more or less is a difference."""
    thing = thing.lower()
    hours = n * HOURS[unit] + change * max(1, n * HOURS[unit] // 4)
    written = SPELLED[n] if spelled else str(n)
    first = f"Organisers announced a {thing} for {written} {unit} from Monday."
    second = f"Organisers confirmed a {hours}-hour {thing} from Monday."
    assert _differ(first, second) == (change != 0), (first, second, figures(first), figures(second))


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(2, 99), st.integers(2, 99), thing_word, thing_word)
def test_durations_of_two_things_are_never_compared(a: int, b: int, one: str, other: str) -> None:
    """A 48-hour strike and nine hours of talks: two things lasting, no difference whatever the figures."""
    if one.lower() == other.lower():
        return
    first = f"The union has called a {a}-hour {one.lower()} from Monday."
    for second in (f"The meeting broke up last night after almost {b} hours.",
                   f"The {other.lower()} went on for {b} hours in Glasgow."):
        assert not _differ(first, second), (first, second)


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(10, 900).filter(lambda n: n % 10), st.integers(2, 90).filter(lambda n: n % 10),
       st.sampled_from([0, 0, 7, 13, 40]))
def test_a_count_the_others_add_up_to_agrees(passengers: int, crew: int, change: int) -> None:
    """186 passengers and 24 crew are 210 people; another total differs, unless a round one within 5 %."""
    first = f"A ferry with {passengers} passengers and {crew} crew aboard ran aground on Monday night."
    total = passengers + crew + change
    second = f"All {total} people aboard the ship were brought ashore by lifeboat."
    digits = len(str(total).rstrip("0"))
    exact = passengers + crew  # (a round total agrees within its rounding: "about 200" for 210)
    rounded = (round(exact, digits - len(str(exact))) == total) if digits >= 2 else change <= 0.05 * total
    assert _differ(first, second) == (change != 0 and not rounded), (first, second)


def test_the_ferry_trials_pairs_are_no_differences() -> None:
    pairs = [("PORT CARRICK, Scotland, Nov 2 (Reuters) - A passenger ferry with 186 passengers and 24 crew aboard ran "
              "aground on a reef off Scotland’s west coast on Monday night, and all of them were taken off by lifeboat, "
              "the coastguard said.",
              "All 210 people aboard the Morning Star were brought ashore by lifeboat crews after the vessel went "
              "aground on Craigan Reef at around twenty to ten."),
             ("Ferry crews serving the Scottish island of Skerrin will strike for two days next week, their union "
              "announced on Monday, a week after the route’s only ship ran aground.",
              "Skerrin will be without a ferry for 48 hours from next Monday after crews voted to strike, the Nautical "
              "and Ferry Workers’ Union confirmed yesterday."),
             ("Declan O’Rourke is regional organiser of the Nautical and Ferry Workers’ Union, which has called a "
              "48-hour strike at Northsound Ferries from Monday.",
              "Talks aimed at averting Monday’s ferry strike broke up without agreement in Glasgow last night after "
              "almost nine hours.")]
    for first, second in pairs:
        assert not _differ(first, second), (first, second)
        assert compare_reports([("a", first), ("b", second)]).differ == (), (first, second)
    # the same facts with a changed figure still differ
    assert _differ("The union will strike for two days.", "The union will strike for 72 hours.")
    assert _differ("They worked 48 hours, 300 engineers in all", "They worked 24 hours, 300 engineers in all")
