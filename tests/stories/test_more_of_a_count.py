"""A figure after "another", "a further", "additional" or "extra" counts more, not a total, and contradicts no
total (analyse/figures.py, "More of a count"). An airport trial (2026-12-05) set "The airport employs 310 people
directly." against "… two maintenance firms on the site employ another 120 people …" under "Where the reports
differ"."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.figures import contradict, figures

MORE = ("another", "a further", "an additional", "an extra", "additional", "extra", "further")
UNITS = ("people", "jobs", "homes", "passengers", "flights", "workers")


@settings(max_examples=examples(60), deadline=None)
@given(more=st.sampled_from(MORE), unit=st.sampled_from(UNITS), total=st.integers(11, 9000),
       added=st.integers(11, 9000), verb=st.sampled_from(["employ", "have", "lost", "need"]))
def test_more_of_a_count_contradicts_no_total(more: str, unit: str, total: int, added: int, verb: str) -> None:
    """"<verb> another N <unit>" beside "<verb> M <unit>": no contradiction; "<verb> N <unit>" beside a different M:
    one (the plain case is what the rule leaves as it was)."""
    first = figures(f"The airport and its tenants {verb} {total:,} {unit} in all.")
    assert not contradict(first, figures(f"The firms on the site {verb} {more} {added:,} {unit}, the council said."))
    if added != total and not _rounds_to(total, added) and not _rounds_to(added, total):
        assert contradict(first, figures(f"The firms on the site {verb} {added:,} {unit}, the council said."))


def _rounds_to(exact: int, rounded: int) -> bool:
    """Whether `rounded`, read with its significant digits (2,700: two), is `exact` rounded so: a round figure
    beside a precise one is no contradiction (figures.py; 2,651 and 2,700, a draw BR20 found, 2026-12-06)."""
    unit = 10 ** (len(str(rounded)) - len(str(rounded).rstrip("0")))  # its last significant digit's place
    return unit > 1 and abs(exact - rounded) * 2 <= unit  # (either way at the half: what figures.py does there)


def test_the_reported_input() -> None:
    assert not contradict(figures("The airport employs 310 people directly."), figures(
        "The airport's café, its flying school and two maintenance firms on the site employ another 120 people, "
        "according to figures from Westmoor District Council."))
