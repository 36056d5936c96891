"""Spanish and Portuguese parties and bodies, and a company introduced by its industry's noun, are organisations (T29
F3, FX100, 2026-12-07): "The governing Unidad Nacional said …" and "… the utility Iberagua, said …" gave two person
pages ("Nacional, Unidad", "Iberagua"). A name run that opens with a party's or a body's noun (romancefirms.
ROMANCE_BODY_HEADS: Partido, Frente, Alianza, Movimiento, Unidad, Acción …) or ends with "Nacional" is a body's; a
name after an industry's noun (industrywords.INDUSTRY_NOUNS: utility, miner, refiner …) is a company's, unless the
noun names a worker too and a given name follows ("the miner Juan Pérez")."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, strategies as st

from briefgen.analyse.nameruns import classify
from briefgen.analyse.names import ORGANISATION, PERSON
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word


@dataclass(frozen=True)
class _Slug:
    slug: str


def _kinds(*articles: str) -> dict[str, str]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    listed = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]
    return {p.name: p.kind for p in listed.people}


def test_t29_unidad_nacional_and_iberagua() -> None:
    fraud = ('The governing Unidad Nacional said in a statement that the opposition "is trying to win in the courts '
             'what it lost at the polls."')
    scoop = ('Spanish companies with interests in Ribera, among them Banco Santander and the utility Iberagua, said '
             'they were following events "with concern."')
    assert _kinds(fraud) == {"Unidad Nacional": ORGANISATION}
    assert _kinds(scoop).get("Iberagua") == ORGANISATION
    for name in ("Unidad Nacional", "Partido Popular", "Acción Nacional", "Frente Amplio", "Renovación Nacional",
                 "Movimiento Ciudadano", "Alianza Verde", "Guardia Nacional", "União Brasil"):
        assert classify(name.split()) == (ORGANISATION, 0), name


def test_people_stay_people() -> None:
    for name in ("Juan Frente", "Ana Alianza", "Libertad Lamarque", "Esperanza Aguirre", "Tribunal Judge Anna Berg"):
        assert classify(name.split())[0] == PERSON, name
    assert _kinds('The miner Juan Pérez said "we are tired."') == {"Juan Pérez": PERSON}


_HEADS = st.sampled_from(("Partido", "Frente", "Alianza", "Aliança", "Movimiento", "Movimento", "Unidad", "Unión",
                          "Acción", "Renovación", "Coalición", "Fuerza", "Fundación", "Sindicato", "Consejo"))


@FAST
@given(_HEADS, word)
def test_a_party_said_is_no_person(head: str, name: str) -> None:
    text = f'The governing {head} {name} said in a statement that the opposition "is trying to win in the courts."'
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(f"{head} {name}", ORGANISATION)]
    assert _kinds(text) == {f"{head} {name}": ORGANISATION}


@FAST
@given(st.sampled_from(("utility", "miner", "refiner", "steelmaker", "telco", "lender", "carrier")), word)
def test_a_company_after_its_industrys_noun(noun: str, name: str) -> None:
    text = f'Spanish companies, among them the {noun} {name}, said they were following events "with concern."'
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(name, ORGANISATION)]
    assert _kinds(f'The {noun} {name} said it was following events "with concern."') == {name: ORGANISATION}


@FAST
@given(st.sampled_from(("Juan", "María", "Pedro", "Ana")), word)
def test_a_miner_with_a_given_name_is_a_person(first: str, last: str) -> None:
    assert _kinds(f'The miner {first} {last} said "we are tired."') == {f"{first} {last}": PERSON}
