"""A quotation in the first of two predicates a subject shares leaves the second its speaker (FX52,
secondpredicates.py): "Judge Mary Wanjiru called the fee “unlawful” and said “it must be refunded”" gave the second
quotation no one (the masked first quotation broke the clause before "and said"), and "The judge …" no one even
when the article names the judge. A subject of its own after "and" keeps its words ("… and Tom Reed said “…”")."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = ["called the fee “{w}”", "described the fee as “{w}”", "dismissed the fee as “{w}”",
         "read the order, which called the fee “{w}”,", "called the fee “{w}” in court"]
WORDS = ["unlawful", "a scandal", "unlawful and unfair to every borrower in the country"]
JOIN = ["and", "but", "and then", ", and", "but later"]
VERB = ["said", "added that", "warned that", "told the court"]
SECOND = "it must be refunded in full"


@FAST
@given(person, st.sampled_from(FIRST), st.sampled_from(WORDS), st.sampled_from(JOIN), st.sampled_from(VERB),
       st.booleans())
def test_the_second_predicates_quotation_is_the_subjects(a: str, first: str, words: str, join: str, verb: str,
                                                         titled: bool) -> None:
    subject = "The judge" if titled else f"Judge {a}"
    lead = f"Judge {a} heard the case on Monday. " if titled else ""
    text = f"{lead}{subject} {first.format(w=words)} {join} {verb} “{SECOND}”.".replace(" ,", ",").replace(",,", ",")
    quotes = quotes_in("", text)
    assert quotes and quotes[-1].text == SECOND and quotes[-1].name == a, text


@FAST
@given(person, person, st.sampled_from(FIRST), st.sampled_from(["and", "but", ", while"]))
def test_a_subject_of_its_own_after_the_and_keeps_its_words(a: str, b: str, first: str, join: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    text = f"Judge {a} {first.format(w=WORDS[2])} {join} {b} said “{SECOND}”.".replace(" ,", ",").replace(",,", ",")
    quotes = quotes_in("", text)
    assert quotes[-1].text == SECOND and quotes[-1].name == b, text


@pytest.mark.parametrize(("text", "names"), [
    ("Judge Mary Wanjiru called the fee “unlawful” and said “it must be refunded”.", ["Mary Wanjiru", "Mary Wanjiru"]),
    ("Judge Mary Wanjiru heard the case. The judge called the fee “unlawful” and said “it must be refunded”.",
     ["Mary Wanjiru", "Mary Wanjiru"]),
    ("“The fee is unlawful,” Judge Mary Wanjiru ruled, “and must be refunded.”", ["Mary Wanjiru", "Mary Wanjiru"]),
    ("Judge Mary Wanjiru heard the case. “The fee is unlawful,” the judge ruled, “and must be refunded.”",
     ["Mary Wanjiru", "Mary Wanjiru"]),
    # no judge named: an unnamed speaker's, never another's
    ("Tom Reed sued. The judge called the fee “unlawful” and said “it must be refunded”.", [None]),
    ("ChapaPesa raised fees. The company called the fee “lawful” but said “it will review it”.", ["ChapaPesa", "ChapaPesa"]),
])
def test_reported_rulings(text: str, names: list[str | None]) -> None:
    assert [q.name for q in quotes_in("", text)] == names, text
