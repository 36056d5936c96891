"""BR25's name regressions of the session's rules (46ffe060 companyforms, 85fa0818 titlefit/givensex, 68a53bef
hungariannames), fixed as kinds (FX17):

1. a facility's noun after a name names an installation only after a determiner, never against a person's frame
   ("Growers such as Anna Berg plant barley" + her quote was an Organisation "Anna Berg"; personframes.py);
2. a legal form after a person's name makes the company, not the person the text quotes ("Giorgio Armani SpA …
   Giorgio Armani said");
3. a given name of either sex in some language rules no one out ("Joan Laporta", a Catalan man; givensex.EITHER_SEX);
4. a company word after a given name alone, the Garter's letters after a knight's title are a person's ("said Tom
   Holding, 54, a retired teacher", "said Sir John Major KG");
5. only letters of Hungarian's own mark a family-name-first name ("Müller Anna", "Szymańska Anna" stay apart).
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.hungariannames import hungarian_family_first
from briefgen.analyse.names import ORGANISATION, PERSON, NameIndex, names_in
from briefgen.analyse.people import find_people, people_of
from support.factories import article

PEOPLE = ["Anna Berg", "Nikola Tesla", "Jan Smuts", "Maria Lopez", "Giorgio Armani", "Jan Kowalski", "Halina Grzęda",
          "John Smith"]
FACILITIES = ["interconnector", "pipeline", "terminal", "refinery", "plant", "substation", "reactor"]
FRAMES = ['"We want more pay," said {n}, a union steward.', '"We want more pay," {n} said.',
          '"We want more pay," said {n}, 54, who works there.']


def _kinds(text: str) -> dict[str, str]:
    return {m.full: m.kind for m in names_in("", text)}


def _named(text: str) -> dict[str, str]:
    return {n.full: n.kind for n in find_people("", text).named}


@given(st.sampled_from(PEOPLE), st.sampled_from(FACILITIES), st.sampled_from(FRAMES))
@example("Anna Berg", "plant", FRAMES[0])
@settings(max_examples=80, deadline=None)
def test_a_facility_noun_without_a_determiner_makes_no_one_nobody(name: str, noun: str, frame: str) -> None:
    """"Growers such as Anna Berg plant barley": "plant" is a verb; "Maria Lopez terminal cancer" an adjective."""
    for lead in (f"Growers such as {name} {noun} barley in spring.", f"{name} {noun} cancer was diagnosed in May."):
        assert _named(f"{lead} {frame.format(n=name)}").get(name) == PERSON, lead


@given(st.sampled_from(PEOPLE), st.sampled_from(FACILITIES), st.sampled_from(FRAMES))
@example("Nikola Tesla", "plant", FRAMES[0])
@example("Jan Smuts", "terminal", FRAMES[1])
@settings(max_examples=80, deadline=None)
def test_a_person_framed_in_the_article_stays_a_person_beside_a_facility(name: str, noun: str, frame: str) -> None:
    text = f"Workers at the {name} {noun} walked out on Monday. {frame.format(n=name)}"
    assert _named(text).get(name) == PERSON


@given(st.sampled_from(["Amber Link", "Baltic Star", "Nord Link"]), st.sampled_from(FACILITIES),
       st.sampled_from(["The {n} {f} was shut.", "Poland's {n} {f} was shut.", "Fire hit the damaged {n} {f}."]))
def test_a_determined_facility_is_still_no_one(name: str, noun: str, lead: str) -> None:
    """The guard (T19 #8): "the Amber Link interconnector" names a thing wherever its article writes it."""
    text = f"{lead.format(n=name, f=noun)} Engineers said {name} would stay closed."
    assert all(kind != PERSON for full, kind in _named(text).items() if name in full)


FORMS = ["SpA", "AG", "GmbH", "AS", "Sp. z o.o.", "Ltd", "SA", "Oy"]


@given(st.sampled_from(["Giorgio Armani", "Jan Kowalski", "Hugo Lind", "Anna Berg"]), st.sampled_from(FORMS),
       st.sampled_from(['"We are pleased," {n} said.', '"We are pleased," said {n}, the designer.']))
@example("Giorgio Armani", "SpA", '"We are pleased," {n} said.')
@example("Jan Kowalski", "Sp. z o.o.", '"We are pleased," {n} said.')
@settings(max_examples=80, deadline=None)
def test_a_legal_form_makes_the_company_not_the_person_quoted(name: str, form: str, frame: str) -> None:
    text = f"Investors in {name} {form} lost money on Tuesday. {frame.format(n=name)}"
    found = find_people("", text)
    assert {n.full: n.kind for n in found.named}.get(name) == PERSON
    assert [q.kind for q in found.quotes if q.speaker == name] == [PERSON]


def test_across_the_site_the_company_and_its_founder_are_two() -> None:
    """BR25's site: Fashion Daily's "Giorgio Armani SpA reported … Giorgio Armani said" and Style Post's "said Giorgio
    Armani, the designer" gave one Organisation "Giorgio Armani, also written as Giorgio Armani SpA"."""
    texts = {"armani": 'Giorgio Armani SpA reported higher sales on Tuesday.\n\n"We are pleased with the year," '
                       'Giorgio Armani said in Milan.',
             "armani2": '"Milan is my home," said Giorgio Armani, the designer, on Wednesday.'}
    articles = (article("armani", source="Fashion Daily"), article("armani2", source="Style Post"))
    found = {slug: find_people("", text) for slug, text in texts.items()}
    listed = {p.name: p for p in people_of(articles, found, (), ("Fashion Daily", "Style Post")).people}
    assert listed["Giorgio Armani"].kind == PERSON and listed["Giorgio Armani"].spellings == ("Giorgio Armani",)
    assert listed["Giorgio Armani"].articles == ("armani", "armani2")


EITHER = ["Joan", "Karen", "Evelyn", "Andrea", "Nicola", "Simone", "Daniele", "Kim", "Sasha", "Jean", "Lesley"]


@given(st.sampled_from(EITHER))
def test_a_name_of_either_sex_tells_nothing(name: str) -> None:
    """Catalan Joan and Armenian Karen are men's names, English Evelyn was one (givensex.EITHER_SEX)."""
    assert given_sex(name) == ""


@given(st.sampled_from(["Joan", "Karen", "Evelyn", "Andrea", "Nicola", "Kim", "Simone"]))
@example("Joan")
def test_a_name_of_either_sex_rules_no_one_out(name: str) -> None:
    """The titled one is Mr Laporta's when no given name rules him out (Catalan Joan is a man's name)."""
    text = (f"Jordi Laporta, a lawyer, filed the complaint on Monday. {name} Laporta, the club's president, rejected"
            ' it. "We have nothing to hide," Mr Laporta said.')
    assert [q.speaker for q in find_people("", text).quotes] != ["Jordi Laporta"]


@given(st.sampled_from(["Tom", "Anna", "Sandra", "John", "Peter"]), st.sampled_from(["Holding", "Polska", "Energia",
                                                                                      "Offshore"]),
       st.sampled_from([", 54, a retired teacher", ", a retired teacher", ""]))
@example("Tom", "Holding", ", 54, a retired teacher")
@settings(max_examples=60, deadline=None)
def test_a_company_word_after_a_given_name_is_a_surname(given_name: str, word: str, apposition: str) -> None:
    text = f'"I will stay," said {given_name} {word}{apposition}. The Fjordgass Polska pipeline was shut.'
    kinds = _kinds(text)
    assert kinds[f"{given_name} {word}"] == PERSON and kinds.get("Fjordgass Polska") != PERSON


@given(st.sampled_from(["Sir John Major", "Lord Butler", "Dame Anna Berg", "Baroness Amos"]),
       st.sampled_from(["KG", "LG", "KT", "OBE", "GCVO", "KCB"]))
@example("Sir John Major", "KG")
def test_honours_after_a_titled_name_are_a_persons(name: str, letters: str) -> None:
    found = find_people("", f'"It was a fine speech," said {name} {letters}, the former prime minister.')
    assert [q.kind for q in found.quotes] == [PERSON] and all(n.kind == PERSON for n in found.named)


def test_a_german_kg_is_still_a_company() -> None:
    assert _kinds("Hans Müller KG said sales rose.").get("Hans Müller KG") == ORGANISATION


@given(st.sampled_from(["Müller", "Szymańska", "Kowalczyk", "Schröder", "Jiménez", "Dvořák", "Wójcik", "Szulc"]),
       st.sampled_from(["Anna", "Petra", "Péter", "Eva"]))
@example("Müller", "Anna")
@example("Szymańska", "Anna")
def test_german_and_polish_letters_mark_no_hungarian_name(family: str, given_name: str) -> None:
    assert not hungarian_family_first([family, given_name])
    index = NameIndex.build((), {"a": names_in("", f'"It is late," said {family} {given_name}, a nurse.'),
                                 "b": names_in("", f'"It is late," said {given_name} {family}, the minister.')})
    assert index.canonical(f"{family} {given_name}") != index.canonical(f"{given_name} {family}")
