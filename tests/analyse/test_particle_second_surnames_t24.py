"""A Spanish second surname led by particles ("Rodríguez de la Fuente", "López de Mesa", "Pérez de Cuéllar"): the first
surname alone and the given names with the first surname are that person (T24 F4, 2026-12-07; particlesurnames.py).

The tester's site had two pages, "María Fernanda Rodríguez" (with the judge's ruling) and "María Fernanda Rodríguez de
la Fuente", and the frame "Judge Rodríguez wrote" left the speaker "Rodríguez". Fails before the fix.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.familynames import family_span
from briefgen.analyse.people import filing_order, find_people, people_of
from briefgen.analyse.quotes import quotes_in

GIVEN = st.sampled_from(("María", "Fernanda", "Alfonso", "Javier", "Carlos", "Ana", "Luis", "Claudia", "Héctor",
                         "Ignacio", "Carmen", "Rodrigo"))
PARTICLES = st.sampled_from(("de", "de la", "del", "de los", "de las"))
RULING = '"will examine whether the duty was met"'


def _pages(*texts: str) -> dict[str, set[str]]:
    """People pages of a site of these articles: name → the quotations shown."""
    articles = tuple(factories.article(f"a{n}") for n in range(len(texts)))
    found = {f"a{n}": find_people("Lithium", text) for n, text in enumerate(texts)}
    return {p.name: {q.text for _, q in p.quotes} for p in people_of(articles, found, ()).people}


def test_the_reported_input():
    full = "María Fernanda Rodríguez de la Fuente"
    tribuna = (f"Judge {full}, who presided, ordered a hearing. In her ruling, Judge Rodríguez wrote that the court "
               f"{RULING}.")
    assert [q.name for q in quotes_in("", tribuna)] == [full]
    pages = _pages(tribuna, "Judge María Fernanda Rodríguez wrote that the court would examine the case.")
    assert list(pages) == [full] and pages[full] == {"will examine whether the duty was met"}
    assert filing_order(full, "person") == ("Rodríguez de la Fuente", "María Fernanda")
    assert filing_order("Javier Pérez de Cuéllar", "person") == ("Pérez de Cuéllar", "Javier")


def test_what_must_not_change():
    assert family_span("María José de la Fuente".split()) is None  # one surname, "de la Fuente", after two given names
    assert family_span("Tomás Ferreira da Costa".split()) is None  # Portuguese: the last surname
    assert filing_order("Tomás Ferreira da Costa", "person") == ("Costa", "Tomás Ferreira da")
    assert [q.name for q in quotes_in("", 'Tomás Ferreira da Costa spoke. "We wait," Mr Costa said.')] == [
        "Tomás Ferreira da Costa"]
    assert family_span("Charles de Gaulle".split()) is None
    assert family_span("Juan-Pablo de la Cruz Mella".split()) == (1, 4)  # a particle-led first surname, as before


@FAST
@given(GIVEN, st.sampled_from(("", "Fernanda", "Luisa", "Andrea")), word, PARTICLES, word, st.sampled_from(("Judge", "Ms", "Dr")))
def test_a_particle_led_second_surname(first, second, surname, particles, mother, title):
    """The first surname alone names the full name in its article; the given names and first surname of another
    article are the same person, and the quotation is on the full name's page."""
    assume(surname != mother and first != second)
    given_names = f"{first} {second}".strip()
    full = f"{given_names} {surname} {particles} {mother}"
    text = f'{title} {full} presided. Later, {title} {surname} wrote that the court {RULING}.'
    if particles not in ("de los", "de las"):  # (the name runs do not join "de los", "de las": nameruns.RUN)
        assert [q.name for q in quotes_in("", text)] == [full], text
        pages = _pages(text, f"{title} {given_names} {surname} wrote that the court would examine the case.")
        assert list(pages) == [full], pages
    assert family_span(full.split()) == (len(given_names.split()), len(given_names.split()) + 1)
    assert filing_order(full, "person") == (f"{surname} {particles} {mother}", given_names)
