"""Words of places' names at either end of a capitalised run (analyse/nameruns.py, lexicon.PLACE_LEADS and
PLACE_HEADS): "Mount Hood" is a place, "Mason Mount" a person. A hypothesis draw named a person "Sanna
Mount", and no one was found (a trailing "Mount" made every such run a place); "Mount Hood" was a person."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.lexicon import PLACES, STOPWORDS
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quotes import quotes_in

GIVEN = st.sampled_from(["Mason", "Sanna", "Ingrid", "Tomas", "Harry", "Agnes"])
NAMES = st.text("abcdefghiklmnoprstuvz", min_size=3, max_size=8).map(str.capitalize)
LEADS = st.sampled_from(["Mount", "Mt", "Lake", "Cape", "Fort"])


@given(GIVEN)
def test_a_person_surnamed_mount_is_found(given_name: str) -> None:
    text = f"{given_name} Mount spoke in Oslo on Tuesday. Mount said the plan was ready."
    assert (f"{given_name} Mount", "person") in [(m.surface, m.kind) for m in names_in("", text)]


@given(LEADS, NAMES)
def test_a_run_led_by_a_place_word_is_no_person(lead: str, name: str) -> None:
    text = f"Climbers reached {lead} {name} on Monday, the rescue service said."
    assert not [m for m in names_in("", text) if m.kind == "person"], text


TOWNS = st.sampled_from(["Bristol", "Leeds", "Prague", "Gdansk", "Tromso", "Lyon"])
SURNAMES = st.sampled_from(["Cole", "Novak", "Berg", "Okafor", "Moreau", "Lindqvist"])


@given(GIVEN, SURNAMES, TOWNS, st.booleans())
def test_a_person_of_a_town_is_the_person(given_name: str, surname: str, town: str, appositive: bool) -> None:
    """"Hannah Cole of Bristol": the person and her town, two names (the story trial's reader, whose
    "“…,” she said" had no speaker: the whole run was read as no one)."""
    name = f"{given_name} {surname}"
    lead = f"One owner, {name} of {town}, told reporters" if appositive else f"{name} of {town} told reporters"
    text = f"{lead} that the charger melted. \u201cIt smelled of burning plastic,\u201d she said."
    assert (name, "person") in [(m.surface, m.kind) for m in names_in("", text)]
    assert [q.speaker for q in quotes_in("Recall", text)] == [None if given_sex(given_name) == "m" else name]  # (QW17: "Harry … she said")


@given(st.sampled_from(["Bank of England", "University of Oxford", "Ministry of Defence", "Royal Bank of Scotland"]))
def test_an_organisation_of_a_place_stays_whole(organisation: str) -> None:
    found = [(m.surface, m.kind) for m in names_in("", f"The {organisation} said on Monday that rates would hold.")]
    assert found == [(organisation, "organisation")]


MULTIWORD_PLACES = sorted(p for p in PLACES if " " in p and p.split()[0] in STOPWORDS)


@given(GIVEN, SURNAMES, st.sampled_from(MULTIWORD_PLACES), st.sampled_from(["said: \u201cWe are ready.\u201d",
                                                                          "told reporters. \u201cWe are ready,\u201d she said."]))
def test_a_known_place_led_by_a_function_word_is_kept_whole(given_name: str, surname: str, place: str,
                                                            frame: str) -> None:
    """"Mayor Eric Adams of New York said": "New" is a stop word, and the run after "of" lost it, leaving a
    person "York" who was given the quotation (found checking "Jan Novak of New York", 2026-12-03)."""
    written = " ".join(word.capitalize() for word in place.split())
    text = f"Mayor {given_name} {surname} of {written} {frame}"
    name = f"{given_name} {surname}"
    assert [(m.surface, m.kind) for m in names_in("", text)] == [(name, "person")], text
    male = given_sex(given_name) == "m" and "she said" in frame  # ("Mayor Harry Cole … “…,” she said": no one's, QW17)
    assert [q.speaker for q in quotes_in("Cities", text)] == [None if male else name], text
