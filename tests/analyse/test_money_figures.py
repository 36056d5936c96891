"""Amounts of money, scale words and fractions in "Where the reports differ" (figures.py, since 2026-12-04).

"£4.2m" and "£42m", "$1.5bn" and "$15bn", "€300,000" and "€3m", "1.4 million" and "14 million" are differences;
one amount written two ways ("£4.2m", "£4,215,000", "4.2 million pounds", "GBP 4.2m"; "40p", "£0.40") is not. An
amount counts its currency and what the words around it say it is for; amounts of two currencies are never compared
(a conversion). A fraction in words ("a third of", "half of") is compared with fractions only.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures
from support.examples import examples

FRAMES = ("The council will spend {} on flood repairs this year.", "Ministers said the council would spend {} on "
          "flood repairs.")
CURRENCIES = {"GBP": ("£", "pounds"), "USD": ("$", "dollars"), "EUR": ("€", "euros")}
SCALES = ((1e9, "bn", "billion"), (1e6, "m", "million"), (1e3, "k", "thousand"))


def _written(value: int, currency: str, style: int) -> str:
    """`value` (whole units of `currency`) as an editor might write it: "£4,200,000", "£4.2m", "£4.2 million",
    "GBP 4.2m", "4.2 million pounds", "$4.2mn"."""
    sign, word = CURRENCIES[currency]
    scale, glued, spelled = next(((s, g, w) for s, g, w in SCALES if value >= s), (1, "", ""))
    short = f"{value / scale:g}"
    forms = (f"{sign}{value:,}", f"{sign}{short}{glued}", f"{sign}{short} {spelled}".rstrip(),
             f"{currency} {short}{glued}", f"{short} {spelled} {word}".replace("  ", " "), f"{sign}{value}")
    return forms[style % len(forms)]


AMOUNTS = st.tuples(st.integers(10, 99), st.integers(0, 7)).map(lambda m: m[0] * 10 ** m[1])


@settings(max_examples=examples(300), deadline=None)
@given(AMOUNTS, st.sampled_from(sorted(CURRENCIES)), st.integers(0, 5), st.integers(0, 5))
@example(4_200_000, "GBP", 1, 0)
def test_one_amount_written_two_ways_is_no_difference(value: int, currency: str, one: int, other: int) -> None:
    first = figures(FRAMES[0].format(_written(value, currency, one)))
    second = figures(FRAMES[1].format(_written(value, currency, other)))
    assert first and second and not contradict(first, second), (first, second)


@settings(max_examples=examples(300), deadline=None)
@given(AMOUNTS, st.sampled_from(sorted(CURRENCIES)), st.integers(0, 5), st.integers(0, 5), st.booleans())
@example(4_200_000, "GBP", 1, 1, True)  # £4.2m and £42m
@example(1_500_000_000, "USD", 1, 1, True)  # $1.5bn and $15bn
@example(300_000, "EUR", 0, 1, True)  # €300,000 and €3m
def test_ten_times_the_amount_is_a_difference(value: int, currency: str, one: int, other: int, up: bool) -> None:
    changed = value * 10 if up else value // 10
    first = figures(FRAMES[0].format(_written(value, currency, one)))
    second = figures(FRAMES[1].format(_written(changed, currency, other)))
    assert contradict(first, second), (first, second)


@settings(max_examples=examples(100), deadline=None)
@given(st.integers(1, 99), st.integers(0, 2), st.integers(0, 2))
def test_pence_are_hundredths_of_a_pound(pence: int, one: int, other: int) -> None:
    def written(n: int, style: int) -> str:
        return (f"{n}p", f"£{n / 100:.2f}", f"{n} pence")[style]

    frame = "The fare on the ferry rises by {} from Monday."
    assert not contradict(figures(frame.format(written(pence, one))), figures(frame.format(written(pence, other))))
    if pence >= 10:
        assert contradict(figures(frame.format(written(pence, one))),
                          figures(frame.format(written(pence // 10, other))))


@given(st.sampled_from([
    ("Repairs will cost £4.2m, the council said.", "Repairs will cost £42m, the council said.", True),
    ("The deal is worth $1.5bn.", "The deal is worth USD 15 billion.", True),
    ("About 1.4 million people were affected.", "About 14 million people were affected.", True),
    ("The council will spend £4.2m on repairs.", "The council will spend £4,215,000 on repairs.", False),
    ("The deal is worth £1.2bn ($1.5bn).", "The deal is worth $1.5bn.", False),
    ("The deal is worth £1.2bn.", "The deal is worth $1.5bn.", False),  # (a conversion: two currencies)
    ("The council will spend £4.2m on repairs.", "The council will spend 42 million on repairs.", False),
    ("A third of homes lost power.", "Half of homes lost power.", True),
    ("A third of homes lost power.", "33 per cent of homes lost power.", False),
    ("Two-thirds of the homes lost power.", "Two thirds of homes lost power.", False),
    ("Flights resumed at 6p.m. on Monday.", "Flights resumed at 7p.m. on Monday.", False),
    ("Shares closed at 150p on Friday.", "The offer was worth 210p a share.", False),
]))
def test_the_reported_forms(case: tuple[str, str, bool]) -> None:
    first, second, differ = case
    assert contradict(figures(first), figures(second)) == differ, (figures(first), figures(second))


def test_a_re_telling_that_moves_the_decimal_point_shows_the_difference() -> None:
    original = "Halvara council will spend £4.2m on flood repairs at the Pier 9 sea wall, its leader said."
    retelling = "Halvara council will spend £42m on flood repairs at the Pier 9 sea wall, the council's leader said."
    comparison = compare_reports([("original", original), ("retelling", retelling)])
    assert comparison.differ == ((("original", 0), ("retelling", 0)),)
