"""A Japanese name written in both orders as often shows the given-name-first form, as japanesenames' docstring says
(BR38, 2026-12-07; names.NameIndex.build's choice of the shown spelling): "Sato Yuki" / "Yuki Sato" showed "Sato
Yuki", the alphabetical tie-break ("Mori Kenji"/"Kenji Mori" worked by chance). Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support import factories
from support.madeup import FAST

from briefgen.analyse.people import find_people, people_of


def _pages(*texts: str) -> dict[str, set[str]]:
    articles = tuple(factories.article(f"a{n}") for n in range(len(texts)))
    found = {f"a{n}": find_people("Skating", text) for n, text in enumerate(texts)}
    return {p.name: {q.text for _, q in p.quotes} for p in people_of(articles, found, ()).people}


def test_the_reported_inputs():
    assert _pages('Sato Yuki said: "A."', 'Yuki Sato said: "B."') == {"Yuki Sato": {"A.", "B."}}
    assert _pages('Taro Aso said: "B."', 'Aso Taro said: "A."') == {"Taro Aso": {"A.", "B."}}
    assert _pages('Mori Kenji said: "A."', 'Kenji Mori said: "B."') == {"Kenji Mori": {"A.", "B."}}


@FAST
@given(st.sampled_from(("Sato", "Aso", "Ito", "Mori", "Takeda", "Kishida", "Yamada", "Ueda")),
       st.sampled_from(("Yuki", "Taro", "Kenji", "Fumio", "Haruki", "Hana", "Akira", "Emi")), st.booleans())
def test_a_tie_shows_the_given_name_first(family, given_name, family_first_before):
    forms = [f"{family} {given_name}", f"{given_name} {family}"]
    if not family_first_before:
        forms.reverse()
    pages = _pages(*(f'{form} said: "{n}."' for n, form in enumerate(forms)))
    assert pages == {f"{given_name} {family}": {"0.", "1."}}, pages
    # more often written family name first: that form is shown
    pages = _pages(f'{family} {given_name} said: "0."', f'{family} {given_name} said: "1."', f'{given_name} {family} said: "2."')
    assert set(pages) == {f"{family} {given_name}"}, pages
