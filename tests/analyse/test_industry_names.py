"""Names a shipyard trial read as people (2026-12-04): "Eastwater Shipbuilding" and "Braddock Yard" had People pages
as persons ("Shipbuilding, Eastwater"), and "Eastwater said" with them. A firm's industry word ends an
organisation's name (`lexicon.COMPANY_HEADS`, `ORG_HEADS`) and a yard, dock or quay a place's (`PLACE_HEADS`)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in

STEMS = ["Eastwater", "Corran", "Holmfirth", "Tarnside"]
INDUSTRIES = ["Shipbuilding", "Shipbuilders", "Shipping", "Manufacturing", "Chemicals", "Brewery",
              "Fisheries", "Publishing", "Software", "Aviation", "Maritime", "Homes", "Estates", "Developments"]
PLACES = ["Yard", "Shipyard", "Dockyard", "Docks", "Wharf", "Quay"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(STEMS), st.sampled_from(INDUSTRIES), st.sampled_from(STEMS), st.sampled_from(PLACES))
def test_a_firm_of_an_industry_is_an_organisation_and_its_yard_no_one(stem: str, industry: str, site: str,
                                                                     place: str) -> None:
    firm = f"{stem} {industry}"
    text = (f"TARNMOUTH, March 6 (Harbour Wire) - {firm} will close {site} {place}, the company said on Thursday. "
            f"\u201cIt is a sad day,\u201d said Helena Castellanos. {stem} said it had no choice.")
    found = {(m.surface, m.kind) for m in names_in("Yard to close", text)}
    assert (firm, "organisation") in found, found
    assert not any(kind == "person" and surface.split()[-1] in (place, industry, stem) for surface, kind in found), found
    assert ("Helena Castellanos", "person") in found


def test_a_surname_that_is_also_an_industry_stays_a_surname() -> None:
    assert {(m.surface, m.kind) for m in names_in("Talks", "David Steel said the talks would go on.")} == {
        ("David Steel", "person")}


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Main Street", "High Street", "Kanalstraße", "Bahnhofstrasse", "Damstraat", "Storgatan",
                        "Rue Vaugirard", "Calle Mayor", "Plac Wolności", "Marktplatz", "Herengracht"]),
       st.sampled_from(["Shops on {s} say the roadworks cut their takings.", "Traders on {s} said trade fell.",
                        "Cafes on {s} say the works drove customers away."]))
def test_a_street_where_people_say_something_is_no_one(street: str, sentence: str) -> None:
    """Reported (a tram trial, 2026-12-04): "Traders on Main Street say …" gave a People page "Street", and
    "Kanalstraße" one headed "Person". A street's or a square's name, by its head or its ending, is no one's."""
    found = {(m.surface, m.kind) for m in names_in("Works", sentence.format(s=street))}
    assert not any(kind == "person" for _, kind in found), found


def test_a_surname_that_ends_like_a_street_stays_a_surname() -> None:
    """A hypothesis draw (2026-12-04): "Sanna Ballee" ends as "Lindenallee" does; a word of the ending and two letters
    more is a surname's, as is the ending alone ("Gasse")."""
    for name in ("Sanna Ballee", "Anna Gasse", "Jan Degasse"):
        assert {(m.surface, m.kind) for m in names_in("Talks", f"{name} said the talks would go on.")} == {
            (name, "person")}, name
