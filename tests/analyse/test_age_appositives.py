"""A person's age between the name and the verb ("Marta, 41, a nurse, said") keeps the name the speaker's.

A trial (2026-12-03): "Marta, 41, a nurse, said the sums were simple. “I already turn the heating off,” she
said." gave the quotation no speaker: the age after the comma ended the subject ("Anna Kowal, 41, said …"
too), and a given name alone was a name only right before a speech verb. Property over made-up names, ages
and roles: the pronoun's quotation is the person's, and the frame before a colon names them.
"""
from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "na", "bre", "da", "lo", "ren")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
ROLES = ("", " a nurse,", " a pensioner from Gdynia,", " the shop's owner,")


@settings(max_examples=examples(150), deadline=None)
@given(word, st.one_of(st.just(""), word), st.integers(18, 99), st.sampled_from(ROLES))
def test_the_person_with_an_age_is_the_pronouns_speaker(given_name: str, surname: str, age: int, role: str) -> None:
    assume(given_sex(given_name) != "m")  # ("Se"+"an": a man's given name is no "she": a CI draw, 2026-12-07)
    name = f"{given_name} {surname}".strip()
    text = f"{name}, {age},{role} said the sums were simple. “I already turn the heating off,” she said."
    quote, = quotes_in("Bills", text)
    assert quote.speaker == name, text
    quote, = quotes_in("Bills", f"{name}, {age},{role} said: “I already turn the heating off.”")
    assert quote.speaker == name


def test_a_number_after_a_comma_is_no_age_of_a_word_that_is_no_name() -> None:
    quote, = quotes_in("Bills", "In Gdynia, 41, mostly elderly, people were cold, the council said. “It is serious,” "
                                "she said.")
    assert quote.speaker is None


def test_two_people_with_ages_are_no_one_subject() -> None:
    """A check of the age rule: "Marta Nowak, 41, and her husband Piotr, 45, said …" made her the subject of
    his "he said"."""
    quote, = quotes_in("Bills", "Marta Nowak, 41, and her husband Piotr, 45, said the sums were simple. “The sums "
                                "are simple and nobody can pay them,” he said.")
    assert quote.speaker is None
