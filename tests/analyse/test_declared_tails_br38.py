"""A declared name's tail joins it only where it is more than a common surname alone (BR38, 2026-12-07;
declaredtails.py): a bare "da Silva" (any article, even one never naming Lula) and a fuller undeclared name ending in
the tail ("José da Silva") are other people than a declared "Luiz Inácio Lula da Silva" (aliases [Lula]).

Fails before the fix (main at fa9940fa folded both into Lula).
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word
from test_declared_name_tails_t24 import _pages

from briefgen.load.config import Person

LULA = (Person("Luiz Inácio Lula da Silva", ("Lula",)),)


def test_the_reported_inputs():
    assert _pages(LULA, '"Late," said Da Silva.') == {"Da Silva": {"Late"}}
    assert _pages(LULA, 'Coach Marcos da Silva praised the team. "Great night," da Silva said.') == {"Marcos da Silva": {"Great night"}}
    pages = _pages(LULA, '"We need rain," said farmer José da Silva.', '"We need more," Mr da Silva added.')
    assert pages == {"José da Silva": {"We need rain", "We need more"}}
    # the tail with more than the particle and the surname is still his
    assert _pages(LULA, '"We made the mistake," said Lula da Silva.') == {
        "Luiz Inácio Lula da Silva": {"We made the mistake"}}


@FAST
@given(word, word, st.sampled_from(("da", "dos", "de")), word, st.sampled_from(("José", "Maria", "Ana", "Pedro")),
       st.sampled_from(("Mr ", "Ms ", "")))
def test_a_surname_alone_or_another_given_name_is_another_person(second, nick, particle, surname, given_name, title):
    assume(len({second, nick, surname}) == 3)
    full = f"Luiz {second} {nick} {particle} {surname}"
    declared = (Person(full, (nick,)),)
    bare = _pages(declared, f'"It is late," {title}{particle} {surname} said.')
    assert not bare.get(full), bare
    other = _pages(declared, f'"We need rain," said {given_name} {particle} {surname}.',
                   f'"We need more," {title}{particle} {surname} added.')
    assert not other.get(full), other
    assert other.get(f"{given_name} {particle} {surname}") == {"We need rain", "We need more"}, other
