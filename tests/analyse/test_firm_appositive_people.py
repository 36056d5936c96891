"""People an appositive calls by a trade are people (orgappositives.company_appositive). A breaker (BR8, 2026-12-05,
late night) found the night's company-appositive rule listing people as organisations: "Tom Reid, a furniture
retailer, said", "Anna Berg, a jewellery manufacturer, said … she", "The operator, Anna Berg, said she had warned her
bosses" — a noun that names people too, or a he/she in the name's sentence."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(n.full, n.kind) for n in find_people("", text).named}


def test_the_reported_inputs():
    for text, name in (("Tom Reid, a furniture retailer, said: “Trade has collapsed.”", "Tom Reid"),
                       ("Tom Reid, a mortgage lender, said the rates were too high.", "Tom Reid"),
                       ("The operator, Anna Berg, said she had warned her bosses about the crane.", "Anna Berg"),
                       ("The bus operator, Tom Reid, said he had run the route for years.", "Tom Reid")):
        assert (name, "person") in _kinds(text), text
    assert ("Calderway Terminals", "organisation") in _kinds("The operator, Calderway Terminals, wants the change "
                                                             "finished by 2028.")


@FAST
@given(word, word, st.sampled_from(("a furniture retailer", "a jewellery manufacturer", "a private lender",
                                    "an insurer")), st.sampled_from(("he", "she")))
def test_a_trade_that_people_ply_is_no_company(given_name, surname, trade, pronoun):
    name = f"{given_name} {surname}"
    text = f"{name}, {trade}, said {pronoun} would close the shop in the spring."
    assert (name, "organisation") not in _kinds(text), text


@FAST
@given(word, word, st.sampled_from(("The operator", "The ferry operator", "The port operator")),
       st.sampled_from(("he", "she", "his", "her")))
def test_a_person_spoken_of_as_he_or_she_is_no_operator_company(given_name, surname, operator, pronoun):
    name = f"{given_name} {surname}"
    text = f"{operator}, {name}, said {pronoun} team had warned the council about the crane."
    assert (name, "organisation") not in _kinds(text), text
