"""A declared person's name written without its first words ("Lula da Silva" of a declared "Luiz Inácio Lula da Silva",
aliases [Lula]) is that person (T24 F5, 2026-12-07; declaredtails.py).

The tester's site had a page "Lula da Silva" with his quotation beside the declared name's page. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.people import find_people, people_of
from briefgen.load.config import Person


def _pages(declared: tuple[Person, ...], *texts: str) -> dict[str, set[str]]:
    """People pages of a site of these articles: name → the quotations shown."""
    articles = tuple(factories.article(f"a{n}") for n in range(len(texts)))
    names = tuple(n for p in declared for n in (p.name, *p.aliases))
    found = {f"a{n}": find_people("Lithium", text, names) for n, text in enumerate(texts)}
    return {p.name: {q.text for _, q in p.quotes} for p in people_of(articles, found, declared).people}


LULA = (Person("Luiz Inácio Lula da Silva", ("Lula",)),)


def test_the_reported_input():
    pages = _pages(LULA, 'President Luiz Inácio Lula da Silva announced a plant. "Brazil will make the batteries," '
                         "Lula said.",
                   'Lula da Silva told reporters the plant would employ 2,000 people. "We made the mistake," Lula said.')
    assert pages == {"Luiz Inácio Lula da Silva": {"Brazil will make the batteries", "We made the mistake"}}


def test_what_must_not_change():
    # another Silva, and a given name that is no alias, stay apart
    pages = _pages(LULA, 'Marina Silva, the environment minister, spoke. "The salt flats are fragile," Ms Silva said.',
                   '"We made the mistake," said Luiz Inácio Lula da Silva.')
    assert set(pages) == {"Marina Silva", "Luiz Inácio Lula da Silva"}
    # a tail that ends an undeclared fuller name of someone else too is neither's
    pages = _pages(LULA, '"We made the mistake," said Lula da Silva.', '"It is late," said Pedro Lula da Silva.',
                   '"It is early," said Luiz Inácio Lula da Silva.')
    assert set(pages) == {"Lula da Silva", "Pedro Lula da Silva", "Luiz Inácio Lula da Silva"}


@FAST
@given(st.sampled_from(("Luiz", "João", "José", "Antônio")), word, word, st.sampled_from(("da", "dos", "de")), word,
       st.booleans())
def test_a_declared_names_tail(first, second, nick, particle, surname, aliased):
    """Its last words with their particle, or its alias with them, are the declared person, with the quotation."""
    assume(len({second, nick, surname}) == 3)
    full = f"{first} {second} {nick} {particle} {surname}"
    declared = (Person(full, (nick,) if aliased else ()),)
    pages = _pages(declared, f'{full} opened the plant. "It is a start," he said.',
                   f'{nick} {particle} {surname} told reporters the plant would grow. "We made the mistake," '
                   f"{nick} {particle} {surname} said.")
    assert pages == {full: {"It is a start", "We made the mistake"}}, pages
