"""A sentence's first word is no given name of the speaker's full name.

A trial: 'Then Varga left the port. “We stay for good here,” Varga said.' credited "Then Varga"
(and "Yesterday Varga", "We Varga" from a quotation's first words): fullnames.full_name read the
whole run of capitalised words before the surname as the full name, while names.py drops leading
sentence words and months. It now drops them the same way (a given-name month before more name
words stays: "June Carter", unless a time word comes before it: "In June Carter left").
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.lexicon import GIVEN_NAME_MONTHS, STOPWORDS
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import FAST, word

LEADS = sorted(w.capitalize() for w in STOPWORDS if w.isalpha() and w not in GIVEN_NAME_MONTHS)


@FAST
@given(st.sampled_from(LEADS), st.lists(word, min_size=1, max_size=2, unique=True))
def test_a_leading_sentence_word_is_not_part_of_the_full_name(lead: str, name: list[str]) -> None:
    text = f"{lead} {' '.join(name)} left the port. “We stay for good here,” {name[-1]} said."
    quote = quotes_in("", text)[-1]
    assert quote.name == (" ".join(name) if len(name) > 1 else name[-1])


@pytest.mark.parametrize(("text", "name"), [
    ("Then Varga left the port. “We stay for good here,” Varga said.", "Varga"),
    ("“We Varga people never give up,” Berg said. Later Varga said: “We stay for good here.”", "Varga"),
    ("June Carter left the port. “We stay for good here,” Carter said.", "June Carter"),
    ("In June Carter left the port. “We stay for good here,” Carter said.", "Carter"),
])
def test_full_names(text: str, name: str) -> None:
    assert quotes_in("", text)[-1].name == name
