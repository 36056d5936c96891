"""Companies of other countries and named installations are no people (T19 #8; analyse/companyforms.py).

The T19 trial listed Person pages "Amber Link" (a pipeline: "The Amber Link interconnector was shut."), "Klaipėda LNG",
"Fjordgass Polska" and "Anadolu Boru Mühendislik", filed "Link, Amber", "LNG, Klaipėda", "Polska, Fjordgass",
"Boru Mühendislik, Anadolu".
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.people import find_people, people_of
from support.factories import article

STEMS = ["Fjordgass", "Anadolu Boru", "Klaipėda", "Orlen", "Nordvik", "Koç", "Achema", "Vestra Gaz"]
AFTER = ["AS", "ASA", "ApS", "AB", "Oy", "Oyj", "AG", "GmbH", "BV", "NV", "SA", "SpA", "Kft", "Zrt", "A.Ş.",
         "Polska", "Mühendislik", "İnşaat", "Holding", "Enerji", "LNG", "Energetyka", "Ltd", "PLC"]
BEFORE = ["UAB", "SIA", "OOO", "PJSC"]
FACILITIES = ["interconnector", "pipeline", "terminal", "refinery", "plant", "substation", "reactor"]
PEOPLE = ["Anna Berg", "Øystein Bjørnstad", "Małgorzata Wiśniewska", "İsmail Çelik", "John Smith", "Halina Grzęda"]


def _kinds(text: str) -> dict[str, str]:
    return {m.full: m.kind for m in names_in("", text)}


@given(st.sampled_from(STEMS), st.sampled_from(AFTER), st.sampled_from(["said", "confirmed", "built the section"]))
@example("Fjordgass", "Polska", "said")
@example("Anadolu Boru", "Mühendislik", "built the section")
@example("Klaipėda", "LNG", "said")
@settings(max_examples=120, deadline=None)
def test_a_legal_form_or_company_word_after_a_name_makes_a_company(stem: str, form: str, verb: str) -> None:
    kinds = _kinds(f"{stem} {form} {verb} on Tuesday.")
    assert PERSON not in kinds.values(), kinds


@given(st.sampled_from(BEFORE), st.sampled_from(STEMS))
def test_a_legal_form_before_a_name_makes_a_company(form: str, stem: str) -> None:
    assert PERSON not in _kinds(f"{form} {stem} said on Tuesday.").values()


@given(st.sampled_from(["Amber Link", "Baltic Star", "Nord Link", "Kőröshegy West"]), st.sampled_from(FACILITIES))
@example("Amber Link", "interconnector")
def test_a_name_before_a_facility_noun_is_no_one_anywhere_in_its_article(name: str, noun: str) -> None:
    text = f"The {name} {noun} was shut on Monday. Engineers said {name} would stay closed."
    found = find_people("", text)
    assert all(n.kind != PERSON for n in found.named if name in n.full), found.named


@given(st.sampled_from(PEOPLE), st.sampled_from(["said", "told reporters", "added"]))
def test_people_stay_people(name: str, verb: str) -> None:
    """The guard: a person's name ends in none of these words, and stays a person beside them."""
    text = f'"We will not reopen it," {name} {verb}. The Fjordgass Polska pipeline and Klaipėda LNG were shut.'
    kinds = _kinds(text)
    assert kinds[name] == PERSON
    assert kinds.get("Fjordgass Polska", ORGANISATION) != PERSON and kinds.get("Klaipėda LNG") == ORGANISATION


def test_a_sources_own_name_with_its_legal_form_is_the_source_not_a_listed_body() -> None:
    """The operator's statement ("Fjordgass AS confirms …", '"…," Fjordgass said.') lists no organisation "Fjordgass AS"
    beside the source Fjordgass, as "Fjordgass" itself is not listed; its Polish subsidiary, quoted, is."""
    texts = {"statement": ('Fjordgass AS confirms that a rupture occurred on the Amber Link interconnector.\n\n'
                           '"Safety is at the heart of everything we do," Fjordgass AS said.'),
             "inquiry": '"We are cooperating," Fjordgass Polska said. Fjordgass Polska runs the Polish section.'}
    articles = (article("statement", source="Fjordgass"), article("inquiry", source="Polish Agency"))
    found = {slug: find_people("", text, outlets=("Fjordgass", "Polish Agency")) for slug, text in texts.items()}
    listed = {p.name: p.kind for p in people_of(articles, found, (), ("Fjordgass", "Polish Agency")).people}
    assert "Fjordgass AS" not in listed and "Amber Link" not in listed
    assert listed.get("Fjordgass Polska") == ORGANISATION
