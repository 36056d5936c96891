""""Sheikh" inside a Somali name is a word of the name, a title only as its first word (FX55, T23, 2026-12-07:
"President Hassan Sheikh Mohamud rejected it" gave the person "Mohamud", "Sheikh Sharif Sheikh Ahmed" the person
"Ahmed"; innertitles.py). A property over made-up names with "Sheikh" between name words, after titles and in frames,
the reported inputs, and what stays: "Sheikh Tamim", "Emir Sheikh Tamim bin Hamad", "Crown Prince Sheikh Mohammed".
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

LEADS = ("", "President ", "Former president ", "Mr ", "Sheikh ", "Somalia's president, ")
INNER = ("Sheikh", "Shaikh", "Sheekh")


@FAST
@given(st.sampled_from(LEADS), word, st.sampled_from(INNER), word, st.sampled_from(SAID))
def test_sheikh_between_name_words_is_a_name_word(lead: str, given_name: str, inner: str, last: str, frame: str) -> None:
    name = f"{given_name} {inner} {last}"
    text = said(frame, f"{lead}{name}")
    assert [(q.speaker, q.kind) for q in quotes_in("", text)] == [(name, PERSON)], text
    assert [n.full for n in names_in("", text) if n.kind == PERSON] == [name], text


@FAST
@given(st.sampled_from(("", "Emir ", "Crown Prince ", "Foreign Minister ")), word, word, st.sampled_from(SAID))
def test_sheikh_first_in_the_name_is_a_title(lead: str, given_name: str, last: str, frame: str) -> None:
    name = f"{given_name} {last}"
    text = said(frame, f"{lead}Sheikh {name}")
    assert [(q.speaker, q.kind) for q in quotes_in("", text)] == [(name, PERSON)], text


@pytest.mark.parametrize(("text", "name"), [
    ("President Hassan Sheikh Mohamud rejected it on Monday.", "Hassan Sheikh Mohamud"),
    ("Sheikh Sharif Sheikh Ahmed rejected it.", "Sharif Sheikh Ahmed"),
    ("Former president Sharif Sheikh Ahmed said so.", "Sharif Sheikh Ahmed"),
    ("Emir Sheikh Tamim bin Hamad Al Thani said so.", "Tamim bin Hamad Al Thani"),
    ("Qatar Emir Sheikh Tamim said so.", "Tamim"),
    ("Crown Prince Sheikh Mohammed bin Zayed said so.", "Mohammed bin Zayed"),
    ("Hassan Sheikh told parliament it was void.", "Hassan Sheikh"),
    ("Omar Sheikh said so.", "Omar Sheikh")])
def test_the_reported_names_and_what_stays(text: str, name: str) -> None:
    assert [n.full for n in names_in("", text) if n.kind == PERSON] == [name]


def test_mr_and_the_last_word_find_the_whole_name() -> None:
    text = ('Ambassador Muktar Mohamed Ware left on Thursday. President Hassan Sheikh Mohamud spoke. "We are one," '
            'Mr Mohamud said.')
    assert [q.name for q in quotes_in("", text)] == ["Hassan Sheikh Mohamud"]
