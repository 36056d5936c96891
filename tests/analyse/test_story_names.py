"""Who and what in story grouping: proper names (`analyse/propernames.py`) and the cap of similarity.py.

A trial merged two drone attacks on two cities (Lviv, Zhytomyr) at 0.92 because both wrote
"Mayor", "Air" (opening a sentence) and "Russian", which counted as shared names; and two
events of one minister (grain talks in Oslo, a visit to Kyiv) at 0.64 on her name, her title
and her nationality. The texts are the trial's; the properties are the class.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import MONTHS_DAYS, NATIONALITIES, ORG_NAMES, PLACES, STOPWORDS, TITLE_WORDS
from briefgen.analyse.propernames import capitals
from briefgen.analyse.similarity import CAP
from briefgen.analyse.stories import group_stories, story_features
from support import factories

CONFIG = factories.config()
MAY_8 = dt.datetime(2023, 5, 8, 8, 0, tzinfo=factories.UTC)

LVIV = ("Drones hit Lviv overnight, three injured",
        "Russian drones struck an industrial area of Lviv overnight, injuring three people, Mayor Andriy Sadovyi "
        "said on Monday. Air defence shot down 12 of 15 drones, the regional military administration said.")
ZHYTOMYR = ("Overnight drone attack damages Zhytomyr warehouse",
            "A Russian drone attack overnight damaged a grain warehouse in Zhytomyr, Mayor Serhiy Sukhomlyn said on "
            "Tuesday. Air defence shot down 9 of 11 drones, the regional military administration said. Nobody was "
            "injured.")
OSLO = ("Norway to host grain corridor talks in Oslo next week",
        "Norway will host talks on reopening the Black Sea grain corridor in Oslo on May 9, Norwegian Foreign "
        "Minister Helena Marsh said on Tuesday. \u201cWe are offering a quiet room, nothing more and nothing less,\u201d "
        "Marsh told Reuters. Delegations from Kyiv and Moscow are expected, along with the UN mediator Tomas Varga. "
        "Varga said the negotiations would start with shipping insurance. \u201cInsurance is the knot we have to "
        "untie first,\u201d he said.")
KYIV_VISIT = ("Norwegian minister Marsh visits Kyiv, pledges grid repairs",
              "Helena Marsh, Norway's foreign minister, arrived in Kyiv on Thursday and pledged 200 million euros to "
              "repair Ukraine's power grid. \u201cUkraine's electricity network is its front line this winter,\u201d "
              "Marsh said at a substation outside the capital. Ukrainian energy minister Herman Halushchenko said "
              "the money would buy transformers.")


def grouped(*reports: tuple[str, str, float]) -> list[tuple[str, ...]]:
    """Stories (member slugs) of reports given as (title, text, days after 8 May); slugs r0, r1, ..."""
    articles = tuple(factories.report(f"r{n}", MAY_8 + dt.timedelta(days=days), source=f"Outlet {n}")
                     for n, (_, _, days) in enumerate(reports))
    found = {a.slug: story_features(title, text) for a, (title, text, _) in zip(articles, reports)}
    return sorted(tuple(sorted(s.members)) for s in group_stories(articles, found, CONFIG).stories)


@pytest.mark.parametrize(("text", "names", "not_names"), [
    ("Air defence shot down 12 of 15 drones.", (), ("air",)),  # a common word opening a sentence
    ("Drones struck Lviv, Mayor Andriy Sadovyi said.", ("andriy", "lviv", "sadovyi"), ("drone", "mayor")),
    ("Russian drones hit Kyiv. A Russian official said so.", ("kyiv",), ("russian",)),
    ("Norwegian Foreign Minister Helena Marsh said so.", ("helena", "marsh"), ("foreign", "minister", "norwegian")),
    ("Ukraine's grid held, US officials said.", ("ukraine", "us"), ()),  # known places and acronyms anywhere
    ("He met Agriculture Minister Mykola Solskyi on Monday.", ("mykola", "solskyi"), ("agriculture", "monday")),
    ("Talks at the White House and the Foreign Ministry.", ("white",), ("house", "ministry", "foreign")),
])
def test_names_are_proper_names_not_capitals(text: str, names: tuple[str, ...], not_names: tuple[str, ...]) -> None:
    found = capitals(text).names
    assert set(names) <= set(found) and not set(not_names) & set(found)


def test_words_written_capitalised_inside_a_sentence_or_only_at_openings_are_told_apart() -> None:
    # "Ministry" is no name, but written capitalised it is part of one ("the Foreign Ministry"),
    # not the event's word; "Drones" opening a sentence is the ordinary word; "Helena" opening
    # one, and never written in lower case, may be either (only both reports writing so exclude it).
    found = capitals("Drones struck. The Foreign Ministry said the Black Sea was calm. Helena Marsh came. "
                     "It saw two drones fall.")
    assert {"ministry", "foreign", "black", "sea", "marsh"} <= set(found.written)
    assert "drone" not in found.written and found.opening == ("helena",)


def test_the_trials_drone_attacks_on_two_cities_are_two_stories() -> None:
    assert grouped((*LVIV, 0), (*ZHYTOMYR, 1)) == [("r0",), ("r1",)]
    without_demonym = tuple(t.replace("Russian d", "D").replace("A Russian drone", "A drone") for t in LVIV + ZHYTOMYR)
    assert grouped((*without_demonym[:2], 0), (*without_demonym[2:], 1)) == [("r0",), ("r1",)]


def test_the_trials_two_events_of_one_minister_are_two_stories() -> None:
    assert grouped((*OSLO, 0), (*KYIV_VISIT, 2)) == [("r0",), ("r1",)]


def test_two_reports_of_one_drone_attack_are_still_one_story() -> None:
    other = ("Lviv industrial zone hit by drones",
             "Three people were injured when drones hit an industrial area of Lviv overnight, said Andriy Sadovyi, "
             "the city's mayor. Most of the 15 drones were shot down.")
    assert grouped((*LVIV, 0), (*other, 0.2)) == [("r0", "r1")]


def test_two_reports_of_one_visit_are_still_one_story() -> None:
    other = ("Norway pledges 200 million euros for Ukraine's grid",
             "Norway will give 200 million euros to repair Ukraine's power grid, its foreign minister Helena Marsh "
             "said in Kyiv, where she visited a damaged substation. Transformers will be bought first.")
    assert grouped((*KYIV_VISIT, 0), (*other, 0.3)) == [("r0", "r1")]


def test_a_pair_capped_for_want_of_a_shared_name_or_event_word_is_a_suggestion() -> None:
    articles = (factories.report("a", MAY_8), factories.report("b", MAY_8 + dt.timedelta(days=2)))
    found = {"a": story_features(*OSLO), "b": story_features(*KYIV_VISIT)}
    (suggestion,) = group_stories(articles, found, CONFIG).suggestions
    assert suggestion.score == CAP


# Two attacks of one kind, on two cities, with no name in common: the base of the properties.
BASE_A = "Drones struck an industrial area of Lviv overnight, injuring three people, Oksana Hrytsenko said."
BASE_B = "A drone attack overnight damaged a grain warehouse in Zhytomyr, injuring three people, Petro Kovalenko said."
COMMON = st.from_regex(r"[a-z]{3,9}", fullmatch=True).filter(
    lambda w: w not in STOPWORDS and w not in PLACES and w not in ORG_NAMES)
SIMPLE_TITLES = sorted(w for w in TITLE_WORDS if w.isalpha())


@st.composite
def additions(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Sentences added to both reports: (to the first, to the second), each with one capitalised
    word that is not a name — opening a sentence, a title before each report's own person, a
    nationality, a month or weekday."""
    added = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("opening", "title", "nationality", "month")))
        if kind == "opening":
            word = draw(COMMON).capitalize()
            added.append((f"{word} crews worked at the site.",) * 2)
        elif kind == "title":
            title = draw(st.sampled_from(SIMPLE_TITLES)).capitalize()
            added.append((f"It was seen by {title} Oksana Hrytsenko.", f"It was seen by {title} Petro Kovalenko."))
        elif kind == "nationality":
            added.append((f"Crews and {draw(st.sampled_from(sorted(NATIONALITIES))).capitalize()} volunteers came.",) * 2)
        else:
            added.append((f"Repairs go on until {draw(st.sampled_from(sorted(MONTHS_DAYS))).capitalize()}.",) * 2)
    return added


@settings(max_examples=examples(200), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(additions(), st.floats(0, 2))
def test_titles_nationalities_months_and_opening_capitals_never_merge_two_events(added: list, days: float) -> None:
    first = " ".join([BASE_A] + [a for a, _ in added])
    second = " ".join([BASE_B] + [b for _, b in added])
    assert grouped(("Lviv attack", first, 0), ("Zhytomyr attack", second, days)) == [("r0",), ("r1",)]


PERSON = st.tuples(st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True), st.from_regex(r"[A-Z][a-z]{4,9}", fullmatch=True))


@settings(max_examples=examples(200), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(PERSON, st.sampled_from(sorted(p for p in PLACES if " " not in p and p.isalpha())),
       st.sampled_from(SIMPLE_TITLES), st.sampled_from(sorted(NATIONALITIES)), st.floats(0, 3), st.booleans())
def test_two_events_of_one_person_that_share_no_event_word_are_two_stories(
        person: tuple[str, str], country: str, title: str, nationality: str, days: float, opening: bool) -> None:
    """Whatever the person, her country, title and nationality: names alone tell who, not what."""
    given_name, surname = person
    if opening:  # "Helena Marsh, Norway's foreign minister, ...": the given name only opens sentences
        who = f"{given_name} {surname}, the {nationality.capitalize()} {title},"
    else:
        who = f"{nationality.capitalize()} {title.capitalize()} {given_name} {surname}"
    first = (f"{who} announced grain corridor talks in {country.capitalize()}. {surname} said insurance "
             f"would come first, and shipping companies welcomed the plan.")
    second = (f"{who} pledged money to repair the electricity network of {country.capitalize()}. {surname} "
              f"visited a substation; transformers will be bought.")
    assert grouped((f"{surname} announces talks", first, 0), (f"{surname} pledges repairs", second, days)) == \
        [("r0",), ("r1",)]
