"""After an honorific, a word that is also an English word or a place's name is a person's name (FX74, 2026-12-07).

- A family name that is a function word ("He", "So", "Do"): "He Lifeng met the delegation. … “…,” Mr He said" listed
  only a person "He" ("He Lifeng" opening a sentence before a verb of no speech was read as the pronoun and a word);
  now the family name written alone after an honorific in the article (stopnames.titled_alone) is evidence that the
  name it opens, spelt as such a name, is a person's at a sentence's start too. "Mr Ho", "Mr Ma", "Ms Wang" were read
  right already (guards).
- A place's name (lexicon.PLACES): "“…,” Ms Georgia said", "Mr England said", "Ms Paris said" named no one, and "Ms
  Georgia Meloni" was the person "Meloni" titled "Ms Georgia" (the place word read as a qualifier, "Texas Governor Greg
  Abbott"). English writes no honorific before a place: after one, the word is the name (nameruns.classify,
  runparts.parts). Decided for the user: "Ms Georgia said" alone is a person "Georgia" (a surname as far as the article
  tells), after "Georgia Meloni" is she (the given-name use, as "Mr Chad" after "Chad Smith" was); "Mr England" after
  "Tom England" is he.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

HONORIFIC = st.sampled_from(("Mr", "Ms", "Mrs", "Dr"))
PLACE = st.sampled_from(("Georgia", "Paris", "England", "India", "Israel"))  # ("Mr China": a firm's, companyforms)
OPENING = st.sampled_from(("{name} met the delegation in Geneva.", "{name} arrived in Geneva on Monday.",
                           "The delegation met {name} in Geneva.", "Vice-Premier {name} met the delegation."))


def _people(text: str) -> set[str]:
    return {n.full for n in names_in("", text) if n.kind == PERSON}


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_people("", text).quotes]


@FAST
@given(st.sampled_from(("Lifeng", "Jiankui", "Yong", "Weidong", "Xiaoming")), OPENING, HONORIFIC, st.sampled_from(SAID))
def test_a_function_word_family_name_after_an_honorific_is_the_person(given_name: str, opening: str, title: str,
                                                                      frame: str) -> None:
    name = f"He {given_name}"
    text = opening.format(name=name) + " " + said(frame, f"{title} He")
    assert _people(text) == {name}, (text, names_in("", text))
    assert _speakers(text) == [name], text


@FAST
@given(st.sampled_from((("Ho", "Ching"), ("Ma", "Ying-jeou"), ("Wang", "Yi"), ("Do", "Van Thanh"), ("So", "Ji-sub"))),
       OPENING, HONORIFIC, st.sampled_from(SAID))
def test_other_family_names_that_are_words(name_parts: tuple[str, str], opening: str, title: str, frame: str) -> None:
    family, given_name = name_parts
    name = f"{family} {given_name}"
    text = opening.format(name=name) + " " + said(frame, f"{title} {family}")
    assert _speakers(text) == [name], text


@FAST
@given(HONORIFIC, PLACE, st.sampled_from(SAID))
def test_a_place_word_after_an_honorific_is_a_person(title: str, place: str, frame: str) -> None:
    text = said(frame, f"{title} {place}")
    assert _people(text) == {place}, (text, names_in("", text))
    assert _speakers(text) == [place], text


@FAST
@given(HONORIFIC, PLACE, word, st.sampled_from(SAID), st.booleans())
def test_a_place_word_as_a_given_name_after_an_honorific(title: str, place: str, last: str, frame: str,
                                                         given_used: bool) -> None:
    name = f"{place} {last}"
    text = f"{title} {name} spoke first. " + said(frame, f"{title} {place if given_used else last}")
    assert _people(text) == {name}, (text, names_in("", text))
    assert _speakers(text) == [name], text


def test_the_reported_inputs() -> None:
    text = "He Lifeng met the delegation in Geneva. “The talks were candid,” Mr He said."
    assert _people(text) == {"He Lifeng"} and _speakers(text) == ["He Lifeng"]
    text = "Ms Georgia Meloni spoke first. “We will appeal,” Ms Georgia said."
    assert _people(text) == {"Georgia Meloni"} and _speakers(text) == ["Georgia Meloni"]
    text = "Tom England spoke first. “We will appeal,” Mr England said."
    assert _speakers(text) == ["Tom England"]


def test_what_stays() -> None:
    text = "He met the delegation in Geneva. “The talks were candid,” he said."  # the pronoun
    assert not _people(text)
    text = "Talks were held in Georgia. “We will appeal,” the minister said."  # a place
    assert not _people(text)
    text = "Vice-Premier He Lifeng met the delegation. He said the talks were candid."
    assert _people(text) == {"He Lifeng"}
