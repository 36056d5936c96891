"""Figures of different things are no difference between reports (analyse/figureroles.py, T11, 2026-12-06).

A tester's briefing of a disputed election count showed "Where the reports differ" for the candidates' totals beside
the margin ("148,212 … 148,171" and "Forty-one votes out of nearly three hundred thousand"; "148,409 votes to …
148,400" and "Nine votes after a count …") and for "161 disputed ballot papers" beside "Forty ballot papers" (the
sample a judge inspected). Two figures are compared only when they count the same thing told alike, in one role;
a margin the other sentence's counts make agrees with them; a round figure's bound agrees with the values it allows.
The true differences stay: "140,000 homes" and "14,000 homes", "£4.2m of spending on building maintenance
contracts" and "£42m of maintenance spending", "About 430 jobs" and "About three hundred and forty jobs".
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import apart, contradict, figures
from briefgen.analyse.slips import slipped

# Words the rules read around a figure: no made-up modifier or noun may be one of them
_READ = frozenset("lead gap margin behind ahead clear more fewer over under about around some nearly almost out of the "
                  "than deficit advantage difference majority".split())
noun = word.map(str.lower).filter(lambda w: w not in _READ)

T11 = [
    ("Helena Strachan-Boyd read out 148,212 first-preference votes for Mr Pennock and 148,171 for Dame Philippa "
     "Oduya-Kerr of the Progressive Alliance.",
     "\u201cForty-one votes out of nearly three hundred thousand is not a verdict, it is a rounding error."),
    ("The recount, which included two Kelderby ballot boxes missed the first time, gave her 148,409 votes to Gareth "
     "Pennock\u2019s 148,400.",
     "\u201cNine votes after a count that lost two boxes? That result belongs before a judge.\u201d"),
    ("LONDON (Albion Wire) - An election court sat for a full day on Friday to hear Gareth Pennock\u2019s challenge to "
     "the West Harrowmere mayoral recount, with 161 disputed ballot papers laid out for inspection.",
     "Forty ballot papers from the West Harrowmere recount were passed one by one to the bench on Friday as the "
     "election petition was heard at the Royal Courts of Justice."),
]
TRUE_DIFFERENCES = [
    ("Engineers flagged the substation weeks before the failure that cut electricity to 140,000 homes.",
     "Engineers flagged the substation weeks before it failed, leaving 14,000 homes without electricity."),
    ("A draft report has found \u00a34.2m of spending on building maintenance contracts that cannot be matched to any "
     "completed work.",
     "A draft audit has found \u00a342m of maintenance spending that cannot be linked to finished work."),
    ("About 430 jobs will be protected by the deal.", "About three hundred and forty jobs will be protected by the deal."),
]


def _differ(first: str, second: str) -> bool:
    return contradict(figures(first), figures(second))


def test_the_testers_figures_of_different_things_are_no_difference() -> None:
    for first, second in T11:
        assert not _differ(first, second), (first, second)


def test_the_testers_story_pages_show_no_difference() -> None:
    """The court day's reports, each with a sentence they share: the two figures are no difference."""
    shared = "The election court will give its ruling on the West Harrowmere recount next week, the judge said."
    for first, second in T11:
        comparison = compare_reports([("a", f"{first} {shared}"), ("b", f"{second} {shared}")])
        assert not comparison.differ, (first, second, comparison.differ)


def test_figures_of_different_things_are_no_one_fact() -> None:
    """The court day's two sentences are neither a difference nor one row of "what both reports say": each is what
    its report adds (figures.apart; compare._same_figures)."""
    first, second = T11[2]
    assert apart(figures(first), figures(second))
    shared = "The election court will give its ruling on the West Harrowmere recount next week, the judge said."
    comparison = compare_reports([("a", f"{first} {shared}"), ("b", f"{second} {shared}")])
    assert not comparison.differ and [report.adds for report in comparison.reports] == [(0,), (0,)], comparison


@FAST
@given(noun, noun, st.integers(20, 90_000), st.integers(20, 90_000))
def test_sentences_counting_other_things_are_what_each_adds(modifier: str, thing: str, a: int, b: int) -> None:
    """Two counts, one with a modifier the other lacks, are what each report adds — unless their digits are one
    figure miswritten (swapped, tenfold: slips.py), which shows them as a difference whatever the modifiers (a CI
    draw, 120 and 210, 2026-12-06; test_figure_slips.test_a_modifier_one_report_adds_does_not_hide_a_slip)."""
    assume(modifier != thing and _apart(a, b))
    first = f"The court laid out {a:,} {modifier} {thing}s for inspection on Friday in Harrowmere."
    second = f"In Harrowmere, {b:,} {thing}s were laid out for inspection on Friday."
    assume(not any(slipped(x, y) for x in figures(first) for y in figures(second)))
    comparison = compare_reports([("a", first), ("b", second)])
    assert not comparison.differ and [report.adds for report in comparison.reports] == [(0,), (0,)], comparison
    same = compare_reports([("a", first), ("b", second.replace(f"{thing}s", f"{modifier} {thing}s"))])
    assert same.differ, same


def test_true_differences_stay() -> None:
    for first, second in TRUE_DIFFERENCES:
        assert _differ(first, second), (first, second)


def _apart(a: int, b: int) -> bool:
    """Two counts no rounding makes one (figures.same_figure)."""
    return abs(a - b) > 0.2 * max(a, b)


@FAST
@given(noun, noun, st.integers(20, 90_000), st.integers(20, 90_000), st.booleans())
def test_a_modifier_one_report_gives_alone_is_another_thing(modifier: str, thing: str, a: int, b: int,
                                                           both: bool) -> None:
    """"161 disputed ballot papers" and "40 ballot papers": not compared; with the modifier in both, compared."""
    assume(modifier != thing and _apart(a, b))
    first = f"The court laid out {a:,} {modifier} {thing}s for inspection on Friday."
    second = f"Some {b:,} {modifier + ' ' if both else ''}{thing}s were passed to the bench on Friday."
    assert _differ(first, second) == both, (first, second)


@FAST
@given(word, word, noun, st.integers(1_000, 90_000), st.integers(1, 900), st.sampled_from([
    "{name} won by {m} {thing}s.", "{name} won with a majority of {m} {thing}s.", "It was a {m}-{thing} margin.",
    "{name} finished {m} {thing}s ahead.", "{m} {thing}s out of {total:,} decided it.",
    "{m} {thing}s after a count that lost two boxes.", "Just {m} {thing}s separated them after the count."]))
def test_a_margin_is_no_candidates_total(winner: str, loser: str, thing: str, total: int, margin: int,
                                          told: str) -> None:
    """Two candidates' totals and the margin between them, told by its role or by the totals' difference (a name
    before a figure is read as the name's number, "Pier 9": her total comes after "her", the loser's after his
    possessive)."""
    assume(winner != loser and _apart(total, margin))
    first = f"The recount gave her {total + margin:,} {thing}s to {loser}\u2019s {total:,}."
    second = told.format(name=winner, m=margin, thing=thing, total=2 * total + margin)
    assert not _differ(first, second), (first, second)


@FAST
@given(noun, st.integers(1_000, 90_000), st.integers(1_000, 90_000))
def test_a_candidates_total_against_another_figure_still_differs(thing: str, total: int, other: int) -> None:
    """The margin rule excuses the difference of the other's two counts, nothing else: "18,000 votes" beside
    "gave her 12,000 votes to Mr Lake's 10,000" still differs."""
    margin = 1_000
    assume(all(_apart(other, n) for n in (total, total + margin, margin, 2 * total + margin)))
    first = f"The count gave her {total + margin:,} {thing}s to Mr Pennock\u2019s {total:,}."
    second = f"The count gave her {other:,} {thing}s."
    assert _differ(first, second), (first, second)


@FAST
@given(noun, st.integers(1, 9), st.integers(1, 99))
def test_a_round_figures_bound_agrees_with_what_it_allows(thing: str, lead: int, below: int) -> None:
    """"nearly 300,000" and "296,383"; "more than 100" and "150"; the other side of the bound still differs."""
    rounded = lead * 100_000
    inside = rounded - below * 100  # within 10 % under it
    assert not _differ(f"Nearly {rounded:,} {thing}s were cast.", f"In all, {inside:,} {thing}s were cast."), inside
    assert not _differ(f"More than {rounded:,} {thing}s were cast.", f"In all, {rounded * 3 // 2:,} {thing}s were cast.")
    assert _differ(f"More than {rounded:,} {thing}s were cast.", f"In all, {rounded * 2 // 3:,} {thing}s were cast.")


@FAST
@given(word, noun, st.integers(1_000, 9_000), st.integers(1, 9))
def test_a_holders_figure_is_compared_with_that_holders_only(place: str, thing: str, held: int, lead: int) -> None:
    """"Nearly every one of Marlow's 2,300 residents left" beside "forcing more than 9,000 residents to flee" (the
    wildfire set, once a possessive before a number was read as its holder): no difference; the same holder's two
    figures still differ."""
    other = lead * 10_000
    assert not _differ(f"The fire forced {other:,} {thing}s to flee.", f"Nearly every one of {place}'s {held:,} "
                                                                       f"{thing}s left."), (place, held)
    assert _differ(f"Nearly all of {place}'s {held:,} {thing}s left.", f"Nearly all of {place}'s {held * 2:,} "
                                                                        f"{thing}s left.")
