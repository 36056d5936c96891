"""A Japanese name's long vowel in any spelling finds it and is marked (T28 F3, FX90): "Ohno" and "Kohno" typed found
nothing where the copy wrote "Ōno" and "Kōno", and "Ono" and "Taro Kono" missed "Takashi Ohno" and "Taro Kohno".
searchhepburn.long_vowel_spellings indexes the other spellings; search.js marks them (`wanted`). Headless Chromium."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/tc.md": ("---\ntitle: Carmaker bows to lawmakers\nsource: Tokyo Courier\npublished: 2026-11-25\n"
                               "---\nPresident Ōno Takashi and Kōno Tarō, a lawmaker, spoke.\n"),
    "content/articles/rt.md": ("---\ntitle: Hondaka president apologises\nsource: Reuters\npublished: 2026-11-26\n---\n"
                               "President Takashi Ohno and lawmaker Taro Kohno spoke.\n"),
    "content/articles/other.md": ("---\ntitle: Cohen visits Ohio\nsource: Reuters\npublished: 2026-11-26\n---\n"
                                  "Anna Cohen and John Kohn visited a house in Ohio.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("hepburn"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    return search_page


def _found(page, served: str, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    page.goto(served + f"search/?q={quote(query)}")
    return {title for title in search_results(page, query) if title}


def test_every_spelling_finds_both_articles(served: str, page) -> None:  # type: ignore[no-untyped-def]
    both = {"Carmaker bows to lawmakers", "Hondaka president apologises"}
    missed = {}
    for query in ("Ohno", "Ōno", "Ono", "Kohno", "Kono", "Kōno", "Taro Kono", "Takashi Ohno"):
        if not both <= (found := _found(page, served, query)):  # (and the People page)
            missed[query] = found
    assert not missed, missed
    assert "Carmaker bows to lawmakers" in _found(page, served, "Ouno")  # (as the kana spell "Ōno"; not "Ohno": "ou" is no fold)
    assert _found(page, served, "Coen") == set()  # ("Cohen": no h folded out of it)


def test_the_spelling_written_is_marked(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + f"search/?q={quote('Ohno')}")
    search_results(page, "Ohno")
    assert set(page.locator("#search-results .search-snippet mark").all_inner_texts()) == {"Ōno", "Ohno"}
