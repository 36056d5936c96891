"""A sentence whose figures differ from one of another report's is in no row with that report's other sentences.

A hostile re-test (2026-12-05): two reports alike but for "voted 42 to 19"/"24 to 19" and "begin in 2028"/"2082";
"Where the reports differ" listed both pairs, and "What both reports say" put "voted 42 to 19" beside the other
report's "begin in 2082" (the two share the quarry's name): its counterpart in that report is the one it differs
from, and none other (compare._without). Property over reports differing in one to three sentences' figures.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from support.examples import examples

SENTENCES = [
    ("The Brackwell council voted {} to 19 to approve the Lindqvist quarry plan on Tuesday.", (42, 24)),
    ("The approved Lindqvist quarry plan allows about {} lorry trips a year.", (3500, 5300)),
    ("Work on the Lindqvist quarry is due to begin in {}.", (2028, 2082)),
    ("Brackwell residents fear the Lindqvist quarry will close {} footpaths.", (31, 13)),
]
PLAIN = "Residents of Brackwell said they would appeal against the Lindqvist quarry."


@settings(max_examples=examples(40), deadline=None)
@given(differing=st.sets(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=3))
def test_differing_sentences_pair_with_no_other_sentence(differing: set[int]) -> None:
    first = " ".join(text.format(values[0]) for text, values in SENTENCES) + " " + PLAIN
    second = " ".join(text.format(values[1] if k in differing else values[0])
                      for k, (text, values) in enumerate(SENTENCES)) + " " + PLAIN
    found = compare_reports([("a", first), ("b", second)])
    assert {(x[1], y[1]) for x, y in found.differ} == {(k, k) for k in differing}
    for row in found.rows:
        indices = {slug: i for slug, i in row}
        assert indices["a"] == indices["b"] and indices["a"] not in differing, row
    for report in found.reports:
        assert not set(report.adds) & differing, report


def test_the_reported_reports() -> None:
    a = ("a1", "The Brackwell council voted 42 to 19 to approve the Lindqvist quarry plan on Tuesday. The approved plan "
               "allows about two thousand four hundred lorry trips a year. Work on the Lindqvist quarry is due to begin "
               "in 2028. Residents of Brackwell said they would appeal.")
    b = ("a2", "The Brackwell council voted 24 to 19 to approve the Lindqvist quarry plan on Tuesday. The approved plan "
               "allows about 2,400 lorry trips a year. Work on the Lindqvist quarry is due to begin in 2082. Residents "
               "of Brackwell said they would appeal.")
    found = compare_reports([a, b])
    assert found.rows == ((("a1", 1), ("a2", 1)), (("a1", 3), ("a2", 3)))
    assert found.differ == ((("a1", 0), ("a2", 0)), (("a1", 2), ("a2", 2)))
