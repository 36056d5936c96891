"""search.js marks an "oh" word as a Japanese long vowel only for a Japanese name of the lists (BR54, FX94): a query
"go" marked "Goh" (as "Ohno" marks "Ōno": FX90), since OH_WORD took any word with an "oh"; now the manifest's
`variants.japanese` (searchvariants.manifest_rule) says which. Headless Chromium."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/sg.md": ("---\ntitle: Singapore elder statesman visits\nsource: Reuters\npublished: 2026-11-26\n---\n"
                               "Goh Chok Tong said ministers go to Tokyo, where Takashi Ohno and Ono Yoko met them.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("ohwords"), SITE) as url:
        yield url


def _marked(page, served: str, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    page.goto(served + f"search/?q={quote(query)}")
    search_results(page, query)
    return set(page.locator("#search-results .search-snippet mark").all_inner_texts())


def test_goh_is_no_go_but_ohno_is_ono(served: str, search_page) -> None:  # type: ignore[no-untyped-def]
    assert _marked(search_page, served, "go") == {"go"}
    assert _marked(search_page, served, "ono") == {"Ohno", "Ono"}
