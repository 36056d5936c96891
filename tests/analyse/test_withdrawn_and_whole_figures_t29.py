"""A figure a report withdraws, and a whole against a part of it, are no difference (T29 F12, 2026-12-07).

The tester's election story page (afp-live) showed under "Where the reports differ" Reuters' correction "an earlier
version of this story said 82% of tally sheets had been counted" against AFP's and Diario del Plata's 62%, and AFP's
"continues in all 24 provinces" against AP's "a review of transmissions from three provinces"
(analyse/withdrawnfigures.py, analyse/wholefigures.py).
"""
from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from support.examples import examples

AFP = ("afp-live", "Newest entries first. All times GMT.\n\n05:40 The electoral tribunal has not published a new "
       "figure since 01:15. Its spokeswoman, Beatriz Núñez, said counting \u201ccontinues in all 24 provinces\u201d and "
       "that there was \u201cno reason for alarm.\u201d\n\n03:20 Ignacio Ferrer told supporters he would wait \u201cwith "
       "calm and respect for the institutions.\u201d He did not claim victory.\n\n01:15 The tribunal's website shows 62% "
       "of tally sheets counted, with Ferrer on 50.4% and Ruiz de la Torre on 49.6%. Updates have stopped.\n\n00:30 "
       "María Fernanda Ruiz de la Torre, speaking at her headquarters: \u201cNobody goes home until every tally sheet is "
       "counted.\u201d\n\n23:05 Polls have closed across Ribera. The tribunal says first results are expected within two "
       "hours.")
DIARIO = ("dp-delay", "Ribera's Tribunal Superior Electoral stopped publishing results of Sunday's presidential run-off "
          "with 62% of tally sheets counted and the two candidates separated by less than a point, leaving the country "
          "without a winner on Monday morning.\n\nJudge Ana Lucía González, the tribunal's president, said a "
          "\u201ctechnical review\u201d of transmissions from three northern provinces had to be completed before the "
          "count resumed. \u201cThe tribunal will not be rushed by anyone,\u201d she said at a news conference shortly "
          "after dawn.\n\nInterior Minister Rodrigo González said the armed forces had secured the tribunal's warehouse "
          "in Puerto Alcázar. Ferrer was ahead with 50.4% against 49.6% for Ruiz de la Torre.")
REUTERS = ("rt-delay", "PUERTO ALCÁZAR, Nov 16 (Reuters) - Ribera's electoral tribunal suspended updates of the "
           "presidential run-off count on Monday with 62% of tally sheets processed, citing a technical review, as the "
           "opposition warned against any manipulation.\n\nIgnacio Ferrer, the ruling party candidate, led with 50.4% of "
           "valid votes against 49.6% for opposition leader María Fernanda Ruiz de la Torre.\n\n\u201cThe tribunal,\u201d "
           "Judge Ana Lucía González told reporters, \u201cwill not be rushed by anyone.\u201d Tribunal spokeswoman Beatriz "
           "Nunez said the review would take \u201chours, not days.\u201d\n\nInterior Minister Rodrigo Gonzalez said troops "
           "were guarding ballot warehouses. The judge and the minister are not related.\n\nCorrection: an earlier "
           "version of this story said 82% of tally sheets had been counted. The figure was 62%.")
AP = ("ap-delay", "PUERTO ALCÁZAR, Ribera (AP) \u2014 The count in Ribera's presidential runoff stopped overnight with the "
      "ruling party candidate slightly ahead, and the opposition accused the electoral tribunal of buying time.\n\nJulián "
      "Pérez, campaign manager for María Fernanda Ruiz de la Torre, said the pause was \u201cthe oldest trick in the "
      "book.\u201d The tribunal's spokeswoman said only that a review of transmissions from three provinces was under "
      "way.\n\nOutgoing President Héctor Ibáñez urged calm in a televised address. He said the institutions would "
      "deliver a result and asked both camps to wait for it.")


def _sentence(comparison, slug: str, start: str) -> tuple[str, int]:
    report = next(r for r in comparison.reports if r.slug == slug)
    return slug, next(i for i, s in enumerate(report.sentences) if s.startswith(start))


def test_the_reported_story_shows_no_difference() -> None:
    comparison = compare_reports([AFP, DIARIO, REUTERS, AP])
    assert comparison.differ == ()
    correction = _sentence(comparison, "rt-delay", "Correction:")
    assert not any(correction in row for row in comparison.rows)  # (nor one fact with the 62% it withdrew)


def test_a_real_difference_in_the_same_story_is_still_shown() -> None:
    wrong = ("xx-wrong", "The tribunal's website shows 72% of tally sheets counted, with Ferrer on 50.4%.")
    comparison = compare_reports([AFP, DIARIO, REUTERS, AP, wrong])
    differing = {label for pair in comparison.differ for label in pair}
    assert _sentence(comparison, "xx-wrong", "The tribunal") in differing
    assert _sentence(comparison, "rt-delay", "Correction:") not in differing
    more = ("xx-more", "Its spokeswoman said counting continues in all 26 provinces and there was no reason for alarm.")
    comparison = compare_reports([AFP, more])
    assert comparison.differ == ((_sentence(comparison, "afp-live", "Its spokeswoman"), ("xx-more", 0)),)


def _apart(*values: int) -> bool:
    """No two values one within rounding (figures.same_figure: a round figure within 5 %) nor one the sum of two."""
    pairs = [(a, b) for i, a in enumerate(values) for j, b in enumerate(values) if i != j]
    return all(abs(a - b) > 0.06 * max(a, b) for a, b in pairs) and not any(a + b in values for a, b in pairs)


CORRECTIONS = (  # (a correction note's wording, with the withdrawn figure {old} and perhaps the right one {new})
    "Correction: an earlier version of this story said {old}% of tally sheets had been counted.",
    "An earlier version of this article said {old}% of tally sheets had been counted. The figure was {new}%.",
    "A previous version of this report wrongly said {old}% of tally sheets had been counted.",
    "This story has been corrected: an earlier version incorrectly stated {old}% of tally sheets had been counted.",
    "The original version of this story reported {old}% of tally sheets had been counted.",
    "An earlier version of this story misstated the share of tally sheets counted as {old}%.",
)


@given(st.sampled_from(CORRECTIONS), st.integers(11, 99), st.integers(11, 99), st.integers(11, 99))
@settings(max_examples=examples(150), deadline=None)
def test_a_withdrawn_figure_is_never_compared(wording: str, new: int, old: int, other: int) -> None:
    assume(_apart(new, old, other))
    corrected = ("a", "The tribunal suspended updates of the count on Monday, citing a technical review. "
                 + wording.format(old=old, new=new))
    right = ("b", f"The website of the tribunal shows {new}% of tally sheets counted, with Ferrer ahead.")
    wrong = ("c", f"The tribunal stopped publishing results with {other}% of tally sheets counted and the candidates level.")
    comparison = compare_reports([corrected, right, wrong])
    assert (("b", 0), ("c", 0)) in comparison.differ  # (a real difference, still shown)
    assert not any(label[0] == "a" for pair in comparison.differ for label in pair)
    assert not any(label[0] == "a" for row in comparison.rows for label in row)


@given(st.sampled_from(("(Corrects share of tally sheets counted to {new}% from {old}%)",
                        "The share was {new}%, not {old}% as previously reported, the tribunal said of tally sheets.")),
       st.integers(11, 99), st.integers(11, 99), st.integers(11, 99))
@settings(max_examples=examples(100), deadline=None)
def test_a_corrected_figure_is_compared_and_the_withdrawn_one_not(wording: str, new: int, old: int, other: int) -> None:
    assume(_apart(new, old, other))
    corrected = ("a", "The tribunal suspended updates of the count on Monday. " + wording.format(old=old, new=new))
    same = ("b", f"The website of the tribunal shows {new}% of tally sheets counted, with Ferrer ahead.")
    stale = ("c", f"The website of the tribunal shows {old}% of tally sheets counted, with Ferrer ahead.")
    assert not any(label[0] == "a" for pair in compare_reports([corrected, same]).differ for label in pair)
    differing = {label[0] for pair in compare_reports([corrected, stale]).differ for label in pair}
    assert differing in ({"a", "c"}, set())  # (the report that kept the old figure differs from the right one, or none)


NOUNS = ("provinces", "districts", "polling stations", "regions", "counties")


@given(st.sampled_from(NOUNS), st.integers(5, 60), st.integers(2, 9), st.sampled_from(("all", "all of the", "each of the")))
@settings(max_examples=examples(150), deadline=None)
def test_a_whole_and_a_part_of_it_never_differ_and_two_wholes_do(noun: str, whole: int, part: int, cue: str) -> None:
    assume(part < whole)
    total = ("a", f"Counting continues in {cue} {whole} {noun}, the tribunal's spokeswoman said on Monday.")
    sample = ("b", f"The tribunal's spokeswoman said a review of transmissions from {part} {noun} was under way on Monday.")
    assert compare_reports([total, sample]).differ == ()
    other = ("c", f"Counting continues in {cue} {whole + 10 + part} {noun}, the tribunal's spokeswoman said on Monday.")
    assert compare_reports([total, other]).differ == ((("a", 0), ("c", 0)),)
    larger = ("d", f"Counting continues in {whole + 10 + part} {noun}, the tribunal's spokeswoman said on Monday.")
    assert compare_reports([total, larger]).differ == ((("a", 0), ("d", 0)),)
