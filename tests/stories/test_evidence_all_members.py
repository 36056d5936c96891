"""A story's evidence is the terms every member holds when any term is (analyse/evidence.shared_terms). A trial's
three-report story (2026-12-04) printed "vote, councillors, St Wenna, closures, council, gallery, 21, 27" in
`check -v` and on its page ("They share …"), and one member (a live blog) had no "gallery", "21" or "27"."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.evidence import shared_terms


class Weights:
    """What shared_terms reads of similarity.TermWeights: each member's term vector and its norm."""

    def __init__(self, vectors: list[dict[str, float]]) -> None:
        self.vectors = vectors

    def vector(self, i: int) -> dict[str, float]:
        return self.vectors[i]

    def norm(self, i: int) -> float:
        return sum(w * w for w in self.vectors[i].values()) ** 0.5 or 1.0


TERMS = ["vote", "councillor", "st wenna", "closure", "council", "gallery", "21", "27", "candle", "judge"]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(TERMS), st.floats(0.5, 3.0), min_size=1), min_size=2, max_size=6))
@example([{"vote": 2.0, "councillor": 1.0, "gallery": 2.5, "21": 1.0, "27": 1.0},
          {"vote": 1.0, "councillor": 1.0, "gallery": 1.0, "21": 1.0, "27": 1.0},
          {"vote": 1.0, "councillor": 2.0, "candle": 1.0}])
def test_the_evidence_is_what_every_member_holds_when_any_term_is(vectors: list[dict[str, float]]) -> None:
    found = [term for term, _ in shared_terms(Weights(vectors), list(range(len(vectors))))]
    everyone = [term for term in TERMS if all(term in vector for vector in vectors)]
    if everyone:
        assert sorted(found) == sorted(everyone), (found, everyone)
    else:  # (none in all: those in at least two members and half of them, the commonest first)
        need = max(2, (len(vectors) + 1) // 2)
        held = [sum(term in vector for vector in vectors) for term in found]
        assert all(count >= need for count in held) and held == sorted(held, reverse=True), (found, held)
