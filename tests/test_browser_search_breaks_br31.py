"""In Chromium: BR31's search breaks (FX46, 2026-12-07; tests/render/test_search_breaks_br31.py has the properties).

4. `ב"הארץ"` (a prefix letter before a quoted name) was indexed "בהארץ" only: "הארץ" did not find it; `"שלום"ו"להתראות"`
   was one word. search.js folds a query with the same `inWord` (searchhebrew.IN_WORD), so typing `ב"הארץ"` finds it too.
10a. "GmbH" indexed a junk part "gmb", "THEnd" the parts "th", "end" (searchvariants.camel_parts).
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/haaretz.md": (
        "---\ntitle: Press review\nsource: Jerusalem Desk\npublished: 2026-11-25\nlanguage: he\n---\n"
        "כך נכתב ב\"הארץ\" אתמול, ודובר צה\"ל אישר.\n"),
    "content/articles/bye.md": (
        "---\ntitle: Farewell\nsource: Jerusalem Desk\npublished: 2026-11-26\nlanguage: he\n---\n"
        "הוא אמר \"שלום\"ו\"להתראות\" ויצא.\n"),
    "content/articles/firm.md": (
        "---\ntitle: Supplier fined\nsource: Daily Taifa\npublished: 2026-11-27\n---\n"
        "Siemens GmbH was fined on Monday. THEnd of the affair came later.\n"),
}
REVIEW, FAREWELL, FIRM = "Press review", "Farewell", "Supplier fined"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("br31"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`: a new context a test cost more than its query)."""
    return search_page


@pytest.mark.parametrize("query, titles", [
    ("הארץ", [REVIEW]), ('ב"הארץ"', [REVIEW]), ("צה״ל", [REVIEW]), ('צה"ל', [REVIEW]), ("שלום", [FAREWELL]),
    ("להתראות", [FAREWELL]), ("gmbh", [FIRM]), ("GmbH", [FIRM]), ("thend", [FIRM]),
])
def test_the_word_is_found(served: str, page, query: str, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    assert sorted(search_results(page, query)) == sorted(titles), query


@pytest.mark.parametrize("query", ["בהארץ", "שלוםולהתראות", "end"])  # ("gmb": a query finds a word's prefix)
def test_no_junk_word_is_indexed(served: str, page, query: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    page.wait_for_function("() => /No results/.test(document.querySelector('#search-status').textContent)")


def test_the_quoted_name_is_marked(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote("הארץ"))
    search_results(page, "הארץ")
    assert "הארץ" in page.locator("#search-results mark").all_inner_texts()
