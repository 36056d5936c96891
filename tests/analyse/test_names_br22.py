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



