"""A sentence's opening adverb is no part of the name after it (analyse/sentenceadverbs.py, 2026-12-07): "Separately
Akiko Sato said …" named a person "Separately Akiko Sato", and "Finally Akiko Sato said: “…”" gave her words to
"Finally Akiko Sato". A breaker (BR50) found the first form, the adverbs as stopwords, cut names inside runs: "Mick
Hucknall of Simply Red" spoke as "Red", "Simply Business" was a person "Business", "Robert Clearly" was lost."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentenceadverbs import SENTENCE_ADVERBS
from support import madeup
from support.examples import examples

ADVERBS = st.sampled_from(sorted(SENTENCE_ADVERBS)).map(str.capitalize)


def test_the_reported_sentences() -> None:
    people = find_people("Carmaker raided", "Inspectors raided the offices on Monday. Separately Akiko Sato said the "
                                            "plan was dead. Reportedly Kenji Mori agreed to talk.")
    assert [n.full for n in people.named] == ["Akiko Sato", "Kenji Mori"]
    assert [q.speaker for q in quotes_in("T", "Finally Akiko Sato said: “It is over.”")] == ["Akiko Sato"]


@given(ADVERBS, madeup.word, madeup.word)
@settings(max_examples=examples(150), deadline=None)
def test_an_opening_adverb_never_joins_the_name(adverb: str, given_name: str, family: str) -> None:
    name = f"{given_name} {family}"
    people = find_people("Talks", f"The talks resumed on Monday. {adverb} {name} said the plan was dead.")
    assert [n.full for n in people.named] == [name]
    said = quotes_in("Talks", f"The talks resumed on Monday. {adverb} {name} said: “The plan is dead.”")
    assert [q.speaker for q in said] == [name]


def test_the_breakers_names_stay_as_written() -> None:
    quote = "“This is no longer one company's problem.”"
    for text, speaker in (("Mick Hucknall of Simply Red said: ", "Mick Hucknall"), ("Simply Business said: ", "Simply Business"),
                          ("Robert Clearly said: ", "Robert Clearly"), ("John Besides said: ", "John Besides"),
                          ("Maybe Kim said: ", "Maybe Kim"), ("Overall Health Ltd said: ", "Overall Health Ltd")):
        assert [q.speaker for q in quotes_in("T", text + quote)] == [speaker], text


@given(ADVERBS, madeup.word, madeup.word)
@settings(max_examples=examples(100), deadline=None)
def test_an_adverb_inside_a_name_or_before_one_word_is_kept(adverb: str, first: str, second: str) -> None:
    inside = find_people("Talks", f"The talks resumed on Monday. {first} {adverb} said the plan was dead.")
    assert [n.full for n in inside.named] == [f"{first} {adverb}"]
    after_of = quotes_in("Talks", f"{first} {second} of {adverb} {first} said: “The plan is dead.”")
    assert [q.speaker for q in after_of] == [f"{first} {second}"]
