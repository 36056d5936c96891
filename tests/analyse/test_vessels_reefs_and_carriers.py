"""Ships, the sea's places, carriers and crown bodies are no persons (vesselnames.py).

A ferry trial (tests/stories/ferry/, 2026-12-05) published People pages for "Craigan Reef" (16 articles), "Morning
Star", "MV Morning Star", "Island Lass" (ships), "HM Coastguard" and "Marine Accident Investigation Branch";
'"…," HM Coastguard said.' and 'Northsound Ferries said it was "disappointed"' gave kind=person, and "A spokeswoman
for the company said:" after "Harwick Ferries" had no speaker. Properties over made-up names (support.madeup): each
kind, by its words or the word before it; a person beside them keeps her name and her quotation.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.vesselnames import CARRIER_HEADS, COAST_HEADS, SHIP_PREFIXES, VESSEL_NOUNS

PERSON, ORGANISATION = "person", "organisation"


def _persons(text: str) -> set[str]:
    people = find_people("", text)
    return {n.full for n in people.named if n.kind == PERSON and n.full.lower() not in people.unnamed}


@FAST
@given(word, word, word, word, st.sampled_from(sorted(SHIP_PREFIXES)), st.sampled_from(sorted(VESSEL_NOUNS)))
def test_a_ship_by_its_prefix_or_its_noun_is_no_person_anywhere_in_the_article(a, b, given_name, surname, prefix, noun):
    ship = f"{a} {b}"
    person = f"{given_name} {surname}"
    assume(not {a, b} & {given_name, surname})
    for opening in (f"The {prefix} {ship} ran aground on Monday.", f"The {noun} {ship} ran aground on Monday.",
                    f"Passengers were aboard {prefix} {ship} when it struck."):
        text = f"{opening} The {ship} was refloated later. “We were lucky,” said {person}, a passenger."
        assert _persons(text) == {person}, text
        assert ship.lower() in find_people("", text).unnamed, text
        quote, = quotes_in("", text)
        assert quote.name == person, text


@FAST
@given(word, word, word, st.sampled_from(sorted(COAST_HEADS)))
def test_a_name_ending_in_a_coasts_feature_is_a_place(a, given_name, surname, head):
    place = f"{a} {head.capitalize()}"
    text = f"The ship struck {place} at 21:40. “It was dark,” said {given_name} {surname}."
    assert _persons(text) == {f"{given_name} {surname}"}, text
    assert not any(place in m.surface for m in names_in("", text)), text


@FAST
@given(word, st.sampled_from(sorted(CARRIER_HEADS)))
def test_a_carrier_is_an_organisation_and_the_company_it_names(a, head):
    carrier = f"{a} {head.capitalize()}"
    for text in (f"{carrier} said it was “disappointed” by the vote.",
                 f"{carrier} runs the route. “We are sorry,” a spokeswoman for the company said.",
                 f"“We are sorry,” a spokeswoman for {carrier} said."):
        quote, = quotes_in("", text)
        assert (quote.name, quote.kind) == (carrier, ORGANISATION), text
        assert all(m.kind == ORGANISATION for m in names_in("", text)), text


@FAST
@given(word, word)
def test_a_crown_body_and_a_branch_are_organisations(a, b):
    for body in (f"HM {a}", f"{a} {b} Investigation Branch"):
        for text in (f"“Everyone is safe,” {body} said.", f"“Everyone is safe,” a spokesperson for {body} said."):
            quote, = quotes_in("", text)
            assert (quote.name, quote.kind) == (body, ORGANISATION), text


@FAST
@given(word, word)
def test_an_acronym_in_brackets_after_a_branch_is_that_branch(a, b):
    body = f"{a} {b} Investigation Branch"
    initials = f"{a[0]}{b[0]}IB"
    first = f"The {body} ({initials}) said it would investigate."
    later = f"The {initials} published its report on Friday."
    index = NameIndex.build((), {"a": names_in("", first), "b": names_in("", later)})
    assert index.canonical(initials) == body


def test_the_trials_inputs():
    quote, = quotes_in("", "“Everyone has been accounted for,” HM Coastguard said.")
    assert (quote.name, quote.kind) == ("HM Coastguard", ORGANISATION)
    quote, = quotes_in("", "Northsound Ferries said it was “disappointed” by the result.")
    assert (quote.name, quote.kind) == ("Northsound Ferries", ORGANISATION)
    text = ("The Skerrin ferry Morning Star ran aground on Craigan Reef. The Marine Accident Investigation Branch "
            "(MAIB) is investigating. Northsound has chartered MV Island Lass. The Island Lass sails on Monday.")
    assert _persons(text) == set()


def test_people_named_like_them_stay_people():
    quote, = quotes_in("", "“It is a fine book,” Taylor Branch said.")
    assert (quote.name, quote.kind) == ("Taylor Branch", PERSON)
    assert [m.kind for m in names_in("", "HM King Charles visited the island.")] == [PERSON]
    quote, = quotes_in("", "“We were lucky,” said Anna Berg, who was on the ferry Morning Star.")
    assert quote.name == "Anna Berg"
