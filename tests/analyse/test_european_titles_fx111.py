"""Courtesy titles and offices of other languages before a name in English copy are no part of it (T30 F4, FX111,
2026-12-07): "Taoiseach Ciarán Ó Súilleabháin said" gave a page taoiseach-ciaran-o-suilleabhain, "Herr zu Sayn said" a
second person beside Friedrich-Wilhelm zu Sayn, and "Mevrouw van den Berg", "Herr Vogel", "Frau Vogel" kept the title
(europeantitles.py)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given, strategies as st

from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in

COURTESY = st.sampled_from(["Herr", "Frau", "Mevrouw", "Meneer", "Mevr.", "Dhr.", "Signor", "Signora", "Sig.",
                            "Señora", "Señor"])
OFFICE = st.sampled_from(["Taoiseach", "Tánaiste", "Tanaiste"])
GIVEN = st.sampled_from(["Ciarán", "Anke", "Pieter", "Friedrich-Wilhelm", "Giulia", "Aoife"])
SURNAME = st.sampled_from(["Vogel", "zu Sayn", "van den Berg", "Ó Súilleabháin", "Bianchi", "von der Leyen",
                           "de Vries", "ter Horst", "Ní Bhriain", "MacCarthy", "Brandt"])


@dataclass(frozen=True)
class _Slug:
    slug: str


def _people(*articles: str) -> dict[str, int]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    listed = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]
    return {p.name: len(p.quotes) for p in listed.people}


@given(OFFICE, GIVEN, SURNAME)
@example("Taoiseach", "Ciarán", "Ó Súilleabháin")
def test_an_irish_office_is_a_title(office: str, given_name: str, surname: str) -> None:
    text = f'"Nobody in government was consulted," {office} {given_name} {surname} said.'
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"]


@given(COURTESY, SURNAME)
@example("Herr", "Vogel")
@example("Frau", "Vogel")
@example("Mevrouw", "van den Berg")
def test_a_courtesy_title_is_dropped_from_the_name(title: str, surname: str) -> None:
    text = f'"Rules are rules," {title} {surname} said.'
    names = [q.name for q in quotes_in("", text)]
    assert len(names) == 1 and names[0] is not None and title.rstrip(".") not in names[0].split(), (text, names)


@given(COURTESY, GIVEN, SURNAME)
@example("Herr", "Friedrich-Wilhelm", "zu Sayn")
def test_a_courtesy_title_is_the_person_named_in_full(title: str, given_name: str, surname: str) -> None:
    """"Herr zu Sayn said", in an article that names Friedrich-Wilhelm zu Sayn, or in another, is he, as "Mr. zu Sayn" is."""
    full = f"{given_name} {surname}"
    same = f'{full} welcomed it.\n\n“Rules are rules,” {title} {surname} said.'
    other = f'The minister spoke.\n\n“Rules are rules,” {title} {surname} said.'
    assert [q.name for q in quotes_in("", same)] == [full]
    assert _people(f"{full} said on Monday that Berlin would wait.", other) == {full: 1}


def test_a_firm_named_with_a_french_courtesy_title_keeps_it() -> None:
    """Madame and Monsieur are left out: English copy writes them in firms' and works' names."""
    assert [q.name for q in quotes_in("", '"We opened," Madame Tussauds said in a statement.')] != ["Tussauds"]
