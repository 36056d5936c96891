"""A sentence two reports tell with one figure miswritten — in digits or in words, two digits swapped or a power of
ten — is shown under "Where the reports differ" and nowhere else on the story page (a hostile re-test, 2026-12-05:
"The vote passed 13 to 12" / "thirty-one to twelve" and "About 430 jobs" / "About three hundred and forty jobs"
stood under "What both reports say"; "Work starts in 2072" / "in 2027" was listed as what each adds; with digits the
vote and jobs pairs were under "differ" AND "What each report adds")."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import figures
from briefgen.analyse.slips import slipped
from briefgen.site.stories import comparison_view

LEAD = "Harcastle council approved a fund to repair the Harcastle museum roof on Monday."
TEMPLATES = ("About {} jobs are protected.", "Work starts in {}.", "The vote passed {} to 12, councillors said.",
             "The museum expects {} visitors a year after the repair.",
             "Of those, {} were sleeping in the Fira Nova gymnasium.")
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int) -> str:
    """An English cardinal for 1 <= n < 1,000,000, British style ("three hundred and forty")."""
    if n >= 1000:
        rest = n % 1000
        return in_words(n // 1000) + " thousand" + ("" if not rest else (" and " if rest < 100 else " ") + in_words(rest))
    if n >= 100:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")
    if n >= 20:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    return _UNITS[n]


def _page(first: str, second: str):
    return comparison_view(compare_reports([("one", f"{LEAD}\n\n{first}"), ("two", f"{LEAD}\n\n{second}")]))


def _only_under_differ(first: str, second: str) -> None:
    view = _page(first, second)
    assert (("one", first), ("two", second)) in view.differ, view
    for slug, added in view.adds:
        assert not any(first in s or second in s for s in added), (slug, added)
    for row in (*view.shared, *(tuple(s for _, s in row) for row in view.some)):
        assert not any(first in s or second in s for s in row), row


def test_the_reported_pairs() -> None:
    for first, second in (("The vote passed 13 to 12, councillors said.", "The vote passed 31 to 12, councillors said."),
                          ("The vote passed 13 to 12, councillors said.",
                           "The vote passed thirty-one to twelve, councillors said."),
                          ("About 430 jobs are protected.", "About 340 jobs are protected."),
                          ("About 430 jobs are protected.", "About three hundred and forty jobs are protected."),
                          ("Work starts in 2072.", "Work starts in 2027.")):
        _only_under_differ(first, second)


def test_figures_in_words_are_read_as_numbers() -> None:
    assert [f.value for f in figures("About three hundred and forty jobs are protected.")] == [340.0]
    assert figures("The vote passed thirty-one to twelve.")[0].upto == (31.0, 2)
    assert figures("Three Rivers council met.") == ()  # (a name's number word)


def test_a_swap_next_to_a_trailing_zero_is_a_slip() -> None:
    (a,), (b,) = figures("350 homes"), figures("305 homes")
    assert slipped(a, b)


def _transposed(n: int, k: int) -> int | None:
    digits = list(str(n))
    k %= len(digits) - 1
    if digits[k] == digits[k + 1] or (k == 0 and digits[1] == "0"):
        return None
    digits[k], digits[k + 1] = digits[k + 1], digits[k]
    return int("".join(digits))


def _significant(n: int) -> int:
    return len(str(n).rstrip("0"))


@settings(max_examples=150, deadline=None)
@given(template=st.sampled_from(TEMPLATES), n=st.integers(13, 99_999), swap=st.booleans(), k=st.integers(0, 5),
       words=st.tuples(st.booleans(), st.booleans()), flip=st.booleans())
def test_one_figure_miswritten_is_only_a_difference(template, n, swap, k, words, flip) -> None:
    """For two sentences the same but for one figure of two significant digits or more, and that figure's digits
    swapped or at another power of ten, written in digits or words: listed under "differ", in no row, no addition."""
    other = _transposed(n, k) if swap else n * 10
    if other is None or other <= 12 or n == other or min(_significant(n), _significant(other)) < 2:
        return
    pair = (n, other) if not flip else (other, n)
    written = [in_words(v) if w else str(v) for v, w in zip(pair, words)]
    _only_under_differ(template.format(written[0]), template.format(written[1]))
