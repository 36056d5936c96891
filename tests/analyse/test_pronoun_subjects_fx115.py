"""A "he"/"she" makes no person of a company's name that is not its clause's subject (BR67 on FX110; FX115).

"The carmaker Aston Martin said sales fell. Jane Roe left Aston Martin, which she joined in 2019, in May." (and "…
Jane Roe joined Aston Martin when she was 30.", "Aston Martin, which she founded, said: “It hurts.”") made Aston
Martin a person (s64: an organisation): nounledpeople.noun_led_person read the pronoun through
wordedpersons._referred, which took any later "she" of the clause as the name's. Now the pronoun is evidence only
where the name is its sentence's subject with no one before it (clausesubjects.sentence_subject), and never inside
a relative clause about the name ("which she", "that he", "where she"). The same holds for a company word's name
(FX92: "Jane Roe left Aroha Robotics, which she joined").
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people

NOUNS = st.sampled_from(("carmaker", "utility", "firm", "lender", "insurer", "retailer", "group", "steelmaker"))
SUBJECTS = st.sampled_from(("Jane Roe", "Tom Okafor", "Maria Silva", "Priya Natarajan", "Chief executive Jane Roe"))
# The other subject's sentence, the company an object or a relative clause's antecedent; {n} the company, {p} the person
OBJECT_FRAMES = st.sampled_from((
    "{p} left {n}, which she joined in 2019, in May.",
    "{p} joined {n} when she was 30.",
    "{p} sued {n}, where he had worked for years.",
    "{p} praised {n}, that he founded.",
    "In May, {p} quit {n} after she lost a vote.",
    "{p} sold {n} because he needed cash.",
))
RELATIVE_FRAMES = st.sampled_from((
    "{n}, which she founded, said: \u201cIt hurts.\u201d",
    "{n}, where he worked, cut jobs.",
    "{n}, that she built, cut jobs.",
    "{n}, whom he admired, cut jobs.",
))


def _kinds(text: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in names_in("Story", text):
        kinds.setdefault(mention.full, set()).add(mention.kind)
    return kinds


@pytest.mark.parametrize("text", [
    "The carmaker Aston Martin said sales fell. Jane Roe left Aston Martin, which she joined in 2019, in May.",
    "The carmaker Aston Martin said sales fell. Jane Roe joined Aston Martin when she was 30.",
    "The carmaker Aston Martin said sales fell. Aston Martin, which she founded, said: \u201cIt hurts.\u201d",
    "Aroha Robotics cut jobs. Jane Roe left Aroha Robotics, which she joined in 2019, in May.",
])
def test_the_reported_articles(text: str) -> None:
    company = "Aston Martin" if "Aston" in text else "Aroha Robotics"
    assert _kinds(text)[company] == {"organisation"}, text
    assert {n.full: n.kind for n in find_people("Story", text).named}[company] == "organisation", text


@FAST
@given(NOUNS, word, word, SUBJECTS, OBJECT_FRAMES)
def test_another_subjects_pronoun_makes_no_person(noun: str, first: str, last: str, person: str, frame: str) -> None:
    assume(first != last)
    name = f"{first} {last}"
    text = f"The {noun} {name} said sales fell. " + frame.format(n=name, p=person)
    assert _kinds(text).get(name) == {"organisation"}, text


@FAST
@given(NOUNS, word, word, RELATIVE_FRAMES)
def test_a_relative_clauses_pronoun_makes_no_person(noun: str, first: str, last: str, frame: str) -> None:
    assume(first != last)
    name = f"{first} {last}"
    text = f"The {noun} {name} said sales fell. " + frame.format(n=name)
    assert _kinds(text).get(name) == {"organisation"}, text


def test_a_subjects_pronoun_still_counts() -> None:
    from briefgen.analyse.clausesubjects import sentence_subject  # (FX115's module: the rest runs on older trees)
    # FX92's frame, the name its sentence's subject
    assert _kinds("Aroha Robotics was hurt when she fell. \u201cIt was scary,\u201d said Aroha Robotics.")[
        "Aroha Robotics"] == {"person"}
    assert sentence_subject("In May, the carmaker Aston Martin cut jobs when she left.", 21)
    assert sentence_subject("Later, Aston Martin cut jobs.", 7)
    assert not sentence_subject("Jane Roe joined Aston Martin when she was 30.", 16)
    assert not sentence_subject("After Jane Roe left, Aston Martin cut jobs.", 21)
