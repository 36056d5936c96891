"""A company named by its industry's word, in English singular or plural or another language's, is no person, and a
person whose surname opens it keeps "Mr X said" (T28 F1, F2, F9; FX89, industrywords.py).

T28's carmaker trial listed "Hondaka Motor", "Kurose Motor", "Daiwa Jidosha" and "Renkai Semiconductor" as persons
("Motor, Hondaka"), and "Toyota Motor said in a statement" made a person; the chairman Kenji Hondaka lost six
quotations, "Mr Hondaka said" having two candidates, him and the company read as a person named family name first
("Hondaka Motor"); "Hondaka Motor Co., Ltd." was an organisation "Hondaka Motor Co" apart from "Hondaka Motor"."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import word
from support.peoplelists import listed_people

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.nameruns import classify
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(150), deadline=None)
HEADS = ["Motor", "Motors", "Jidosha", "Semiconductor", "Electric", "Heavy Industries", "Chemical", "Shipbuilding",
         "Pharmaceutical", "Airlines", "Petroleum", "Telecom", "Logistics", "Kogyo", "Kōgyō", "Seisakusho", "Denki",
         "Gruppe", "Werke", "Groupe", "Gruppo", "Automotive", "Robotics", "Gearworks", "Jukogyo", "Jeonja"]
SUFFIXES = ["", " Co., Ltd.", " K.K.", " Inc.", " Corp.", " S.A.", " GmbH", " AG", " plc", " Ltd.", " LLC", " N.V.",
            " Co."]
GIVEN = ["Kenji", "Akio", "Anna", "Tom", "Hiroko", "Bill"]
_SIR = {"Anna": "Ms", "Hiroko": "Ms"}


def test_the_reported_companies_are_organisations() -> None:
    for name in ("Toyota Motor", "Hondaka Motor", "Kurose Motor", "Daiwa Jidosha", "Renkai Semiconductor",
                 "Hondaka Motors", "Formosa Gearworks", "Hondaka Motor K.K.", "Nippon Steel", "Mitsubishi Jukogyo",
                 "Takeda Pharmaceutical", "Siemens Gruppe"):
        assert classify(name.split()) == (ORGANISATION, 0), name
    for name in ("Kenji Hondaka", "Hondaka Kenji", "Danielle Steel", "Helen Steel", "Anna Motor", "Tom Werke"):
        assert classify(name.split()) == (PERSON, 0), name  # a surname too, or after a given name: a person


def test_toyota_motor_said_in_a_statement_is_the_company() -> None:
    quotes = quotes_in("", 'Toyota Motor said in a statement: "We regret the delay."')
    assert [(q.name, q.kind) for q in quotes] == [("Toyota Motor", ORGANISATION)]


def test_the_chairman_keeps_his_quotations() -> None:
    text = '{p}, chairman of {c}, apologised on Monday.\n\n"This is a betrayal," {t} {s} said.'
    for person, company, title in (("Kenji Hondaka", "Hondaka Motor", "Mr"), ("Kenji Mizuno", "Mizuno Motor", "Mr"),
                                   ("Akio Toyoda", "Toyoda Motor", "Mr"), ("Anna Brandt", "Brandt Industries", "Ms"),
                                   ("Anna Brandt", "Brandt Motor", "Ms"), ("Akio Toyoda", "Toyoda Steel", "Mr"),
                                   ("Kenji Hondaka", "Hondaka Motor Co., Ltd.", "Mr")):
        quotes = quotes_in("", text.format(p=person, c=company, t=title, s=person.split()[-1]))
        assert [q.name for q in quotes] == [person], (person, company, quotes)
    admitted = 'Hondaka Kenji, chairman of Hondaka Motor, spoke.\n\n"The board learned in September," Hondaka admitted.'
    assert [q.name for q in quotes_in("", admitted)] == ["Hondaka Kenji"]


def test_two_people_of_one_surname_still_give_no_one() -> None:
    text = ('Kenji Hondaka is chairman of Hondaka Motor.\n\nTaro Hondaka is a director.\n\nThe board met on Monday.'
            '\n\n"This is a betrayal," Mr Hondaka said.')
    assert [q.name for q in quotes_in("", text)] == [None]


_ORDERS = (
    '{p}, chairman of {c}, apologised on Monday.\n\n"We failed our customers," {r} said.',
    '{c} admitted falsifying test data. Its chairman, {p}, apologised.\n\n"We failed our customers," {r} said.',
    '{p} apologised on Monday.\n\n"We failed our customers," {r} said. {c} shares fell 4 per cent.',
    'Shares of {c} fell.\n\n{p} bowed.\n\n"We failed our customers," {r} told lawmakers.',
)


@FAST
@given(word, st.sampled_from(GIVEN), st.sampled_from(HEADS), st.sampled_from(SUFFIXES), st.sampled_from(_ORDERS),
       st.booleans())
@example("Hondaka", "Kenji", "Motor", "", _ORDERS[0], True)
@example("Hondaka", "Kenji", "Motor", " Co., Ltd.", _ORDERS[1], False)
@example("Brandt", "Anna", "Heavy Industries", " AG", _ORDERS[2], True)
def test_a_company_named_by_its_industry_is_never_a_person_nor_a_second_candidate(
        surname: str, given_name: str, head: str, suffix: str, order: str, titled: bool) -> None:
    person, company = f"{given_name} {surname}", f"{surname} {head}{suffix}"
    reference = f"{_SIR.get(given_name, 'Mr')} {surname}" if titled else surname
    text = order.format(p=person, c=company, r=reference)
    quotes = quotes_in("", text)
    assert [(q.name, q.kind) for q in quotes] == [(person, PERSON)], (text, quotes)
    found = names_in("", text)
    assert all(m.kind != PERSON or m.full == person for m in found), (text, found)
    assert any(m.kind == ORGANISATION and m.full.startswith(f"{surname} {head.split()[0]}") for m in found), (text, found)


@FAST
@given(word, st.sampled_from(HEADS), st.sampled_from(SUFFIXES), st.booleans())
@example("Hondaka", "Motor", " Co., Ltd.", True)
@example("Formosa", "Gearworks", " Co.", False)
def test_a_legal_suffix_gives_one_organisation(surname: str, head: str, suffix: str, one_article: bool) -> None:
    plain, formal = f"{surname} {head}", f"{surname} {head}{suffix}"
    first = f"{formal} admitted on Monday that it had falsified data."
    second = f"Shares of {plain} fell 4 per cent after {plain} said output would stop."
    listed = listed_people([f"{first}\n\n{second}"] * 2 if one_article else [first, second, second])  # (listed: 2 articles)
    pages = [name for name, spellings in listed.items() if surname in name or any(surname in s for s in spellings)]
    assert len(pages) == 1, listed
    assert pages[0].startswith(plain), listed


@FAST
@given(word, st.sampled_from(HEADS + ["Holdings", "Technologies"]), st.sampled_from(["Mr", "Mr.", "Ms", "Mrs", "Dr"]))
@example("Hondaka", "Motor", "Mr")
def test_a_courtesy_title_makes_no_company_of_its_stem(surname: str, head: str, title: str) -> None:
    """'"…," Mr Hondaka said' in an article that names "Hondaka Motor" and no Hondaka in full is a person's (the
    surname's), not the company's: no company is "Mr" (orgvoices._who, orgnames.firms_and_things; the untitled
    "Hondaka said" there stays the company's)."""
    text = f'{surname} {head} admitted falsifying data on Monday.\n\n"We failed our customers," {title} {surname} said.'
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(surname, PERSON)], text
    assert [(m.full, m.kind) for m in names_in("", text)][-1] == (surname, PERSON), text
    untitled = text.replace(f"{title} {surname}", surname)
    assert [q.kind for q in quotes_in("", untitled)] == [ORGANISATION], untitled
