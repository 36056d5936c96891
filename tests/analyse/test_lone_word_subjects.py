"""A capitalised word that opens a sentence is a pronoun's antecedent only when it is a name: a
surname named in full before, or the subject of a verb ("Lavrov met Li", "Kuleba, the minister,").

A trial: 'Rescue crews reached the trawler at dawn. "We have no choice," she told them.' credited
a person "Rescue"; "Harbour master Olga Brandt met the crews." a person "Harbour", "Veteran
skipper …" "Veteran", "Fishermen in Killybegs …" "Fishermen": antecedents.main_subject takes the
first person run followed by a lower-case word (its verb), and any capitalised word at a sentence
start was a person run. names_in already keeps a lone word only as a surname seen before or a
speaker; quotes._Context._persons now keeps one only as such a surname or before a verb in the
past tense or an appositive (antecedents.acts).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# What follows a sentence's first word when it is not a name but modifies a noun, or heads a phrase.
NOT_SUBJECT = ["{w} crews reached the trawler at dawn.", "{w} master {p} met the trawler crews.",
               "{w} officials met the crews on the quay.", "{w} skipper {p} met the crews.",
               "{w} in Killybegs met {p} on Monday.", "{w} workers walked out of the yard.",
               "{w} prices rose again this week."]
SUBJECT = ["{w} met the trawler crews.", "{w} did not meet the crews.", "{w} later thanked the crews.", "{w}, the harbour master, met the crews.",
           "{w} told the crews to wait.", "{w} walked out of the meeting."]
QUOTE = " “We have no choice this winter,” she told them."


@FAST
@given(word, person, st.sampled_from(NOT_SUBJECT))
def test_a_word_that_modifies_a_noun_is_never_the_speaker(w: str, p: str, sentence: str) -> None:
    (quote,) = quotes_in("", sentence.format(w=w, p=p) + QUOTE)
    # (the person after "Veteran skipper" may be the speaker, and a draw may give them the word as a first name)
    assert quote.speaker is None or quote.speaker == p or w not in quote.speaker.split(), quote


@FAST
@given(word, st.sampled_from(SUBJECT), st.booleans())
def test_a_word_that_is_a_subject_or_a_surname_named_before_is_the_speaker(w: str, sentence: str, full: bool) -> None:
    lead = f"Olga {w} arrived on Sunday. " if full else ""
    (quote,) = quotes_in("", lead + sentence.format(w=w) + QUOTE)
    assert quote.speaker == w
    assert quote.name == (f"Olga {w}" if full else w)


@pytest.mark.parametrize(("text", "name"), [
    ("Rescue crews reached the trawler at dawn. “We have no choice,” she told them.", None),
    # (a job before her name, the sentence's subject: hers since the ferry trial's sea jobs, 2026-12-05)
    ("Harbour master Olga Brandt met the trawler crews. “We have no choice,” she told them.", "Olga Brandt"),
    ("Fishermen in Killybegs met Olga Brandt. “We have no choice,” she told them.", None),
    ("Harbour master Olga Brandt met the crews. Brandt was calm. “We have no choice,” she told them.",
     "Olga Brandt"),  # a surname named in full before
    ("Lavrov met Li Hui in Moscow on Friday. He said Russia was “committed to a political solution”.", "Lavrov"),
])
def test_lone_word_antecedents(text: str, name: str | None) -> None:
    (quote,) = quotes_in("", text)
    assert quote.name == name
