"""A name written with ä, ö, ü, ø or å is found by its spellings with the letter written as two, mixed too, and a
query typed with the letter finds copy that writes the two (T27, 2026-12-07).

Reported: "Hakkaenen" found nothing (the index held "haekkaenen" and "hakkanen" only), "Stoere" found no person (ø
was not spelt out), and "Hans-Peter Müller" missed the articles that write "Mueller" (the query's "muller" only).
Now searchvariants.umlaut_spellings indexes each mix of up to three letters spelt out, ø and å among them, and
search.js looks a query word typed with the letter up in its spelt-out form too. Run in headless Chromium.
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/minister.md": (
        "---\ntitle: Minister visits the coast guard\nsource: Kaleva Radio News\npublished: 2026-11-25\n---\n"
        "Defence Minister Antti Häkkänen met the crews.\n"),
    "content/articles/norway.md": (
        "---\ntitle: Oslo offers help\nsource: Tallinn Daily\npublished: 2026-11-26\n---\n"
        "Prime Minister Jonas Gahr Støre spoke to Åse Lind.\n"),
    "content/articles/agency.md": (
        "---\ntitle: Prosecutors open a case\nsource: Reuters\npublished: 2026-11-27\n---\n"
        "Spokesman Hans-Peter Mueller said the case was open.\n"),
    "content/articles/german.md": (
        "---\ntitle: Bundesanwaltschaft ermittelt\nsource: Westfunk International\npublished: 2026-11-27\n---\n"
        "Spokesman Hans-Peter Müller said the case was open.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("letters"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    return search_page


def _found(page, served: str, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    page.goto(served + f"search/?q={quote(query)}")
    return {title for title in search_results(page, query) if title}


def test_every_mix_of_spelt_out_letters_finds_the_name(served: str, page) -> None:  # type: ignore[no-untyped-def]
    for query in ("Hakkaenen", "Haekkanen", "Haekkaenen", "Hakkanen", "Häkkänen"):
        assert "Minister visits the coast guard" in _found(page, served, query), query
    for query in ("Stoere", "Støre", "Store", "Aase", "Åse"):
        assert "Oslo offers help" in _found(page, served, query), query


def test_a_query_with_the_letter_finds_the_spelt_out_copy(served: str, page) -> None:  # type: ignore[no-untyped-def]
    for query in ("Hans-Peter Müller", "Müller", "Mueller", "Hans-Peter Mueller"):
        found = _found(page, served, query)
        assert {"Prosecutors open a case", "Bundesanwaltschaft ermittelt"} <= found, (query, found)
    page.goto(served + f"search/?q={quote('Müller')}")
    search_results(page, "Müller")
    assert set(page.locator("#search-results .search-snippet mark").all_inner_texts()) == {"Mueller", "Müller"}
