"""A name's apostrophe, of any kind, neither moves it in the People index nor hides it from a search typed without it.

T30 F11 (2026-12-07): the index filed "D’Alessandro" (curly) after "Durand-Vasseur" and "O’Brien" after "Oord, Van";
"Dalessandro" found nothing while "OBrien" found O'Brien (FX111: filing.sort_name, searchelided.py).
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.analyse.filing import sort_name
from briefgen.render.searchtext import fold, words
from briefgen.site.listing import collation_key
from briefgen.site.people import index_name

APOSTROPHE = st.sampled_from(["'", "\u2019", "\u02bc", "\u2018"])
PARTICLE = st.sampled_from(["D", "O", "L", "N"])
REST = st.sampled_from(["Alessandro", "Brien", "Amato", "Oréal", "Golo", "Sullivan", "Angelo", "Élysée"])
GIVEN = st.sampled_from(["Giulia", "Sean", "Anna", "Ciarán"])
NEIGHBOURS = st.sampled_from(["Dale", "Durand-Vasseur", "Daly", "Oord", "Obama", "Lamb", "Nagle", "Dzeko", "Ozil"])


@given(GIVEN, PARTICLE, APOSTROPHE, REST, GIVEN, NEIGHBOURS)
@example("Giulia", "D", "\u2019", "Alessandro", "Jean-Luc", "Durand-Vasseur")
@example("Sean", "O", "\u2019", "Brien", "Anna", "Oord")
def test_filed_as_if_the_apostrophe_were_not_there(given_name: str, particle: str, apostrophe: str, rest: str,
                                                   other_given: str, other: str) -> None:
    name, other_name = f"{given_name} {particle}{apostrophe}{rest}", f"{other_given} {other}"
    joined = f"{given_name} {particle}{rest}"
    before = sort_name(name, "person") < sort_name(other_name, "person")
    assert before == (sort_name(joined, "person") < sort_name(other_name, "person")), (name, other_name)
    assert sort_name(name, "person")[0] == sort_name(f"{given_name} {particle}'{rest}", "person")[0]
    shown, other_shown, joined_shown = (index_name(n, "person") for n in (name, other_name, joined))  # the index page's order
    assert (collation_key(shown) < collation_key(other_shown)) == (collation_key(joined_shown) < collation_key(other_shown))


@given(st.sampled_from(["D", "O", "N", "M"]), APOSTROPHE, REST)  # (not "L'": French's article, searchelided.py)
@example("D", "\u2019", "Alessandro")
@example("O", "'", "Brien")
def test_a_name_typed_without_its_apostrophe_is_found(particle: str, apostrophe: str, rest: str) -> None:
    indexed = set(words(f"“We will appeal,” {particle}{apostrophe}{rest} said."))
    assert fold(particle + rest) in indexed  # "Dalessandro", "OBrien"
    assert set(words(f"{particle}{apostrophe}{rest}")) <= indexed  # typed as written, any apostrophe


def test_running_french_is_not_joined() -> None:
    assert words("la demande d’adhésion") == words("la demande adhésion")
    assert words("L'Europe") == ["europe"]
