"""A quotation framed by ", who <speech verb>" after a name is that name's (relativeclauses.who_antecedent; T11,
2026-12-06: "The rally was organised by Cllr Rhodri ap Gwilym, who told the crowd: “We counted once …”" had no
speaker). Not when the name follows "of"/"for"/"to" … ("the lawyer for Tom Reid, who said": the lawyer's or his)."""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_QUOTE = "“We counted once, we counted properly, and nobody will be told to vote twice.”"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence():
    text = f"The rally was organised by Cllr Rhodri ap Gwilym, who told the crowd: {_QUOTE}"
    assert _speakers(text) == ["Rhodri ap Gwilym"]


@FAST
@given(word, word, st.sampled_from(("The rally was organised by", "Police interviewed", "The crowd cheered")),
       st.sampled_from(("told the crowd:", "said:", "told reporters:", "added:")))
def test_the_name_before_who_speaks(given_name, surname, lead, frame):
    assume(given_name != surname)
    text = f"{lead} {given_name} {surname}, who {frame} {_QUOTE}"
    assert _speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(("The lawyer for", "A friend of", "The spokesman for")))
def test_a_name_inside_a_noun_phrase_is_not_the_antecedent(given_name, surname, lead):
    assume(given_name != surname)
    text = f"{lead} {given_name} {surname}, who said: {_QUOTE}"
    assert f"{given_name} {surname}" not in _speakers(text), text
    assert _speakers(f"Her lawyer, who told reporters: {_QUOTE}") == [None]
    kept = f"{given_name} {surname}, who leads the council, said: {_QUOTE}"
    assert _speakers(kept) == [f"{given_name} {surname}"], kept
