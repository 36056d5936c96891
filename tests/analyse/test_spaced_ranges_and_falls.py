"""A range's hyphen written with a space before it, and a fall told in words, in "Where the reports differ".

A trial (2026-12-04) showed "£4m -£5m" as a negative figure: a hyphen after a space and before an amount was read as
its sign, so "£4m -£5m" was £4m and -£5m, and it differed from "£4m–£5m" and "between £4m and £5m". A hyphen
right after a figure and a space is the range's dash when the two figures make one range (figures.py, "Ranges");
elsewhere ("a balance of £3m, -£2m") it is still a sign. "-3%" and "3% down" tell one fall: words of a fall before or
after a figure ("fell 3%", "down 3%", "3% down", "3% lower") carry its sign as words of a loss do, so sizes are
compared (figures.py, "Signs").
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.figures import contradict, figures
from support.examples import examples

FRAME = "The refit of the two ferries will cost {} over two years."
OTHER = "Refitting the two ferries will cost {} over two years, the operator said."
RANGES = ("£{}m -£{}m", "£{}m - £{}m", "£{}m- £{}m", "£{}m–£{}m", "£{}m – £{}m", "£{}m-£{}m", "between £{}m and £{}m",
          "£{}m to £{}m", "£{}m -{}m", "{} -{} million pounds", "£{}m  -  £{}m")
FALLS = ("-{}%", "\u2212{}%", "{}% down", "{}% lower", "down {}%", "down by {}%")
CLOSED = ("Shares in the operator closed {} on the day.", "The operator's shares closed {} on the day, dealers said.")


def _range(low: int, high: int, style: int) -> str:
    return RANGES[style % len(RANGES)].format(low, high)


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(1, 60), st.integers(1, 60), st.integers(0, 100), st.integers(0, 100))
@example(4, 1, 0, 3)  # the trial's "£4m -£5m" and "£4m–£5m"
@example(4, 1, 0, 6)  # "£4m -£5m" and "between £4m and £5m"
def test_a_range_written_with_a_spaced_hyphen_is_one_positive_figure(low: int, width: int, one: int,
                                                                   other: int) -> None:
    high = low + max(width, low // 4 + 1)
    first, second = figures(FRAME.format(_range(low, high, one))), figures(OTHER.format(_range(low, high, other)))
    money = [f for f in first if any(u.startswith("\u00a4") for u in f.units)]  # ("two ferries": a count, 2026-12-05)
    assert len(money) == 1 and money[0].upto is not None and money[0].value > 0, first
    assert not contradict(first, second), (first, second)
    changed = figures(OTHER.format(_range(low, high * 2, other)))
    assert contradict(first, changed), (first, changed)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(1, 99), st.integers(0, len(FALLS) - 1), st.integers(0, len(FALLS) - 1))
@example(3, 0, 2)  # "-3%" and "3% down"
def test_a_fall_in_words_is_the_negative_figure(value: int, one: int, other: int) -> None:
    def fall(style: int, number: int, frame: int) -> tuple:
        return figures(CLOSED[frame].format(FALLS[style].format(number)))
    assert not contradict(fall(one, value, 0), fall(other, value, 1))
    assert contradict(fall(one, value, 0), fall(other, value * 2 + 1, 1))


@given(st.sampled_from([
    ("The refit will cost £4m -£5m, the operator said.", "The refit will cost £4m–£5m, the operator said.", False),
    ("The refit will cost £4m - £5m, the operator said.", "The refit will cost between £4m and £5m, it said.", False),
    ("The refit will cost £4m -£5m, the operator said.", "The refit will cost -£5m, the operator said.", True),
    # a hyphen after a comma is a sign still: two figures, the second negative
    ("The fund shows a balance of £3m, -£2m after the audit.", "The fund shows a balance of £3m, £2m after the audit.",
     True),
    ("Shares closed -3% on the day.", "Shares closed 3% down on the day.", False),
    ("Shares closed -3% on the day.", "Shares closed 3% on the day.", True),
    ("Shares closed -3% on the day.", "Shares closed 3% up on the day.", True),
]))
def test_the_reported_forms(case: tuple[str, str, bool]) -> None:
    first, second, differ = case
    assert contradict(figures(first), figures(second)) == differ, (figures(first), figures(second))
