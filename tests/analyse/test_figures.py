"""Figures that contradict: a re-telling's changed number is a difference, a rounded or re-written one is not.

A reader trial (2026-12-04): a re-telling wrote "14,000 homes" for the original's "140,000" and "181 per cent" for
"118"; the story page matched each pair as one fact and said nothing. Dates, clock times, names' numbers ("Pier 9")
and figures that count different things never contradict.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures
from conftest import examples

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
def test_one_count_written_twice_contradicts_exactly_when_the_values_differ(first: int, second: int, unit: str,
                                                                           style_a: int, style_b: int) -> None:
    a = figures(f"The failure cut power to {_written(first, style_a)} {unit} on Tuesday.")
    b = figures(f"Officials said {_written(second, style_b)} {unit} lost power.")
    assert contradict(a, b) == (first != second), (a, b)


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
