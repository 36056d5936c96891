"""Figures that contradict: a re-telling's changed number is a difference, a rounded or re-written one is not.

A reader trial (2026-12-04): a re-telling wrote "14,000 homes" for the original's "140,000" and "181 per cent" for
"118"; the story page matched each pair as one fact and said nothing. Dates, clock times, names' numbers ("Pier 9")
and figures that count different things never contradict.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures
from support.examples import examples

UNITS = st.sampled_from(["homes", "workers", "acres", "drones", "per cent of its rating", "% of the vote"])


def _written(value: int, style: int) -> str:
    """`value` as an editor might write it: 140000, 140,000, or with a scale word."""
    if style == 1:
        return f"{value:,}"
    if style == 2 and value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g}m"
    if style == 3 and value >= 1000 and value % 1000 == 0:
        return f"{value // 1000:,} thousand"
    return str(value)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=1, max_value=50_000_000), st.integers(min_value=1, max_value=50_000_000), UNITS,
       st.integers(0, 3), st.integers(0, 3))
@example(140_000, 14_000, "homes", 1, 1)
@example(118, 181, "per cent of its rating", 0, 0)
def test_one_count_written_twice_contradicts_when_the_values_differ_beyond_rounding(first: int, second: int, unit: str,
                                                                           style_a: int, style_b: int) -> None:
    a = figures(f"The failure cut power to {_written(first, style_a)} {unit} on Tuesday.")
    b = figures(f"Officials said {_written(second, style_b)} {unit} lost power.")
    if first == second:
        assert not contradict(a, b), (a, b)
    elif abs(first - second) > 0.1 * max(first, second):  # (closer figures may be one rounded: "166" and "170")
        assert contradict(a, b), (a, b)


@settings(max_examples=examples(100), deadline=None)
@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=28),
       st.sampled_from(["on {} July", "on July {}", "at {}:30", "at {}am", "near Pier {}", "on Route {}"]))
def test_dates_times_and_names_are_no_figures(one: int, other: int, form: str) -> None:
    a, b = figures("The line failed " + form.format(one) + "."), figures("The line failed " + form.format(other) + ".")
    assert a == () and b == () and not contradict(a, b)


@given(st.sampled_from([("1.2m pounds", "1,234,000 pounds"), ("about 300 workers", "310 workers"),
                        ("300 workers walked out on 14 July", "300 workers walked out"),
                        ("a 40 per cent tariff", "shares slipped 1.2%"), ("140,000 homes", "31 hours"),
                        ("36 Shahed drones, and shot down 35 of them", "destroyed 35 Shahed drones")]))
def test_rounding_another_quantity_or_a_shared_figure_is_no_contradiction(pair: tuple[str, str]) -> None:
    assert not contradict(figures(pair[0]), figures(pair[1])), pair


def test_the_reported_re_telling_shows_its_two_differences() -> None:
    original = ("Internal memos show engineers flagged the Pier 9 substation weeks before the transformer failure "
                "that cut electricity to 140,000 homes. The memos list the transformer's peak load at 118 per cent "
                "of its rating.")
    retelling = ("The transformer at the Pier 9 substation failed, cutting electricity to 14,000 homes, memos show. "
                 "The memos put the peak load at 181 per cent of its rating.")
    comparison = compare_reports([("original", original), ("retelling", retelling)])
    assert comparison.differ == ((("original", 0), ("retelling", 0)), (("original", 1), ("retelling", 1)))
    assert comparison.shared == ()  # neither pair is one fact told alike
    for report in comparison.reports:
        assert all(not counterparts for counterparts in report.counterparts)


@given(st.sampled_from([
    ("cut power to 100,000 homes", "cut power to 140,000 homes", True),  # a one-digit round figure: within 5 % only
    ("Repairs will cost £40m, the county council said.", "Repairs will cost £4m, the council said.", True),
    ("Temperatures fell to -5C overnight", "Temperatures fell to 5C overnight", True),
    ("Temperatures fell to minus 5C overnight", "It fell to -5C", False),
    ("They worked 48 hours, 300 engineers in all", "They worked 24 hours, 300 engineers in all", True),
    ("Shares fell 3 per cent to 120 pence", "Shares fell 3 per cent to 102 pence", True),
    ("About 140 000 customers lost power", "About 140,000 customers lost power", False),
    ("Some 140.000 customers lost power", "Some 140,000 customers lost power", False),
    ("Flights resumed at 06.30", "Flights resumed at 07.30", False),
    ("Flights resumed at 0630 GMT", "Flights resumed at 0730 GMT", False),
    ("300 nurses walked out", "340 nurses walked out", True),
]))
def test_the_re_tests_pairs(case: tuple[str, str, bool]) -> None:
    """A hostile re-test (2026-12-04): round figures, a figure before a comma, signs, a figure shared beside the
    changed one were missed; a space or a point as thousands separator and clock times with a point were
    differences."""
    first, second, differ = case
    assert contradict(figures(first), figures(second)) == differ, (figures(first), figures(second))
