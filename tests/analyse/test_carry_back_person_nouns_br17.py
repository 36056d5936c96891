"""A breaker's findings in the carry-back past a sentence about an unnamed person (antecedents.carried_back, T14's
personnouns rule; BR17, 2026-12-06): the rule stopped "he"/"she" at any subject holding a person's noun, and a named
speaker lost two kinds of quotation.

- A noun of the other sex speaks of no one the pronoun may stand for: "Mary Lee, a teacher, spoke to us. Her husband
  was at work. “I was alone,” she said." (personnouns.noun_gender).
- "The <noun>" after the text said the named person was one is that person: "Tom Ashby is a pharmacist in Leeds. The
  pharmacist has worked there for years. “I was shocked,” he said." (antecedents._described).
The T14 kinds stay unnamed: another pharmacist, "my pharmacist", a noun of the pronoun's sex.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("N", text)]


def test_the_reported_lines() -> None:
    assert speakers("Mary Lee, a teacher, spoke to us. Her husband was at work. “I was alone,” she said.") == ["Mary Lee"]
    assert speakers("Tom Ashby is a pharmacist in Leeds. The pharmacist has worked there for years. “I was shocked,” "
                    "he said.") == ["Tom Ashby"]
    # still another person's words, or no one's
    assert speakers("Tom Ashby took the tablets for years. The pharmacist was kind. “You are fine,” she said.") != [
        "Tom Ashby"]
    assert speakers("Tom Ashby went to see a pharmacist. The pharmacist was kind. “You are fine,” she said.") != [
        "Tom Ashby"]
    assert speakers("Mary Lee is a nurse. Her husband was at work. “I was alone,” he said.") != ["Mary Lee"]


_SHE_KIN = st.sampled_from(["husband", "father", "son", "brother", "boyfriend"])
_HE_KIN = st.sampled_from(["wife", "mother", "daughter", "sister", "girlfriend"])


@FAST
@given(word, word, _SHE_KIN, _HE_KIN, st.booleans())
def test_a_noun_of_the_other_sex_does_not_stop_the_pronoun(given_name: str, family: str, his: str, hers: str,
                                                           she: bool) -> None:
    name = f"{given_name} {family}"
    kin, own, pronoun = (his, "Her", "she") if she else (hers, "His", "he")
    text = f"{name} spoke to us on Monday. {own} {kin} was at work. “I was alone all day,” {pronoun} said."
    assert speakers(text) == [name], text


@FAST
@given(word, word, st.sampled_from(["pharmacist", "nurse", "teacher", "driver", "farmer", "cardiologist"]),
       st.sampled_from(["{name} is a {noun} in Leeds.", "{name}, a {noun}, lives in Leeds.", "{title} {name} was on duty."]))
def test_the_noun_the_text_gave_the_person_is_that_person(given_name: str, family: str, noun: str, form: str) -> None:
    name = f"{given_name} {family}"
    text = (form.format(name=name, noun=noun, title=noun.capitalize()) + f" The {noun} has worked there for years. "
            "“I was shocked,” she said.")
    assert speakers(text) == [name], text


@FAST
@given(word, word, st.sampled_from(["checklist", "shortlist", "playlist", "waitlist", "blacklist", "watchlist",
                                    "setlist"]))
def test_a_list_is_no_person(given_name: str, family: str, noun: str) -> None:
    """"-list" is no trade's ending (lexicon.occupational): "The shortlist was published." carries the pronoun on, as
    any sentence about a thing does; T14's person-noun stop lost the speaker (BR17)."""
    name = f"{given_name} {family}"
    text = f"{name} entered the contest in May. The {noun} was published on Monday. “I am thrilled,” she said."
    assert speakers(text) == [name], text
