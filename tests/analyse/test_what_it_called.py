"""A short quotation that "what X called" frames is X's word ("backed action over what it called the company's
“dismissive” response": the union's; "criticised what she called a “cynical” offer": hers), and "it" names the whole
of a name "and" joins ("the Nautical and Ferry Workers' Union") — calledwords.py, quotespeakers._it.

The reported input (the ferry trial, 2026-12-05): standard-strike-called's "The Nautical and Ferry Workers' Union said
87% of members who voted backed action over crewing levels and what it called the company's “dismissive” response"
returned no quotation. Not a predicate after a full noun phrase: "Peskov said Moscow's goals in what it calls its
special military operation “remain unchanged.”" (the evaluation set) is no frame of "it".
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

VERBS = ("called", "described as", "termed", "dubbed")


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in("", text)]


@FAST
@given(word, word, st.sampled_from(VERBS), st.sampled_from(["a", "the company's", "its"]))
def test_what_she_called_is_hers(given_name: str, surname: str, verb: str, before: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} criticised what she {verb} {before} “cynical” offer."
    assert _found(text) == [("cynical", f"{given_name} {surname}")]


@FAST
@given(word, word, st.sampled_from(VERBS))
def test_what_it_called_is_the_organisations(first: str, second: str, verb: str) -> None:
    assume(first != second)
    union = f"{first} and {second} Workers’ Union"
    text = f"The {union} said members backed action over what it {verb} the company’s “dismissive” response."
    assert _found(text) == [("dismissive", union)]


@FAST
@given(word, word, st.sampled_from(["what critics called", "what it calls its special operation",
                                    "what she called the plan of the company"]))
def test_no_frame_of_the_words(given_name: str, surname: str, frame: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} said the goals in {frame} “remain unchanged.”"
    assert all(name != f"{given_name} {surname}" for _, name in _found(text))


def test_the_ferry_trials_dismissive() -> None:
    text = ("The Nautical and Ferry Workers’ Union said 87% of members who voted backed action over crewing levels and "
            "what it called the company’s “dismissive” response to safety complaints.")
    assert _found(text) == [("dismissive", "Nautical and Ferry Workers’ Union")]
