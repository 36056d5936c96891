"""Counts under ten in words and ordinals are figures (analyse/figures.py, 2026-12-05): two reports identical but for
"three men" and "four men", "the third theft" and "the fourth", "3rd" and "4th", show the pair under "Where the
reports differ", in no shared row and as no addition (a trial: such reports were shown as agreeing)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports

WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
SUFFIX = {1: "st", 2: "nd", 3: "rd"}
FRAMES = ["Police said {} men were arrested at a house in Harcastle on Tuesday night.",
          "It was the {} theft from the Harcastle museum since the gallery reopened.",
          "Firefighters fought the blaze on {} floors of the Vellmoor warehouse overnight."]
REST = ["The stolen painting has not been found by detectives.",
        "Detectives said the inquiry into the burglary was continuing."]


def _written(n: int, form: str) -> str:
    if form == "word":
        return WORDS[n - 1]
    if form == "ordinal":
        return ORDINALS[n - 1]
    return f"{n}{SUFFIX.get(n if n < 20 else n % 10, 'th') if n % 100 not in (11, 12, 13) else 'th'}"


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(["word", "ordinal", "digits"]), st.sampled_from(FRAMES),
       st.integers(0, 2), st.booleans())
def test_reports_identical_but_for_a_small_figure_differ(first: int, second: int, form: str, frame: str, at: int,
                                                        capital: bool) -> None:
    if form == "word" and frame is FRAMES[1]:
        frame = FRAMES[0]
    one, two = _written(first, form), _written(second, form)
    if capital and frame.startswith("{}"):
        one, two = one.capitalize(), two.capitalize()
    texts = [REST[:at] + [frame.format(one)] + REST[at:], REST[:at] + [frame.format(two)] + REST[at:]]
    comparison = compare_reports([("a", " ".join(texts[0])), ("b", " ".join(texts[1]))])
    if first == second:
        assert not comparison.differ and len(comparison.shared) == 3, comparison
        return
    assert comparison.differ == ((("a", at), ("b", at)),), comparison
    for row in comparison.rows:
        assert not {("a", at), ("b", at)} <= set(row), comparison.rows
    assert all(at not in report.adds for report in comparison.reports), comparison
    assert len(comparison.shared) == 2, comparison  # the other sentences agree


def test_names_dates_and_pronouns_are_no_small_figures() -> None:
    from briefgen.analyse.figures import figures
    for sentence in ("Water from Three Rivers reached the town.", "The hearing is on October 3rd in Harcastle.",
                     "One of them said the fund had not decided.", "First, the court heard the case.",
                     "Two-thirds of the staff left the museum.", "The Second World War ended in Europe."):
        found = [f for f in figures(sentence) if not any(u.startswith("\u00f7") for u in f.units)]  # (a share)
        assert not found, (sentence, found)


def test_the_trial_s_forms() -> None:
    for a, b in (("Three men were arrested in Harcastle on Tuesday.", "Four men were arrested in Harcastle on Tuesday."),
                 ("It was the third theft at the museum this year.", "It was the fourth theft at the museum this year."),
                 ("It was the 3rd theft at the museum this year.", "It was the 4th theft at the museum this year.")):
        comparison = compare_reports([("a", a), ("b", b)])
        assert comparison.differ == ((("a", 0), ("b", 0)),), (a, b, comparison)
