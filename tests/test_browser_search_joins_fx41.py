"""In Chromium: words that a sign joins are found however a reader types them (FX41, search 5-7).

5. Catalan's "l·l" ("col·lecció", "Paral·lel"): found by "col·lecció" (a Catalan keyboard), "collecció" (any other) and
   "col.lecció" (the substitute where the dot is missing). Before, "collecció" found nothing: the index held "col" and
   "leccio" only (searchvariants.middot_joined).
6. Hebrew's gershayim and geresh ("צה״ל", "ג׳ורג׳"), or the ASCII " and ' typed for them: one word. Before, "צה״ל" was
   "צה" and "ל" (one letter, not indexed), and found every text with "צה" (searchhebrew.py, APOSTROPHE_LIKE).
7. "Chapa Pesa" finds "ChapaPesa" (its CamelCase parts are indexed: searchvariants.camel_parts); "ChapaPesa" typed does
   not find "Chapa Pesa" written apart (decided: docs/search.md, step 3).
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/museu.md": (
        "---\ntitle: El museu obre la col·lecció\nsource: Diari de Girona\npublished: 2026-11-25\nlanguage: ca\n---\n"
        "La col·lecció d'art del museu, a prop del Paral·lel, obre dilluns amb una il·lusió nova.\n"),
    "content/articles/shekel.md": (
        "---\ntitle: Army statement\nsource: Jerusalem Desk\npublished: 2026-11-26\nlanguage: he\n---\n"
        "דובר צה״ל מסר כי ג׳ורג׳ לוי נפצע קל.\n"),
    "content/articles/tsahal.md": (
        "---\ntitle: Second statement\nsource: Jerusalem Desk\npublished: 2026-11-27\nlanguage: he\n---\n"
        "דובר צה\"ל אמר כי הכביש נפתח מחדש.\n"),
    "content/articles/road.md": (  # ("צה" alone: before, "צה״ל" typed was "צה" and found this too)
        "---\ntitle: Road reopens\nsource: Jerusalem Desk\npublished: 2026-11-24\nlanguage: he\n---\n"
        "הכביש ליד צה נפתח מחדש.\n"),
    "content/articles/chapa.md": (
        "---\ntitle: Payments firm in court\nsource: Daily Taifa\npublished: 2026-11-28\n---\n"
        "ChapaPesa asked the High Court to lift the central bank's suspension.\n"),
    "content/articles/apart.md": (
        "---\ntitle: Wallet launch\nsource: Daily Taifa\npublished: 2026-11-29\n---\n"
        "The Chapa Pesa wallet launched in Mombasa, as did BlackRock's fund and the McDonald family's shop.\n"),
}
MUSEU, ARMY, SECOND, COURT, WALLET = ("El museu obre la col·lecció", "Army statement", "Second statement",
                                      "Payments firm in court", "Wallet launch")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("joins"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`: a new context a test cost more than its query)."""
    return search_page


@pytest.mark.parametrize("query, titles", [
    ("col·lecció", [MUSEU]), ("collecció", [MUSEU]), ("col.lecció", [MUSEU]), ("colleccio", [MUSEU]),
    ("coŀlecció", [MUSEU]), ("paral·lel", [MUSEU]), ("parallel", [MUSEU]), ("il·lusió", [MUSEU]), ("illusio", [MUSEU]),
    ("צה״ל", [ARMY, SECOND]), ('צה"ל', [ARMY, SECOND]), ("צהל", [ARMY, SECOND]), ("ג׳ורג׳", [ARMY]),
    ("ג'ורג'", [ARMY]), ("גורג", [ARMY]),
    ("Chapa Pesa", [WALLET, COURT]), ("chapa pesa", [WALLET, COURT]), ("ChapaPesa", [COURT]), ("chapapesa", [COURT]),
    ("black rock", [WALLET]), ("blackrock", [WALLET]),
])
def test_a_joined_word_is_found_however_it_is_typed(served: str, page, query: str, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    assert sorted(search_results(page, query)) == sorted(titles), query


def test_a_name_prefix_is_no_camelcase_part(served: str, page) -> None:  # type: ignore[no-untyped-def]
    """"McDonald" is not "Mc" + "Donald": "donald" finds nothing here."""
    page.goto(served + "search/?q=" + quote("donald"))
    page.wait_for_function("() => /No results/.test(document.querySelector('#search-status').textContent)")


@pytest.mark.parametrize("query, marked", [("צה״ל", "צה״ל"), ('צה"ל', "צה״ל"), ("גורג", "ג׳ורג")])
def test_the_hebrew_word_is_marked_whole(served: str, page, query: str, marked: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    search_results(page, query)
    assert marked in page.locator("#search-results mark").all_inner_texts(), query
