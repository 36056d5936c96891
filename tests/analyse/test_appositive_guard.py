"""orgappositives._comma_before, the cheap test before `_BEFORE`'s search, and the comma `_AFTER` opens with
(2026-12-06): company_appositive reads the same with them. Over texts of the words the patterns read and white space,
at every start and end, the guard never says no where the search finds an appositive."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.orgappositives import _AFTER, _BEFORE, _comma_before, company_appositive

_PIECES = st.sampled_from(["The operator,", "the", "ferry", "operator", "firm", ",", " ", "  ", "\t", "\n", ". ",
                           "Calderway Terminals", "a", "said", "and", "which", "Its",
                           ", the ferry operator,", ", a logistics firm.", "The port operator, ", "; the firm, ",
                           ", the company that", ", an ", "state-owned ", ".", ")"])


@given(st.lists(_PIECES, max_size=14))
@settings(max_examples=examples(400), deadline=None)
def test_never_no_where_a_pattern_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for at in range(len(text) + 1):
        if _BEFORE.search(text, max(0, at - 90), at) is not None:
            assert _comma_before(text, at), (text, at)
        if _AFTER.match(text, at) is not None:
            assert text.startswith(",", at)


def test_the_reported_shapes() -> None:
    text = "The operator, Calderway Terminals, wants the change finished by 2028."
    start = text.index("Calderway")
    assert company_appositive(text, start, start + len("Calderway Terminals"))
    text = "Velmora Tarrick, a logistics firm, said it would appeal."
    assert company_appositive(text, 0, len("Velmora Tarrick"))
    text = "The operator, Anna Berg, said she had warned her bosses."
    start = text.index("Anna")
    assert not company_appositive(text, start, start + len("Anna Berg"))
