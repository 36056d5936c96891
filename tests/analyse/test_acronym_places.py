"""acronymthings._placed looks at each acronym's places (`str.find`) for one where a rule of `acronym_things` can read
it (2026-12-06): the rules' own searches are compiled for each acronym and scan the whole text (~1.2 ms an article
holding an acronym); now only acronyms found in such a place get them. Over texts of the words the rules read: wherever one of
the rules' searches finds an acronym, `_placed` has it (so the result is the same)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.acronymthings import _SUBSTANCES, _placed, acronym_things

_PIECES = st.sampled_from(["NDEA", "GSK", "N-nitrosodiethylamine", " ", "\t", ",", ", or ", " or ", " (", ")", "an", "a",
                           "the", "impurity", "compound", "called", "named", "known", "as", "drug", "company", ".",
                           "NDEAX", "-", "x", "X", ", or NDEA", " (GSK)", "impurity called NDEA", " compound known as\tGSK",
                           "NDEA, an ", "GSK, the ", " or\tGSK", "-NDEA, a ", " known  as GSK", " as NDEA", "known"])


def rules_find(text: str, acronym: str) -> set[str]:
    """Which of the rules' searches (as acronym_things writes them) find `acronym` in its place."""
    name = re.escape(acronym)
    return ({"expanded"} if re.search(rf"(?:,?[ \t]+or[ \t]+{name}|[ \t]+\({name}\))(?![\w-])", text) else set()) | (
        {"called"} if re.search(rf"\b(?:{_SUBSTANCES})[ \t]+(?:called|named|known[ \t]+as)[ \t]+{name}(?![\w-])", text)
        else set()) | ({"apposed"} if re.search(rf"(?<![\w-]){name},[ \t]+(?:an?|the)[ \t]+", text) else set())


@given(st.lists(_PIECES, max_size=30))
@settings(max_examples=examples(500), deadline=None)
def test_every_place_a_rule_reads_is_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    for acronym in ("NDEA", "GSK"):
        assert rules_find(text, acronym) <= _placed(text, {acronym}).get(acronym, set()), text


def test_the_shapes() -> None:
    assert acronym_things("Tests found N-nitrosodiethylamine, or NDEA, an impurity. NATO met.", ["NDEA", "NATO"]) == {
        "NDEA"}
    assert acronym_things("An impurity called NDEA was found.", ["NDEA"]) == {"NDEA"}
    assert acronym_things("A compound known as\tNDEA was found.", ["NDEA"]) == {"NDEA"}
    assert _placed("NATO and the EU met; (EU) or\t\t\t\t\t\t\t\t\t\t\t\tNATO, such as NATO.", {"NATO", "EU", "UN"}) == {
        "EU": {"expanded"}, "NATO": {"expanded"}}
    assert _placed("NATO and the EU met.", {"NATO", "EU"}) == {}
