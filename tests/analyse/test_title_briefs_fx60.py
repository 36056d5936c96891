"""A long title with a brief ("of"/"on"/"for" and capitalised words, "and" inside) before a name: the name after it is
the person, in names and in quotation frames (FX60, 2026-12-07: "Minister of Agriculture and Rural Development Le Minh
Hoan said:" named no one, a family name written first opening no name for sure after a brief with "and" (briefends.py);
"Special Envoy on Climate John Kerry said" made a person "Climate John Kerry" or no speaker, "on" joining no run
(onbriefs.py)). Properties over made-up names × briefs × frames, and the reported inputs.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

FAMILIES = st.sampled_from(("Le", "Nguyen", "Tran", "Pham", "Nguyễn", "Wang", "Zhang"))
AND_BRIEFS = st.sampled_from(("Minister of Agriculture and Rural Development", "Minister of Trade and Industry",
                              "Minister for Natural Resources and Environment", "Minister of Labour and Social Affairs"))
ON_BRIEFS = st.sampled_from(("Special Envoy on Climate", "Special Envoy on Climate Change", "Envoy on Climate",
                             "Special Adviser on Housing and Homelessness", "Commissioner on Energy"))


@FAST
@given(AND_BRIEFS, FAMILIES, word, word, st.sampled_from(SAID))
def test_a_family_name_first_after_a_brief_with_and_is_the_person(brief: str, family: str, middle: str, last: str,
                                                                   frame: str) -> None:
    name = f"{family} {middle} {last}"
    text = said(frame, f"{brief} {name}")
    assert [n.full for n in names_in("", text) if n.kind == PERSON] == [name], text
    assert [q.name for q in quotes_in("", text)] == [name], text


@FAST
@given(ON_BRIEFS, word, word, st.sampled_from(SAID))
def test_a_brief_after_on_is_the_titles(brief: str, given_name: str, last: str, frame: str) -> None:
    name = f"{given_name} {last}"
    text = said(frame, f"{brief} {name}")
    assert [n.full for n in names_in("", text) if n.kind == PERSON] == [name], text
    assert [q.name for q in quotes_in("", text)] == [name], text


def test_the_reported_inputs() -> None:
    text = 'Minister of Agriculture and Rural Development Le Minh Hoan said: "Rice exports will rise."'
    assert [q.name for q in quotes_in("", text)] == ["Le Minh Hoan"]
    text = '"We must act," Special Envoy on Climate John Kerry said.'
    assert [q.name for q in quotes_in("", text)] == ["John Kerry"]
    assert [n.full for n in names_in("", text)] == ["John Kerry"]
    # what stays: a brief word no list holds before three words that open no name for sure is no one's (BR8)
    text = '"We will build," Minister for Housing and Housing Delivery Anna Berg said.'
    assert "Delivery Anna Berg" not in [q.name for q in quotes_in("", text)]
