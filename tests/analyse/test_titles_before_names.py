"""In "said X …", a capitalised word that lower-case title words and a name follow is part of the
title, not the speaker, whatever the title's words.

A trial: '“The harbour is finished for good,” said Harbour master Olga Brandt.' credited a person
"Harbour" (and 'said EU fisheries chief Ana Silva' the organisation "EU"): "said X" takes the first
name run, and only listed role words after it send the reading on to an appositive. Listing
"master" would fix one title; quoteframes.TITLE_BEFORE_NAME reads the shape instead: lower-case
words that are no function word, adverb or verb form (at most 3), then a capital, make the run a
title's first word, and the name after them is the speaker.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = "“The harbour is finished for good,”"
# made-up lower-case title words: "said Harbour gaffer Olga Brandt" is Brandt's whatever "gaffer" means
title_words = st.lists(st.text(alphabet="abcfgkmnprstuv", min_size=4, max_size=9).filter(
    lambda w: not w.endswith(("ly", "ed", "ing"))), min_size=1, max_size=3).map(" ".join)
AFTER = ["on Monday", "in Gdansk", "at the harbour in Gdansk", "to reporters in Gdansk", "before Moreau arrived",
         "when asked about Moreau", "after meeting Moreau", "here on Monday", "yesterday in Gdansk"]


@FAST
@given(word, title_words, person)
def test_the_name_after_a_title_is_the_speaker(first: str, title: str, p: str) -> None:
    text = f"{QUOTE} said {first} {title} {p}."
    assert [q.name for q in quotes_in("", text)] == [p], text


@FAST
@given(person, st.sampled_from(AFTER))
def test_a_name_with_its_own_phrase_after_it_stays_the_speaker(p: str, after: str) -> None:
    text = f"{QUOTE} said {p} {after}."
    assert [q.name for q in quotes_in("", text)] == [p], text


@pytest.mark.parametrize(("text", "speaker"), [
    (QUOTE + " said Harbour master Olga Brandt.", "Olga Brandt"),
    (QUOTE + " said EU fisheries chief Ana Silva.", "Ana Silva"),
    (QUOTE + " said Varga’s lawyer Anna Berg.", "Anna Berg"),
])
def test_titles_before_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
