"""A hyphenated word is found however a reader types it: joined, hyphenated or split (searchtext.hyphen_joined).

T20 trial (2026-12-06, finding 11): "jihoon" found nothing while "Ji-hoon" found Park Ji-hoon's article — the
index held a hyphenated word only split ("ji", "hoon"), and a query's single word "jihoon" is no term of it. The
index now holds the joined word beside its parts.
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.render.searchtext import MAX_TERM, STOP, fold, words
from briefgen.render.searchvariants import joins
from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/smelter.md": (
        "---\ntitle: Hanbit buyer waits for copper\nsource: Huaxia Metals News\npublished: 2026-11-25\n---\n"
        "Park Ji-hoon, a buyer at the Hanbit smelter, said supplies would last until January.\n"),
    "content/articles/clinic.md": (
        "---\ntitle: Clinic reopens\nsource: Atacama Herald\npublished: 2026-11-26\n---\n"
        "The clinic treated COVID-19 patients and workers of Fuentes\u2011Araya Transportes.\n"),
    # FX31: a hyphen that keeps a word apart from another is not joined ("re-sign" is not "resign").
    "content/articles/captain.md": (
        "---\ntitle: United keep their captain\nsource: Harbour Sport\npublished: 2026-11-27\n---\n"
        "The club will re-sign Marta Olsen on a two-year deal, and the supporters' co-op backed it.\n"),
    "content/articles/minister.md": (
        "---\ntitle: Minister steps down\nsource: Atacama Herald\npublished: 2026-11-28\n---\n"
        "The transport minister will resign on Friday and will not seek re-election; a fox raided his hen coop.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("hyphens"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`: a new context a test cost more than its query)."""
    return search_page


results = search_results  # (titles of the results once the search has answered)


@pytest.mark.parametrize("query, title", [
    ("jihoon", "Hanbit buyer waits for copper"), ("Ji-hoon", "Hanbit buyer waits for copper"),
    ("ji hoon", "Hanbit buyer waits for copper"), ("JIHOON", "Hanbit buyer waits for copper"),
    ("covid19", "Clinic reopens"), ("COVID-19", "Clinic reopens"),
    ("fuentesaraya", "Clinic reopens"), ("fuentes-araya", "Clinic reopens"), ("araya", "Clinic reopens"),
    ("reelection", "Minister steps down"), ("re-election", "Minister steps down"),
])
def test_a_hyphenated_word_is_found_joined_hyphenated_or_split(served: str, page, query: str, title: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    assert results(page, query) == [title], query


@pytest.mark.parametrize("query, titles", [
    ("resign", ["Minister steps down"]), ("coop", ["Minister steps down"]),
    ("re-sign", ["United keep their captain"]), ("co-op", ["United keep their captain"]),
])
def test_a_hyphen_that_keeps_a_word_apart_is_not_joined(served: str, page, query: str, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    """FX31: since b03d8d39 "re-sign" was also indexed "resign", and "resign" found the captain re-signed."""
    page.goto(served + "search/?q=" + quote(query))
    assert results(page, query) == titles, query


def test_typed_letter_by_letter_the_joined_word_finds_it(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("jihoo", delay=20)
    assert results(page, "jihoo") == ["Hanbit buyer waits for copper"]


PART = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=12)


@given(parts=st.lists(PART, min_size=2, max_size=3), hyphen=st.sampled_from("-\u2010\u2011\ufe63\uff0d"))
@example(parts=["Ji", "hoon"], hyphen="-")
@example(parts=["al", "Mansour"], hyphen="-")
def test_the_index_holds_a_hyphenated_word_joined_and_its_parts(parts: list[str], hyphen: str) -> None:
    terms = words(f"said {hyphen.join(parts)} today")
    for part in parts:
        for term in words(part):  # (a part folds to itself, or to its own words: "ǅ" is two letters)
            assert term in terms, (parts, term)
    joined = words("".join(parts))
    if joined and len(joined) == 1 and joins(hyphen.join(parts)):  # (not "re-sign", "co-op": FX31)
        assert joined[0] in terms or len(joined[0]) > MAX_TERM or joined[0] in STOP, (parts, terms)


def test_numbers_alone_are_not_joined() -> None:
    assert "20192020" not in words("the 2019-2020 season")
    assert fold("Ji-hoon") == "ji-hoon"  # (the fold itself keeps the hyphen: words are split after it)
