"""A name that is a relative clause's own subject, with the speech verb right after it, says the words: "a move that
Tom Reid described as “reckless”", "a budget that Mary Lou McDonald said was “a betrayal”" (relativeclauses.py; a
breaker's L1 against 25e5ee06, 2026-12-05: 24 such quotations had lost their speaker). A name after the clause's
verb ("the company that owns X says") or before another verb ("the firm that X founded said") stays no speaker."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    cases = {
        "It was a result that Tom Reid said was “thoroughly deserved”.": "Tom Reid",
        "It is a decision which Anna Berg says is “long overdue”.": "Anna Berg",
        "The council backed the scheme, a move that Tom Reid described as “reckless”.": "Tom Reid",
        "The Taoiseach Micheál Martin defended a budget that Mary Lou McDonald said was “a betrayal”.": "Mary Lou McDonald",
        "The bank announced 200 job losses, news that Tom Reid said was “devastating for the town”.": "Tom Reid",
        "The news was so bad that Tom Reid said: “We have to act now.”": "Tom Reid",
        "There were four arrests, a number that Supt Anna Berg said was “encouraging”.": "Anna Berg",
        "Ministers approved a plan that Labour MP Anna Berg said “will cost lives”.": "Anna Berg",
        "The hospital has a backlog that Tom Reid said “cannot go on”.": "Tom Reid",
        "It was a figure that Mr Reid said was “unacceptable”.": "Reid",
    }
    for text, speaker in cases.items():
        assert _speakers(text) == [speaker], text


def test_what_must_not_change():
    kept = {
        "The boss of the company that owns Brackenford Airport says she would consider selling it to Westmoor "
        "District Council “at a fair price”.": [None],
        "The lawyer who represents Anna Berg said: “My client denies the charges.”": [None],
        "The firm that Tom Reid founded said: “We are deeply saddened by the news.”": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_NOUNS = st.sampled_from(("a move", "a plan", "a budget", "news", "a decision", "an increase"))
_VERBS = st.sampled_from(("said was", "says is", "described as", "called", "said would be"))


@FAST
@given(word, word, _NOUNS, _VERBS)
def test_the_clauses_own_subject_speaks(given_name, surname, noun, verb):
    text = f"Ministers announced the cuts, {noun} that {given_name} {surname} {verb} “a disgrace to the whole country”."
    assert _speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(("founded", "runs", "joined last year")))
def test_a_subject_with_its_own_verb_is_no_speaker(given_name, surname, verb):
    text = f"The firm that {given_name} {surname} {verb} said: “We are deeply saddened by the news today.”"
    assert _speakers(text) == [None], text
