"""Signs and ranges of amounts in "Where the reports differ" (figures.py, "Signs" and "Ranges").

A re-test (2026-12-04) showed "…shows a balance of -£3m after the audit." and "…a balance of £3m after the audit."
as one fact in "What both reports say" (a sign before the currency was not read), and "will cost £4m-£5m" and "will
cost £4m-£9m" as one fact (the shared £4m excused the changed end). A sign is "-", "\u2212" or "minus" before the
number or before its currency; a range ("£4m-£5m", "£4m to £5m", "between £4m and £5m", "4-5 million pounds",
"£4m–£5m") is one figure of two ends: two ranges differ when an end differs beyond rounding, a number inside a range
is no difference.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures
from support.examples import examples

FRAMES = ("The refit of the two ferries will cost {} over two years.",
          "Refitting the two ferries will cost {} over two years, the operator said.")
RANGES = ("£{}m-£{}m", "£{}m–£{}m", "£{}m – £{}m", "£{}m to £{}m", "between £{}m and £{}m", "from £{}m to £{}m",
          "£{}-{}m", "{}-{} million pounds", "{} to {} million pounds", "GBP {}m to {}m", "£{}m-{}m")
SIGNED = ("-£{}m", "\u2212£{}m", "minus £{}m", "£-{}m", "£\u2212{}m")


def _amount(millions: float) -> str:
    return f"{millions:g}"


def _range(low: float, high: float, style: int) -> str:
    """A range of positive amounts in millions of pounds, as an editor might write it."""
    return RANGES[style % len(RANGES)].format(_amount(low), _amount(high))


def _signed_range(low: float, high: float, style: int) -> str:
    """A range whose ends may be negative, each end written with its own sign and currency."""
    def end(value: float) -> str:
        return SIGNED[style % len(SIGNED)].format(_amount(-value)) if value < 0 else f"£{_amount(value)}m"
    return ("{} to {}", "between {} and {}", "{}\u2013{}")[style % 3].format(end(low), end(high))


def _differ(first: str, second: str) -> bool:
    a, b = figures(FRAMES[0].format(first)), figures(FRAMES[1].format(second))
    assert a and b, (a, b)
    return contradict(a, b)


LOWS = st.integers(1, 60)


@settings(max_examples=examples(300), deadline=None)
@given(LOWS, st.integers(1, 60), st.integers(0, 100), st.integers(0, 100))
@example(4, 1, 0, 1)  # £4m-£5m and £4m–£5m
def test_one_range_written_two_ways_is_no_difference(low: int, width: int, one: int, other: int) -> None:
    high = low + max(width, low // 4 + 1)
    assert not _differ(_range(low, high, one), _range(low, high, other))


@settings(max_examples=examples(300), deadline=None)
@given(LOWS, st.integers(1, 60), st.integers(0, 100), st.integers(0, 100), st.sampled_from([2, 3, 5, 10]),
       st.sampled_from(["high up", "low down", "high down", "low up"]))
@example(4, 1, 0, 0, 2, "high up")  # the re-test's £4m-£5m and £4m-£9m (£10m here)
def test_one_end_changed_twofold_or_more_is_a_difference(low: int, width: int, one: int, other: int, factor: int,
                                                         change: str) -> None:
    high = low + max(width, low // 4 + 1)
    end, way = change.split()
    changed = (low, high * factor if way == "up" else high / factor) if end == "high" else (
        low * factor if way == "up" else low / factor, high)
    changed = tuple(sorted(changed))
    if changed == (low, high):
        return
    assert _differ(_range(low, high, one), _range(*changed, other))


@settings(max_examples=examples(200), deadline=None)
@given(LOWS, st.integers(1, 60), st.floats(0, 1), st.integers(0, 100))
@example(4, 1, 0.5, 0)  # £4m-£5m and £4.5m
@example(4, 1, 1.0, 0)  # £4m-£5m and £5m
def test_a_single_amount_inside_the_range_is_no_difference(low: int, width: int, where: float, style: int) -> None:
    high = low + max(width, low // 4 + 1)
    inside = round(low + where * (high - low), 1)
    assert not _differ(_range(low, high, style), f"£{_amount(inside)}m")
    assert _differ(_range(low, high, style), f"£{_amount(high * 2)}m")


@settings(max_examples=examples(300), deadline=None)
@given(LOWS, st.integers(1, 60), st.integers(0, 100), st.integers(0, 100), st.sampled_from(["low", "high", "both"]))
@example(4, 1, 0, 1, "both")  # -£4m to -£5m and £4m to £5m
def test_a_sign_flipped_is_a_difference(low: int, width: int, one: int, other: int, flipped: str) -> None:
    high = low + max(width, low // 4 + 1)
    ends = (-low if flipped in ("low", "both") else low, -high if flipped in ("high", "both") else high)
    assert not _differ(_signed_range(*sorted(ends), one), _signed_range(*sorted(ends), other))
    assert _differ(_signed_range(low, high, one), _signed_range(*sorted(ends), other))


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(1, 999), st.integers(0, len(SIGNED) - 1), st.integers(0, len(SIGNED) - 1))
@example(3, 0, 0)  # the re-test's -£3m and £3m
def test_a_negative_amount_differs_from_the_positive_one_in_every_sign(value: int, one: int, other: int) -> None:
    negative, also = SIGNED[one].format(value), SIGNED[other].format(value)
    assert _differ(negative, f"£{value}m") and _differ(f"£{value}m", negative)
    assert not _differ(negative, also)


@given(st.sampled_from([
    ("Its pension fund shows a balance of -£3m after the audit.", "Its pension fund shows a balance of £3m after "
     "the audit.", True),
    ("The fund shows a balance of \u2212£3m after the audit.", "The fund shows a balance of £3m after the audit.",
     True),
    ("The fund shows a balance of minus £3m after the audit.", "The fund shows a balance of -£3m after the audit.",
     False),
    # words carry the sign: "a deficit of £3m" is the balance of -£3m, so sizes are compared
    ("The fund shows a deficit of £3m after the audit.", "The fund shows a balance of -£3m after the audit.", False),
    ("The fund shows a deficit of £3m after the audit.", "The fund shows a deficit of £4m after the audit.", True),
    # brackets in prose are an aside or a conversion ("£1.2bn ($1.5bn)"), not an accounting negative
    ("The fund shows a balance of (£3m) after the audit.", "The fund shows a balance of £3m after the audit.", False),
    ("The refit will cost £4m-£5m, the operator said.", "The refit will cost £4m-£9m, according to the operator.",
     True),
    ("The refit will cost between £4m and £5m, the operator said.", "The refit will cost £4m–£5m, the operator said.",
     False),
    ("The refit will cost 4-5 million pounds, the operator said.", "The refit will cost £4.5m, the operator said.",
     False),
    ("The refit will cost £4m-£5m, the operator said.", "The refit will cost £9m, the operator said.", True),
    # a change and a level, no range ("rose 6p to 221p"): the takeover set's share prices
    ("Shares rose 6p to 221p, well above the proposal.", "Shares rose 2.8% to 221 pence, well above the proposal.",
     False),
    ("Sales rose by £1m to £5m in the year.", "Sales rose by £2m to £5m in the year.", True),
    # a vote's "6-3" holds no "3.75%": only a range's ends are written in a sentence
    ("The committee voted 6-3 to hold rates at 4%.", "The bank lowered its rate to 3.75%.", True),
]))
def test_the_reported_forms(case: tuple[str, str, bool]) -> None:
    first, second, differ = case
    assert contradict(figures(first), figures(second)) == differ, (figures(first), figures(second))


ECHO = ("The Kelso Isles ferry operator unveiled a rescue plan for its ageing fleet on Friday.\n\n"
        "The refit of the two oldest vessels will cost £4m-£5m, the operator said.\n\n"
        "Its pension fund shows a balance of -£3m after the audit.")
RADIO = ("The Kelso Isles ferry operator set out a rescue plan for its ageing fleet on Friday, the Northshore Echo "
         "reported.\n\nThe refit of the two oldest vessels will cost £4m-£9m, according to the operator.\n\n"
         "Its pension fund shows a balance of £3m after the audit.")


def test_the_re_tests_story_shows_the_range_and_the_sign() -> None:
    comparison = compare_reports([("echo", ECHO), ("radio", RADIO)])
    assert comparison.differ == ((("echo", 1), ("radio", 1)), (("echo", 2), ("radio", 2))), comparison.differ
    shared = {index for row in comparison.rows for slug, index in row if slug == "echo"}
    assert shared == {0}, comparison.rows
