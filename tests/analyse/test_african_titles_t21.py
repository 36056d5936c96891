"""Titles of West and East African and Gulf usage before a name are titles, never part of the name or its filing key
(FX33, T21, 2026-12-07: "H.E. Ruth Akinyi Ochieng … told reporters" was an organisation "H.E. Ruth Akinyi Ochieng",
"Alhaji Musa Danjuma" was filed "Danjuma, Alhaji Musa", and '"…," Engr. Chukwuma Eze, …, told Reuters.' had no
speaker). A property over titles × made-up names × frames, the reported inputs, and what stays: "Alhaji Kamara" (a
given name), "William Barr." ending a sentence, "Eng" and "Barr" as surnames.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import filing_order, find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentences import sentence_spans
from support.madeup import FAST, SAID, said, word

TITLES = ("H.E.", "H.H.", "Hon.", "Alhaji", "Alhaja", "Hajia", "Hajiya", "Alh.", "Engr.", "Engr", "Eng.", "Arc.",
          "Barr.", "Pst.", "Chief", "Prof.", "Dr (Mrs)", "Mallam", "Malam", "Oba", "Otunba", "Sheikh", "Sheikha", "Mzee",
          "Mheshimiwa")
FRAMES = (*SAID, '"{q}" {name}, the chief technology officer, told Reuters.',
          '"{q}" {name}, Kenya\'s high commissioner in Abuja, told reporters.')


def _frame(frame: str, name: str) -> str:
    return said(frame, name) if frame in SAID else frame.format(name=name, q="The report is fair,")


@FAST
@given(st.sampled_from(TITLES), word, word, st.sampled_from(FRAMES))
def test_a_title_before_a_name_is_no_part_of_it(title: str, given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    text = _frame(frame, f"{title} {name}")
    assert [(q.speaker, q.kind) for q in quotes_in("", text)] == [(name, PERSON)], text
    assert [(n.full, n.kind) for n in find_people("", text).named] == [(name, PERSON)], text
    assert filing_order(name, PERSON) == (surname, given_name)


@pytest.mark.parametrize(("text", "name"), [
    ('"We are in touch with Nairobi every hour," H.E. Ruth Akinyi Ochieng, Kenya\'s high commissioner in Abuja, '
     'told reporters.', "Ruth Akinyi Ochieng"),
    ('"The board will meet on Thursday," said Alhaji Musa Danjuma, the chairman.', "Musa Danjuma"),
    ('"We have switched the corridor to manual settlement and every naira is accounted for," Engr. Chukwuma Eze, the '
     'bank\'s chief technology officer, told Reuters.', "Chukwuma Eze"),
    ('"We have switched the corridor," Eng. Chukwuma Eze, the bank\'s chief technology officer, told Reuters.',
     "Chukwuma Eze")])
def test_the_reported_titles(text: str, name: str) -> None:
    assert [(q.speaker, q.kind) for q in quotes_in("", text)] == [(name, PERSON)]
    assert [n.full for n in find_people("", text).named] == [name]


@pytest.mark.parametrize(("text", "names"), [
    ('"We won," Alhaji Kamara said.', ["Alhaji Kamara"]),  # a given name, before a surname alone
    ("Attorney General William Barr. The company said nothing.", ["William Barr"]),
    ("The envoy Lim Eng Hock arrived. Lim said nothing.", ["Lim Eng Hock"]),
    ("Sarah Barr said it was fair.", ["Sarah Barr"]),
])
def test_names_that_are_titles_elsewhere_stay_names(text: str, names: list[str]) -> None:
    assert [m.full for m in names_in("", text) if m.kind == PERSON][:1] == names[:1], text


def test_barr_and_arc_end_a_sentence_after_a_name() -> None:
    text = "He met William Barr. Chinedu Okoro was there. \u201cNo,\u201d Barr. Ada Eze said."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He met William Barr.", "Chinedu Okoro was there.", "\u201cNo,\u201d Barr. Ada Eze said."]
