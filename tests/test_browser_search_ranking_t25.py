"""In Chromium: a word as typed ranks before a longer word its prefix starts, and initials typed without their periods
find them (T25, 2026-12-07). "C.C. Wei" ranked "Tool makers weigh hit …" first ("wei", the last word typed, is a
prefix, and "weigh" in a title counted as a title word); "chip war" ranked "… warns … memory-chip prices …" before
"Asia's chip war has come home"; "CC Wei" found nothing (the letters of "C.C." are too short to index:
searchvariants.initials_joined). Ranking (docs/search.md): words in the title, then those words as typed in the title,
then as typed anywhere, then weights, then newer months — the prefix-matched article is the newer here, so it won before."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest

from support.sites import MINIMAL_SITE, built_and_published, search_results

WEI, WEIGH, OPED, SLUMP = ("C.C. Wei defends the Hsinchu plan", "Tool makers weigh hit from Tokyo-Seoul licence rules",
                           "Opinion: Asia's chip war has come home", "Hanseong warns of quarterly loss as memory-chip prices slide")
SITE = dict(MINIMAL_SITE) | {
    "content/articles/wei.md": f"---\ntitle: {WEI}\nsource: Taipei Courier\npublished: 2026-11-20\n---\n"
                               "The chipmaker's chairman, C.C. Wei, told shareholders the plant would open on time.\n",
    "content/articles/weigh.md": f"---\ntitle: {WEIGH}\nsource: SemiWire\npublished: 2026-11-29\n---\n"
                                 "Equipment makers said licences would slow shipments; C.C. Wei said orders held up.\n",
    "content/articles/oped.md": f"---\ntitle: \"{OPED}\"\nsource: Asia Policy Forum\npublished: 2026-11-20\n---\n"
                                "Export controls have turned a trade dispute into a contest between governments.\n",
    "content/articles/slump.md": f"---\ntitle: {SLUMP}\nsource: Reuters\npublished: 2026-11-29\n---\n"
                                 "Hanseong said memory-chip prices fell for a fifth month. Memory-chip buyers waited, and the "
                                 "chip maker warned that memory-chip stocks would rise.\n",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("ranking"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    return search_page


@pytest.mark.parametrize("query, first", [("C.C. Wei", WEI), ("CC Wei", WEI), ("cc wei", WEI), ("Wei", WEI),
                                          ("chip war", OPED), ("chip war ", OPED), ("weigh", WEIGH), ("memory", SLUMP)])
def test_a_word_as_typed_ranks_first(served: str, page, query: str, first: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    found = search_results(page, query)
    assert found[:1] == [first], (query, found)
