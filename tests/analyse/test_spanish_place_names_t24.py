"""Spanish place names and places by their landform are no people (T24 F9, 2026-12-07; placewords.PLACE_HEADS,
places.place_context).

The tester's People listed "Tres Pozos" (a community, "the community of Tres Pozos", "a herder from Tres Pozos"),
"Salinas Grandes" ("the Salinas Grandes basin") and "Pastos Grandes" ("the Uyuni and Pastos Grandes salt flats") as
people. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.people import find_people, people_of


def _listed(*texts: str) -> set[str]:
    articles = tuple(factories.article(f"a{n}") for n in range(len(texts)))
    found = {f"a{n}": find_people("Lithium", text) for n, text in enumerate(texts)}
    return {p.name for p in people_of(articles, found, ()).people}


def test_the_reported_inputs():
    listed = _listed('"Nobody has come," said Rosa Mamani, a llama herder from the community of Tres Pozos.',
                     "Rosa Mamani, a herder from Tres Pozos, said the wells had fallen.",
                     "Bolivia signed contracts to extract lithium at the Uyuni and Pastos Grandes salt flats.",
                     "Residents of the Salinas Grandes basin blocked the road. Pastos Grandes was quiet.",
                     "Salinas Grandes residents protested.")
    assert listed == {"Rosa Mamani"}


@FAST
@given(word, st.sampled_from(("Pozos", "Grandes", "Lagunas")), word)
def test_a_spanish_place_names_last_word(first, head, given_name):
    place = f"{first} {head}"
    assert place not in _listed(f"{given_name} Quispe, a herder, spoke. {place} has no water.",
                                f"{place} residents blocked the road.")


@FAST
@given(word, word, st.sampled_from(("the {p} basin", "the {p} salt flats", "the {p} salt flat", "the community of {p}",
                                    "the Uyuni and {p} salt flats")))
def test_a_landform_or_a_community_after_or_before(first, second, context):
    assume(first != second)
    place = f"{first} {second}"
    assert place not in _listed(f"Herders live near {context.format(p=place)}. {place} has no water.",
                                f"{place} has no water.")


def test_what_must_not_change():
    listed = _listed('Carlos Salinas spoke. "We will go," Salinas said. Ariana Grande sang.',
                     '"We will stay," said Carlos Salinas. Ariana Grande sang again.',
                     '"We are a community of Anna Berg fans," Anna Berg said.', 'Anna Berg said no.')
    assert {"Carlos Salinas", "Ariana Grande", "Anna Berg"} <= listed
