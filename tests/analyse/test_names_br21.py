"""BR21's name findings (2026-12-06), as kinds: an English name whose middle name is a Chinese syllable, and a titled
surname of the other sex where no given name tells (familynames.english_first, titlefit.other_sex, givensex.py).

- "Sarah Lee Young" is Ms Young, filed "Young, Sarah Lee": after an English middle name that is also a Chinese or
  Korean family name ("Lee", "Kim"), or before an English surname spelt as one syllable ("Young", "Moon"), one
  syllable is a surname; the Chinese reading ("Vivian Zhang Li", "Martin Lee Chu-ming") needs a given name of two
  syllables or a family name no English middle name spells. "Ms Lee" after "Sarah Lee Young" is her too (BR22: the
  article's own titled reference tells which word is the family name; tests/analyse/test_names_br22.py).
- '"…," Ms Zhang said' after "Zhang Wei, the buyer, said he was pleased" is not his: where no given name tells the
  sex, the pronoun does, and the join is refused; common given names the lists lacked ("Jenny", "Carrie") tell.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.familynames import family_span
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.namekeys import reference_forms
from briefgen.analyse.people import filing_order
from briefgen.analyse.quotes import quotes_in

WOMEN = st.sampled_from(("Sarah", "Jenny", "Amy", "Mary", "Emily", "Grace", "Rebecca", "Carrie"))
MEN = st.sampled_from(("Kevin", "Bruce", "John", "Peter", "Martin", "Tony", "Howard"))
ONE_SYLLABLE = st.sampled_from(("Young", "Moon", "Tan", "Hsu", "Ho", "Chun", "Long", "Wong", "Lo"))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


@FAST
@given(st.one_of(WOMEN.map(lambda n: (n, "Ms")), MEN.map(lambda n: (n, "Mr"))), st.sampled_from(("Lee", "Kim")),
       ONE_SYLLABLE)
def test_a_middle_name_that_is_a_family_name_before_one_syllable(english_titled, middle, surname):
    """'<English given> Lee <one syllable>' is referred to and filed by the last word. Failed before: "Ms Lee"."""
    english, title = english_titled
    full = f"{english} {middle} {surname}"
    assert family_span(full.split()) is None
    assert reference_forms(full.split())[0] == surname
    assert filing_order(full, "person") == (surname, f"{english} {middle}")
    text = (f'Sales rose, said {full}, an analyst at Dune Capital. "It was a strong quarter," {title} {surname} '
            f"said.")
    assert _speakers(text) == [full], text
    # the article's own reference to the middle word tells it is her family name (BR22: "Stephen Kim Young … Mr Kim")
    assert _speakers(f'{full}, an analyst, spoke. "Sales are up," {title} {middle} said.') == [full]


@FAST
@given(WOMEN, st.sampled_from(("Zhang", "Chan", "Ho", "Wong", "Lam")), st.sampled_from(("Young", "Moon", "King")))
def test_an_english_surname_spelt_as_a_syllable_is_the_surname(english, middle, surname):
    """After any family name, an English surname that spells a syllable ("Young") is the surname."""
    assert family_span([english, middle, surname]) is None


def test_the_chinese_reading_stays_where_it_is_told():
    """Two-syllable given names, four words, and family names no English middle name spells: as at T17."""
    for name in ("Martin Lee Chu-ming", "Vivian Lee Xiaoming", "Carrie Lam Cheng Yuet-ngor", "Vivian Zhang Li",
                 "Jenny Chan Lo", "Kevin Lee Kin-fung", "Anna Li Wu", "Emily Wong Mei"):
        assert family_span(name.split()) == (1, 2), name
    assert filing_order("Vivian Zhang Li", "person") == ("Zhang Li", "Vivian")


@FAST
@given(st.sampled_from(("Zhang Wei", "Chris Reid", "Alex Okafor", "Sam Brennan", "Li Qiang")),
       st.sampled_from(("he was pleased", "he would appeal", "his firm would appeal")))
def test_a_pronoun_shows_the_sex_where_no_given_name_tells(name, said):
    """'<name>, the buyer, said <he …>. "…," Ms <surname> said': no speaker rather than him. Failed before: his."""
    surname = name.split()[0] if name.split()[0] in ("Zhang", "Li") else name.split()[-1]
    text = f'{name}, the buyer, said {said}. "Volumes are weak," Ms {surname} said.'
    assert _speakers(text) == [None], text
    # the title's sex told by the pronoun: still theirs
    assert _speakers(text.replace(" he ", " she ").replace(" his ", " her ")) == [name]


def test_a_given_name_outweighs_a_pronoun_and_the_lists_know_more_names():
    assert _speakers("Helen Pryce said the claimants included a man in his eighties. \"We expect the figure to "
                     'rise," Ms Pryce said.') == ["Helen Pryce"]
    assert (given_sex("Jenny"), given_sex("Carrie"), given_sex("Ethan"), given_sex("Vivian")) == ("f", "f", "m", "")
    assert _speakers('Jenny Zhang of Harbour Capital disagreed. "Volumes are weak," Mr Zhang said.') == [None]


@FAST
@given(st.sampled_from(("Ana", "Miguel", "Luis", "Carmen", "Jorge", "Claudia")), st.sampled_from(("Cruz", "Rosa", "Vera")),
       st.sampled_from(("Smith", "Johnson", "Walker", "Young", "Thompson", "Baker")))
def test_a_spanish_given_name_before_an_english_surname(given_name, middle, surname):
    """'<Spanish given> <word> <English surname>' is filed and referred to by the last word. Failed before: "Cruz
    Smith, Ana"."""
    full = f"{given_name} {middle} {surname}"
    assert filing_order(full, "person") == (surname, f"{given_name} {middle}")
    assert family_span(full.split()) is None


@FAST
@given(st.sampled_from(("Miguel", "Juan", "Pedro", "Ana", "Luisa")), st.sampled_from(("Cervantes", "Torres", "Vega")),
       st.sampled_from(("Saavedra", "Rojas", "Mella")))
def test_a_lone_de_after_a_spanish_given_name(given_name, first, second):
    """'<Spanish given> de <first> <second>' is "<first>", filed "<first> <second>, <given> de". Failed before: filed
    by the second surname."""
    full = f"{given_name} de {first} {second}"
    assert filing_order(full, "person") == (f"{first} {second}", f"{given_name} de")
    assert _speakers(f'The writer {full} spoke at the fair. "Read more," {first} said.') == [full]


def test_two_people_of_one_surname_in_an_archive():
    """'"…," Fuentes said' is the Fuentes its article names, whoever else the archive holds; an article naming two
    gives it to neither (the press writes the full name then)."""
    assert _speakers('María José Fuentes Araya, the minister, visited the mine. "We will rescue them," Fuentes said.') \
        == ["María José Fuentes Araya"]
    assert _speakers('Pedro Fuentes, a miner, spoke to reporters. "We are afraid," Fuentes said.') == ["Pedro Fuentes"]
    assert _speakers('María José Fuentes Araya, the minister, and Pedro Fuentes, a miner, spoke. "We will rescue '
                     'them," Fuentes said.') == [None]
