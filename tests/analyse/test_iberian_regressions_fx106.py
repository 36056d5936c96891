"""Regressions BR62 found in FX100's Spanish and Portuguese name rules (FX106, 2026-12-07):

1. romancefirms' "Nacional" tail made any run ending in it a body: "La diputada Rosa Nacional dijo", "Juan Carlos
   Nacional said" were organisations. A run opening with a known given name (givenwords.known_given, with the common
   Iberian given names it lacked: Andrés, Manuel, Luiz, João, Inácio …) is a person's.
2. filing read "San" as a saint's word in any name: "Lee San Ho" filed "san ho lee", "Yuki San Tanaka" "san tanaka
   yuki". San/Santa/Santo/São open a surname only before an accented word or a listed saint's name.
3. an industry's noun made a person a company for the whole article: "the miner Kestrel Hollin … Kestrel Hollin
   said", "Ana Gil met the utility Ana Gil". A worker's noun before two capitalised words, or any industry noun before
   a known given name, is no company evidence (industrywords.firm_noun).
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, strategies as st

from briefgen.analyse.filing import sort_name
from briefgen.analyse.givenwords import known_given
from briefgen.analyse.nameruns import classify
from briefgen.analyse.names import ORGANISATION, PERSON
from briefgen.analyse.people import find_people, people_of
from support.madeup import FAST, word


@dataclass(frozen=True)
class _Slug:
    slug: str


def _kinds(text: str, language: str = "en") -> dict[str, str]:
    found = {"0": find_people("", text, language=language)}
    return {p.name: p.kind for p in people_of((_Slug("0"),), found, ()).people}  # type: ignore[arg-type]


def test_br62_nacional_surname() -> None:
    text = ('La diputada Rosa Nacional dijo: "Votaremos en contra de la ley." Nacional añadió: "No cambiaremos de '
            'opinión."')
    assert _kinds(text, "es") == {"Rosa Nacional": PERSON}
    assert _kinds('Juan Carlos Nacional said: "We will win."', "es") == {"Juan Carlos Nacional": PERSON}
    for name in ("Unidad Nacional", "Guardia Nacional", "Asamblea Nacional", "Acción Nacional"):
        assert classify(name.split()) == (ORGANISATION, 0), name


def test_iberian_given_names_known() -> None:
    for name in ("Andrés", "Manuel", "Luiz", "João", "Inácio", "Rosa", "Joaquín"):
        assert known_given(name), name


_GIVEN = st.sampled_from(("Juan", "Ana", "Andrés", "Manuel", "Luiz", "João", "Rosa", "Pedro", "Carlos", "Francisco"))


@FAST
@given(_GIVEN, st.lists(word, max_size=1), st.sampled_from(("Nacional", "Nacionales", "Nacionais")))
def test_a_given_name_before_nacional_is_a_person(first: str, middle: list[str], tail: str) -> None:
    name = " ".join((first, *middle, tail))
    assert classify(name.split())[0] == PERSON, name
    assert _kinds(f'{name} said: "We will win."', "es") == {name: PERSON}


def test_br62_san_in_east_asian_names() -> None:
    assert not sort_name("Lee San Ho", "person")[0].startswith("san")
    assert sort_name("Yuki San Tanaka", "person")[0].startswith("tanaka")
    assert sort_name("Elena San Martín", "person")[0] == "san martín elena"
    assert sort_name("Rafael Santa Cruz", "person")[0] == "santa cruz rafael"
    assert sort_name("Juan San Juan", "person")[0] == "san juan juan"
    assert sort_name("Maria Santo Domingo", "person")[0] == "santo domingo maria"
    assert sort_name("Oliver St John-Mabey", "person")[0] == "st john-mabey oliver"


@FAST
@given(st.sampled_from(("Lee", "Kim", "Park", "Yuki", "Kenji", "Nguyen", "Tran")), st.sampled_from(("San", "Santo")),
       st.sampled_from(("Ho", "Tanaka", "Min", "Jun", "Sato", "Hoa")))
def test_san_before_an_east_asian_syllable_opens_no_surname(first: str, saint: str, last: str) -> None:
    assert not sort_name(f"{first} {saint} {last}", "person")[0].startswith(saint.lower())


def test_br62_industry_noun_and_a_person() -> None:
    text = 'The shipping line Maersk and the miner Kestrel Hollin met. Kestrel Hollin said: "No."'
    assert _kinds(text).get("Kestrel Hollin") == PERSON
    assert _kinds('Ana Gil met the utility Ana Gil. Ana Gil said: "Yes."').get("Ana Gil") == PERSON
    assert _kinds('The utility Iberagua said it was following events "with concern."') == {"Iberagua": ORGANISATION}


@FAST
@given(st.sampled_from(("miner", "refiner", "brewer", "shipper", "distributor")), word, word)
def test_a_worker_noun_before_two_words_is_a_person(noun: str, first: str, last: str) -> None:
    name = f"{first} {last}"
    assert _kinds(f'The {noun} {name} met reporters. {name} said: "We are tired."') == {name: PERSON}


@FAST
@given(st.sampled_from(("utility", "steelmaker", "telco", "exporter", "miner", "wholesaler")), _GIVEN, word)
def test_an_industry_noun_before_a_given_name_is_a_person(noun: str, first: str, last: str) -> None:
    name = f"{first} {last}"
    assert _kinds(f'{name} met the {noun} {name}. {name} said: "Yes."') == {name: PERSON}
