"""Two people sharing a first surname in one article: the short form is the person whose last word it is, not the
first surname of a particle name (BR38, 2026-12-07; particlesurnames.surname_owners, read by fullnames). Main at
fa9940fa lost "Mayor Carlos Rodríguez … Judge Ana Rodríguez de la Fuente … “…,” Mr Rodríguez said" and "Senator Luis
Pérez … Javier Pérez de Cuéllar … Pérez said" (T24 F4 had made both candidates). Fails before the fix.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    assert _speakers('Mayor Carlos Rodríguez lost the case against Judge Ana Rodríguez de la Fuente. "We will appeal," '
                     'Mr Rodríguez said.') == ["Carlos Rodríguez"]
    assert _speakers('Senator Luis Pérez criticised Javier Pérez de Cuéllar. "He failed," Pérez said.') == ["Luis Pérez"]
    assert _speakers('Judge Ana Rodríguez de la Fuente fined Carlos Rodríguez, a miner. "We will appeal," Rodríguez '
                     'said.') == ["Carlos Rodríguez"]


@FAST
@given(st.sampled_from(("Carlos", "Luis", "Jorge", "Miguel")), st.sampled_from(("Ana", "Javier", "María", "Pablo")),
       st.sampled_from(("Rodríguez", "Pérez", "Gómez", "Fernández")), st.sampled_from(("de la Fuente", "de Cuéllar",
                                                                                       "del Campo", "de la Vega")),
       st.sampled_from(("Mr ", "")))
def test_the_last_words_owner_is_the_short_form(first, other, surname, second, title):
    assume(first != other)
    text = (f"Mayor {first} {surname} lost the case against Judge {other} {surname} {second}. "
            f'"We will appeal," {title}{surname} said.')
    assert _speakers(text) == [f"{first} {surname}"], text
