"""In Chromium: a word with a soft hyphen or another invisible character inside is found whole, and an apostrophe
typed as an accent is an apostrophe (FX31, 2026-12-07; searchtext.INVISIBLE, APOSTROPHE_LIKE).

"Kyi&shy;v" in an article (a soft hyphen: where a narrow column may break the word) was indexed as "kyi" and "v",
and "kyiv" found nothing; "Zelen\\u00adsky" pasted into the search box was searched as "zelen" and "sky". The
index and search.js now read the word without the character, and the result marks the word as shown. Below: the
site searched by the reported words, and search.js's fold run over drawn texts against Python's.
"""
from __future__ import annotations

import json
from typing import Iterator
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, built_and_published, search_results
from test_browser_search_plurals import _functions

from briefgen.render import searchtext
from briefgen.render.searchlayout import manifest
from briefgen.render.searchtext import fold

SITE = dict(MINIMAL_SITE) | {
    "content/articles/kyiv.md": (
        "---\ntitle: Power returns to Kyi\u00adv\nsource: Dnipro Wire\npublished: 2026-11-25\n---\n"
        "Engineers restored power across Kyi&shy;v overnight, President Zelen\u00adsky said.\n"),
    "content/articles/honolulu.md": (
        "---\ntitle: Harbour reopens\nsource: Pacific Desk\npublished: 2026-11-26\n---\n"
        "The harbour on Oʻahu reopened, Hawaiʻi officials and Sean O´Brien said.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("invisible"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`: a new context a test cost more than its query)."""
    return search_page


@pytest.mark.parametrize("query, title, marked", [
    ("kyiv", "Power returns to Kyi\u00adv", "Kyi\u00adv"), ("Kyi\u00adv", "Power returns to Kyi\u00adv", "Kyi\u00adv"),
    ("zelensky", "Power returns to Kyi\u00adv", "Zelen\u00adsky"),
    ("Zelen\u00adsky", "Power returns to Kyi\u00adv", "Zelen\u00adsky"),
    ("zelen\u200dsky\u2060", "Power returns to Kyi\u00adv", "Zelen\u00adsky"),
    ("hawaii", "Harbour reopens", "Hawaiʻi"), ("Hawai'i", "Harbour reopens", "Hawaiʻi"),
    ("oahu", "Harbour reopens", "Oʻahu"), ("obrien", "Harbour reopens", "O´Brien"),
    ("O'Brien", "Harbour reopens", "O´Brien"), ("O´Brien", "Harbour reopens", "O´Brien"),
])
def test_the_word_is_found_whole_and_marked(served: str, page, query: str, title: str, marked: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote(query))
    assert search_results(page, query) == [title], query
    assert marked in page.locator("#search-results mark").all_inner_texts(), query


def test_a_zero_width_space_still_splits(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=" + quote("kyi\u200bv"))  # "kyi" and "v": no such word
    page.wait_for_function("() => /No results/.test(document.querySelector('#search-status').textContent)")


RUN = """([source, manifest, texts]) => {
  const run = new Function("manifest", "texts", source + `
    var rules = makeRules(manifest);
    return texts.map(function (t) { return [fold(t), pieces(t).map(function (p) { return p.word; })]; });`);
  return run(manifest, texts);
}"""
PIECES = ["Kyi", "v", "Zelen", "sky", "O", "Brien", "Hawai", "i", "l", "Europe", "s", "d", "Müller", "É", "e\u0301",
          "東京", "किया", " ", "-", "'", "’", "\u00b4", "`", *map(chr, range(0x2bb, 0x2c0)), "\u200b", "\u200c", "\u200d",
          "\u00ad", "\u2060", "\ufeff", "\u200e", "\u202b", "\u2066", "\u061c", "\u180e", "\u0600", "\u2010", "\u2011",
          "\ufe63", "\uff0d", "\uff07", "\u00b7", "\u0140", "צה", "ל", "\u05f3", "\u05f4", '"', "\u201d", "\u2033",
          "\u05b8"]  # (FX41: middle dots, Hebrew's geresh and gershayim)


@settings(max_examples=examples(10), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join), min_size=50, max_size=50))
def test_search_js_reads_every_text_as_the_index_does(page, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    """search.js's fold and its words of a query (`pieces`) against Python's (`fold`, and the words before the
    index's extra spellings and length limits), on texts with invisible characters and apostrophe look-alikes."""
    found = page.evaluate(RUN, [_functions(("makeRules", "fold", "pieces")), json.loads(manifest(0, (), ())), texts])
    for text, (js_fold, js_words) in zip(texts, found):
        assert js_fold == fold(text), text
        assert js_words == searchtext._tokens(searchtext._read_as_written(text)), text
