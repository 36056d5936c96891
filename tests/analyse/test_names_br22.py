"""BR22's name findings 4 and 9 (2026-12-06), as kinds.

- 4: "Peter Chan Young, a barrister, said … "…," Mr Chan said" put the quote on a page "Chan": english_first (BR21)
  read the last word as the surname because "Young" spells an English surname, against the article's own "Mr Chan".
  Where only that spelling told (`familynames.either_family`), both words are reference forms: the article's own
  titled reference tells which is the family name.
- 9: a pronoun refuses a titled join (titlefit.other_sex, BR21) only where it refers to the candidate: not inside a
  clause about another person ("Li Na, whose coach said he was proud"), not in a later sentence whose subject it
  may be another's ("Zhang Wei hired a lawyer. He said …").
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.quotes import quotes_in

WOMEN = st.sampled_from(("Sarah", "Kelly", "Grace", "Mary", "Emily", "Rebecca"))
MEN = st.sampled_from(("Peter", "Stephen", "John", "Martin", "Howard", "Kevin"))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


@FAST
@given(st.one_of(WOMEN.map(lambda n: (n, "Ms")), MEN.map(lambda n: (n, "Mr"))),
       st.sampled_from(("Chan", "Wong", "Ho", "Kim", "Lee", "Lam")), st.sampled_from(("Young", "Long", "Moon")),
       st.booleans())
def test_the_articles_titled_reference_tells_the_family_name(english_titled, family, surname, by_family):
    """'<English given> <family> <English syllable>' and a titled reference by either word: the full name's. Failed
    before (at 87aed255) by the family name: a page of the bare family name took the quote. ("Ms King" joins no
    full name, as at 49917adf: an old limit, left.)"""
    english, title = english_titled
    full = f"{english} {family} {surname}"
    said = family if by_family else surname
    text = f'{full}, a barrister, said the ruling was unclear. "Nobody knows where the line is," {title} {said} said.'
    assert _speakers(text) == [full], text


def test_the_reported_names():
    for text, full in (('Peter Chan Young, a barrister, said the law was vague. "Nobody knows where the line is," Mr '
                        'Chan said.', "Peter Chan Young"),
                       ('Kelly Wong King, a Hong Kong lawyer, said the law was unclear. "It is unclear," Ms Wong said.',
                        "Kelly Wong King"),
                       ('Grace Ho Long said she was pleased. "It is good," Ms Ho said.', "Grace Ho Long"),
                       ('Stephen Kim Young, the North Korea envoy, said talks failed. "No," Mr Kim said.',
                        "Stephen Kim Young"),
                       ('Sarah Lee Young said the school would close. "We have no choice," Ms Young said.',
                        "Sarah Lee Young")):
        assert _speakers(text) == [full], text




@FAST
@given(st.sampled_from(("Li Na", "Zhang Wei", "Wang Fang", "Liu Yang")),
       st.sampled_from(("{n}, whose coach said he was proud, won the final.",
                        "{n}, whose father said he had cried, won the final.",
                        "{n} hired a lawyer. He said the case was strong.",
                        "{n} met the minister, who said he was pleased.",
                        "{n} sued the company. Its boss said he regretted the error.",
                        "{n} told reporters the mayor had said he would help.")))
def test_another_persons_pronoun_refuses_no_join(name, sentence):
    """'"…," Ms <family name> said' after a pronoun that may be another person's: still the named person's. Failed
    before (at 87aed255) for 'whose coach said he', 'He said' after 'hired a lawyer', 'who said he'."""
    text = sentence.format(n=name) + f' "I am happy," Ms {name.split()[0]} said.'
    assert _speakers(text) == [name], text
    # the name's own clause still refuses the other sex's title (BR21)
    own = f'{name}, the buyer, said he was pleased. "I am happy," Ms {name.split()[0]} said.'
    assert _speakers(own) == [None], own


def test_the_reported_pronouns():
    assert _speakers('Li Na, whose coach said he was proud, won the final. "I am happy," Ms Li said.') == ["Li Na"]
    assert _speakers('Zhang Wei hired a lawyer. He said the case was strong. "I hope so," Ms Zhang said.') \
        == ["Zhang Wei"]


@FAST
@given(st.sampled_from(("Li Na", "Zhang Wei", "Wang Fang", "Liu Yang")),
       st.sampled_from(("{n}, Kim Soo-ah's coach, said she had played well.",
                        "{n}, the coach of Kim Soo-ah, said she had played well.",
                        "{n}, who coaches Kim Soo-ah, said she had played well.",
                        "{n}, the father of the missing girl, said she had been found.",
                        "{n}, whose daughter won, said she was proud.")))
def test_a_pronoun_after_an_apposition_naming_another_refuses_no_join(name, sentence):
    """BR23: "Zhang Wei, Li Na's coach, said she had played well. "…," Mr Zhang said" had no speaker (at 65b8035b:
    _own_pronoun read "she" as Zhang Wei's own, though the apposition names or relates another person)."""
    text = sentence.format(n=name) + f' "She was brave," Mr {name.split()[0]} said.'
    assert _speakers(text) == [name], text
