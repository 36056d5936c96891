"""A quotation in Title Case that opens its sentence with the comma of reported speech inside its marks is words said,
when a speaker's frame governs it (quotemarks.said_opening): a trial (2026-12-05) lost “Comfortably,” Fenwick said.,
read as a title. A title inside a sentence stays a title.
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.quotes import quotes_in


def test_the_trials_one_word_answer() -> None:
    text = "How did the vote go? “Comfortably,” Fenwick said."
    assert [(q.text, q.speaker) for q in quotes_in("t", text)] == [("Comfortably", "Fenwick")]


@FAST
@given(word, st.lists(word, min_size=1, max_size=4), st.sampled_from(["said", "replied", "told reporters"]))
def test_title_case_words_opening_a_sentence_are_said(surname: str, words: list[str], verb: str) -> None:
    said = " ".join(words)
    text = f"The hall was quiet. “{said},” {surname} {verb}."
    assert [(q.text, q.speaker) for q in quotes_in("t", text)] == [(said, surname)]


# Titles of two words or more: a one-word title inside a sentence may be a word the reader takes for a quoted
# answer ("The painting “True,” Aaaa said": a CI draw; "True", "Yes", "Never" are read as words said, returned as a
# fragment, which no page shows: fragments.py); one-word titles of made-up words are the @example.
@FAST
@given(word, st.lists(word, min_size=2, max_size=4))
@example("Aaaa", ["Harbour"])
def test_a_title_inside_a_sentence_or_without_a_frame_is_none(surname: str, words: list[str]) -> None:
    title = " ".join(words)
    assert quotes_in("t", f"The painting “{title},” {surname} said, was insured.") == ()
    assert quotes_in("t", f"“{title},” the film, was shown twice.") == ()
    assert quotes_in("t", f"She called it “{title}” and left.") == ()
