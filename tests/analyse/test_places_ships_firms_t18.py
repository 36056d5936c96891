"""Places, ships and companies that the People index listed as people (T18 finding 6, 2026-12-06): "Ali, Jebel" (the
port Jebel Ali), "Chabang, Laem" (Laem Chabang), "Feng, Hong Kong-flagged Hai" (the ship Hai Feng 8), "Dubai-based
Al Noor Maritime" beside Al Noor Maritime, "Bharat Marine" beside Bharat Marine General Insurance, "SAR" (the rescue
ship SAR 412). The kinds: a foreign landform's word opening a place's name (placewords.PLACE_LEADS), a place joined
to a participle describing the name after it (runparts._DESCRIBING), a flag or a cargo before a ship's name and a
number after it (vesselnames.vessel_named, numbered_vessel), a company's shortened name (orgprefixes.py)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.orgprefixes import shortened_firms
from briefgen.analyse.people import find_people


def _named(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(m.full, m.kind) for m in names_in(title, text)}


@given(st.sampled_from(["Jebel", "Jabal", "Laem", "Wadi", "Bukit", "Sungai", "Pulau", "Tanjung", "Gunung", "Khao",
                        "Mont", "Lago"]),
       st.sampled_from(["Ali", "Chabang", "Timah", "Rum", "Besar", "Priok", "Musi", "Sok"]),
       st.sampled_from(["The port at {place} is busy.", "Ships queued off {place} on Tuesday.",
                        "{place} handled the cargo.", "The crew were taken to {place}, officials said."]))
@settings(max_examples=examples(100), deadline=None)
def test_a_foreign_landform_opens_a_place_not_a_person(lead: str, name: str, frame: str) -> None:
    text = frame.format(place=f"{lead} {name}")
    assert not {kind for _, kind in _named(text)} & {"person"}, text


@given(st.sampled_from(["Hong Kong", "Liberian", "Panama", "Malta", "Marshall Islands"]),
       st.sampled_from(["Hai Feng 8", "Ocean Glory 3", "Star Pioneer 12"]),
       st.sampled_from(["flagged", "registered"]))
@settings(max_examples=examples(60), deadline=None)
def test_a_flagged_or_numbered_ship_is_no_one(flag: str, ship: str, participle: str) -> None:
    for text in (f"The tanker and the {flag}-{participle} {ship} collided near Batam.",
                 f"It collided with the bulk carrier {ship} in the strait.",
                 f"The rescue ship {ship} lifted the men from the bow."):
        assert _named(text) == set(), text


def test_the_t18_rescue_ship_is_no_organisation() -> None:
    assert _named("A coast guard helicopter and the rescue ship SAR 412 lifted the men from the bow.") == set()
    assert _named("Boeing 737 jets were grounded, Boeing said.") == {("Boeing", "organisation")}


@given(st.sampled_from(["Dubai-based", "Singapore-based", "Hong Kong-based", "Kremlin-backed", "London-listed",
                        "Oslo-headquartered"]),
       st.sampled_from(["Al Noor Maritime", "Nordic Tankers Group", "Meridian Shipping"]))
@settings(max_examples=examples(60), deadline=None)
def test_a_describing_participle_is_no_part_of_the_name(describing: str, firm: str) -> None:
    assert _named(f"The ship is owned by {describing} {firm}, which said it would pay.") == {(firm, "organisation")}


def test_a_describing_participle_before_a_person() -> None:
    assert _named("Moscow-born Anna Berg said the talks failed.") == {("Anna Berg", "person")}
    assert _named("President Lee Jae-myung said the talks failed.") == {("Lee Jae-myung", "person")}


def test_a_shortened_company_name_is_the_company() -> None:
    title = "Bharat Marine faces up to $48 mn exposure to Jade Horizon fire"
    text = ("MUMBAI — Bharat Marine General Insurance, the lead hull underwriter of the Jade Horizon, could face claims "
            "of up to $48 million, the company said. Bharat Marine's shares fell 2.1% in early trade.")
    people = find_people(title, text)
    assert {(n.full, n.kind) for n in people.named if "Bharat" in " ".join(n.surfaces)} == {
        ("Bharat Marine General Insurance", "organisation")}


def test_a_founder_named_like_her_firm_stays_a_person() -> None:
    found = [("Anna Berg Consulting", 0, 20, "organisation", "Anna Berg Consulting", "", False),
             ("Anna Berg", 30, 39, "person", "Anna Berg", "", False),
             ("Meridian Shipping", 40, 57, "person", "Meridian Shipping", "", False),
             ("Meridian Shipping Holdings", 60, 86, "organisation", "Meridian Shipping Holdings", "", False),
             ("Tom Reid", 90, 98, "person", "Tom Reid", "", False),
             ("Mr Reid", 99, 106, "person", "Tom Reid", "Mr", False),
             ("Tom Reid Holdings", 110, 127, "organisation", "Tom Reid Holdings", "", False)]
    kinds = {(m[0], m[3], m[4]) for m in shortened_firms(found)}
    assert ("Anna Berg", "person", "Anna Berg") in kinds  # a given name: the founder
    assert ("Tom Reid", "person", "Tom Reid") in kinds  # referred to as a person ("Mr Reid")
    assert ("Meridian Shipping", "organisation", "Meridian Shipping Holdings") in kinds
