"""An organisation's short form is the longer organisation it ends, when only one (orgshortforms.py).

A school-closures trial (2026-12-04) had two organisation pages, "City Hall" and "Calderbridge City Hall". Now a
short form of two or more words that ends one longer organisation named in the same article (or, when no article
names both, in the briefing) is that organisation; beside two longer ones it stays itself, and so it does when the
words before it make another body ("National Party", "Scottish National Party").
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLACES = ["Calderbridge", "Northfold", "Ashcombe", "Millbrook"]
SHORTS = ["City Hall", "City Council", "Town Hall", "County Council", "Crown Court"]


def _index(articles: dict[str, tuple[str, str]]) -> NameIndex:
    return NameIndex.build([], {slug: names_in(title, text) for slug, (title, text) in articles.items()})


@FAST
@given(st.sampled_from(PLACES), st.sampled_from(SHORTS), st.booleans())
def test_a_short_form_is_the_one_longer_organisation(place: str, short: str, same_article: bool) -> None:
    full = f"{place} {short}"
    first = f"Parents filled the square in front of {full} on Saturday."
    second = f"Around 150 people are holding candles outside {short} tonight."
    articles = {"a": ("Rally", f"{first} {second}")} if same_article else {"a": ("Rally", first), "b": ("Vigil", second)}
    index = _index(articles)
    assert index.canonical(full) == full, articles
    assert index.canonical(short) == full, articles


@FAST
@given(st.lists(st.sampled_from(PLACES), min_size=2, max_size=2, unique=True), st.sampled_from(SHORTS))
def test_a_short_form_of_two_organisations_stays_itself(places: list[str], short: str) -> None:
    text = (f"Protesters marched from {places[0]} {short} to {places[1]} {short} on Saturday. Later the crowd left "
            f"{short} in the rain.")
    assert _index({"a": ("March", text)}).canonical(short) == short


@FAST
@given(st.sampled_from([("Scottish", "National Party"), ("Western", "European Union"), ("Royal", "Opera House"),
                        ("National", "Health Service")]))
def test_words_that_make_another_body_are_no_owners(pair: tuple[str, str]) -> None:
    qualifier, short = pair
    text = f"The {qualifier} {short} met on Monday. Members of the {short} walked out."
    index = _index({"a": ("Meeting", text)})
    assert index.canonical(short) in (None, short), index.canonical(short)


def test_the_reported_pages() -> None:
    index = _index({"northfold": ("Families rally at Calderbridge City Hall against primary closures",
                                  "Parents filled the square in front of Calderbridge City Hall on Saturday."),
                    "valley": ("Hundreds march on City Hall over school closures",
                               "Around 600 people marched from Foxhollow to Calderbridge City Hall on Saturday."),
                    "live": ("Live", "Around 150 people are holding candles outside City Hall.")})
    assert index.canonical("City Hall") == "Calderbridge City Hall"
