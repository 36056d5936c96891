"""A person a lawyer or a spokesperson speaks for stays a person when the sentence says so (spokesnames.firm_spoken_for,
FX35): BR28 found 4a736de2 made "A lawyer for Assange said the bank had frozen his accounts." an organisation
"Assange" — the bank is another body, "his" says Assange is a man — and a three-article site listed "Assange,
organisation" beside "Assange, Julian". A person's pronoun in the rest of the sentence, "the group of …", or the
surname after a given name elsewhere in the article keep the person; a company's spokesperson stays the company's
(tests/analyse/test_spokesperson_for_firms_fx30.py)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.people import find_people, people_of

FAST = settings(max_examples=examples(150), deadline=None)
NOUNS = ["A spokesman", "A spokeswoman", "A spokesperson", "A lawyer", "An attorney", "A representative"]
PEOPLE = [("Julian", "Assange"), ("Sam", "Bankman-Fried"), ("Johnny", "Depp"), ("Taylor", "Swift"),
          ("Alexei", "Navalny"), ("Elon", "Musk"), ("Elizabeth", "Holmes"), ("Aliko", "Dangote"), ("J.K.", "Rowling")]
PRONOUNED = ["said the bank had frozen his accounts.", "said the airline had lost her luggage.",
             "said the company behind the film had dropped him.", "said the firm's collapse was not his fault.",
             "said the group would appeal on her behalf.", "told reporters the company owed him money."]
FIRM_CLAUSES = ["said the company would appeal the ruling.", "said the group would build a refinery.",
                "said its lawyers would appeal."]


def _kinds(text: str, name: str) -> set[str]:
    return {m.kind for m in names_in("", text) if m.full.endswith(name)}


@FAST
@given(st.sampled_from(NOUNS), st.sampled_from(PEOPLE), st.sampled_from(PRONOUNED))
@example("A lawyer", ("Julian", "Assange"), "said the bank had frozen his accounts.")
@example("A spokeswoman", ("Taylor", "Swift"), "said the airline had lost her luggage.")
def test_a_person_s_pronoun_in_the_sentence_keeps_the_person(noun: str, person: tuple[str, str], clause: str) -> None:
    name = " ".join(person) if person[0].endswith(".") else person[1]
    text = f"{noun} for {name} {clause} Talks resume on Monday."
    assert _kinds(text, name) == {PERSON}, (text, names_in("", text))


@FAST
@given(st.sampled_from(NOUNS), st.sampled_from(PEOPLE[:-1]), st.sampled_from(FIRM_CLAUSES),
       st.sampled_from(["{full} was fined on Monday.", "{full} opened the plant.", "Fines against {full} rose."]))
@example("A spokesman", ("Elon", "Musk"), FIRM_CLAUSES[0], "{full} was fined on Monday.")
def test_a_surname_named_in_full_in_the_article_is_the_person(noun: str, person: tuple[str, str], clause: str,
                                                              opening: str) -> None:
    text = f"{opening.format(full=' '.join(person))} {noun} for {person[1]} {clause}"
    assert _kinds(text, person[1]) == {PERSON}, (text, names_in("", text))


def test_the_group_of_protesters_is_no_employer() -> None:
    text = "A spokesman for Navalny said the group of protesters had been detained."
    assert [(m.full, m.kind) for m in names_in("", text)] == []  # no organisation; no one's name since FX40 either
    # (one word, no title, no full name, no pronoun: "said" is the spokesperson's verb; spokesnames.spoken_for_word)
    text = "Alexei Navalny was jailed. A spokesman for Navalny said the group of protesters had been detained."
    assert [(m.full, m.kind) for m in names_in("", text)] == [("Alexei Navalny", PERSON), ("Alexei Navalny", PERSON)]


def test_a_company_s_spokesperson_with_another_s_pronoun_elsewhere_stays_the_company() -> None:
    """The pronoun counts only in the spokesperson's sentence (FX30's firms keep their reading)."""
    text = "A spokesman for H.J. Heinz said the company would appeal. He declined to say when."
    assert [(m.full, m.kind) for m in names_in("", text)] == [("H.J. Heinz", ORGANISATION)]


@dataclass(frozen=True)
class _Slug:
    slug: str


def test_br28_three_articles_list_one_person() -> None:
    articles = ['Julian Assange left Belmarsh prison on Tuesday. "I am free," Julian Assange told reporters.',
                "A lawyer for Assange said the bank had frozen his accounts without notice on Wednesday.",
                "Assange met supporters in Canberra on Thursday. A lawyer for Assange said the bank had frozen his accounts."]
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    people = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]
    assert [(p.name, p.kind) for p in people.people] == [("Julian Assange", PERSON)], people.people
