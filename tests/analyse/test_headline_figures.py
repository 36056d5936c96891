"""Headlines whose figures differ are a difference (analyse/slips.headline_slips, compare_reports(…, headlines);
site/stories.comparison_view shows them under "Where the reports differ"). A trial (2026-12-05): the Standard's "Arts
fund drafts plan to cut Harcastle museum grant by £1.7m" and the Echo's "Harcastle museum faces £17m funding cut, says
report" were nowhere on the story page: the bodies do not give the cut."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports
from briefgen.site.stories import comparison_view

BODY = ("The Northern Arts Fund is preparing to reduce its grant to the Harcastle Museum of Art, according to a draft "
        "letter.\n\nThe museum's trustees said they had not received any letter.")
FORMS = {  # (one figure, another of the same kind): slips of digits, counts under ten in words, ordinals
    "ten": ("£1.7m", "£17m"), "swap": ("£17m", "£71m"), "words": ("three", "four"), "ordinal": ("third", "fourth"),
    "suffix": ("3rd", "4th"), "plain": ("340", "430")}
HEADLINES = {"ten": "Harcastle museum faces {} funding cut", "swap": "Harcastle museum faces {} funding cut",
             "words": "Fund to close {} Harcastle museum galleries", "ordinal": "Harcastle museum loses grant for {} time",
             "suffix": "Harcastle museum loses grant for {} time", "plain": "Harcastle museum to lose {} visitors a day"}


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(sorted(FORMS)), st.booleans(), st.integers(2, 4))
def test_headlines_identical_but_for_a_figure_differ(form: str, turned: bool, n: int) -> None:
    first, second = FORMS[form][::-1] if turned else FORMS[form]
    headlines = [HEADLINES[form].format(first)] + [HEADLINES[form].format(second)] * (n - 1)
    reports = [(f"r{k}", BODY) for k in range(n)]
    comparison = compare_reports(reports, headlines)
    assert comparison.headlines == tuple((("r0", headlines[0]), (f"r{k}", headlines[k])) for k in range(1, n)), comparison
    view = comparison_view(comparison)
    assert (("r0", headlines[0]), ("r1", headlines[1])) in view.differ, view
    assert not any(report.adds for report in comparison.reports) and len(comparison.shared) == 2, comparison
    assert not compare_reports(reports, [headlines[0]] * n).headlines  # (the same figure: no difference)


def test_the_trial_s_headlines() -> None:
    headlines = ["Arts fund drafts plan to cut Harcastle museum grant by £1.7m",
                 "Harcastle museum faces £17m funding cut, says report"]
    comparison = compare_reports([("standard", BODY), ("echo", BODY)], headlines)
    assert comparison.headlines == ((("standard", headlines[0]), ("echo", headlines[1])),)
    assert not compare_reports([("standard", BODY), ("echo", BODY)]).headlines  # (none given: none compared)


def test_a_report_writing_both_figures_counts_two_things() -> None:
    body = BODY + "\n\nThe fund said £17m was its whole budget and £1.7m the cut."
    headlines = ["Arts fund drafts plan to cut Harcastle museum grant by £1.7m",
                 "Harcastle museum faces £17m funding cut, says report"]
    assert not compare_reports([("standard", body), ("echo", BODY)], headlines).headlines
