""""told" and its audience, then only adverbs and time words, ends the clause: the sentence after a quotation is its
frame (FX109, item 2). "“….” Ana Ruiz told the BBC on Monday.", "… told lawmakers today." had no speaker
(verbends._CLAUSE_END read "reporters" and "journalists" alone, and as prefixes: "“….” Ana Ruiz told reporters the
count was fair." was her frame while "… said the count was fair." was not). verbends._AUDIENCE; the control: a
reported clause after the audience, with or without "that", frames nothing (FX99)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

AUDIENCES = st.sampled_from(["reporters", "journalists", "the BBC", "a news conference", "lawmakers", "Reuters",
                             "parliament", "supporters", "state television", "reporters at a news conference",
                             "a press conference in Lima", "journalists outside the court"])
TIMES = st.sampled_from(["", " today", " on Monday", " late on Monday", " this morning", " again", " yesterday"])
CLAUSES = st.sampled_from([" the count was fair", " it was over", " that the count was fair", " she would appeal"])
_QUOTE = "“We will count every vote.”"


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    assert _names(f"The vote was delayed.\n\n{_QUOTE} Ana Ruiz told reporters on Monday.") == ["Ana Ruiz"]
    assert _names(f"The vote was delayed.\n\n{_QUOTE} Ana Ruiz told the BBC on Monday.") == ["Ana Ruiz"]
    assert _names("“We will count every vote,” Ana Ruiz told reporters today that the count was fair.") == ["Ana Ruiz"]


@given(word, word, AUDIENCES, TIMES)
@example("Ana", "Ruiz", "the BBC", " on Monday")
@FAST
def test_told_an_audience_frames_the_quotation(given_name, surname, audience, time) -> None:
    if given_name == surname:
        return
    text = f"The vote was delayed.\n\n{_QUOTE} {given_name} {surname} told {audience}{time}."
    assert _names(text) == [f"{given_name} {surname}"], text


@given(word, word, AUDIENCES, TIMES, CLAUSES)
@FAST
def test_a_reported_clause_after_the_audience_frames_nothing(given_name, surname, audience, time, clause) -> None:
    if given_name == surname:
        return
    text = f"The vote was delayed.\n\n{_QUOTE} {given_name} {surname} told {audience}{time}{clause}."
    assert _names(text) == [None], text
