"""A query of stop words answers one way, however it is typed (search.js, docs/search.md).

A reader/standards trial: "the" gave 3 results (a prefix of "them", "Theodorou", every "The"
highlighted), "and" gave "No results", "of" and "the of" said "too short or too common to search
for". A stop word (searchtext.STOP, which the index leaves out) is never a term now, neither whole
nor as the prefix of the word being typed: a query of them says they are too common; beside other
words it is left out; from its next letter ("theo") the word is a prefix again.
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.render.searchtext import STOP
from support.examples import examples
from support.sites import MINIMAL_SITE, published, run_cli, write_site

SITE = dict(MINIMAL_SITE) | {
    "content/articles/theodorou.md": (
        "---\ntitle: The minister and them\nsource: Example Times\npublished: 2023-05-09\n---\n"
        "The minister Theodorou met them at the grid operator, and of the two the other spoke.\n"),
}
COMMON = st.lists(st.sampled_from(sorted(STOP)), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("stopwords")
    site = write_site(tmp_path / "site", SITE)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    with published(site / "output", tmp_path) as url:
        yield url


def settled(page, query: str) -> str:  # type: ignore[no-untyped-def]
    """The status once the search for `query` (what the box holds) has answered."""
    page.wait_for_function("""(q) => {
        const status = document.querySelector('#search-status').textContent;
        return document.querySelector('#search-query').value === q && /too |result/i.test(status)
            && status.includes(q.trim()) && !document.querySelector('#search-results').hasAttribute('aria-busy');
    }""", arg=query)
    return page.locator("#search-status").inner_text()


@settings(max_examples=examples(10), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=COMMON)
@example(words=["the"])
@example(words=["and"])
@example(words=["of"])
@example(words=["the", "of"])
def test_a_query_of_stop_words_is_too_common_typed_or_submitted(served: str, page, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    query = " ".join(words)
    page.goto(served + "search/?q=" + quote(query))
    loaded = settled(page, query)
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially(query, delay=20)
    typed = settled(page, query)
    page.press("#search-query", "Enter")
    submitted = settled(page, query)
    for text in (loaded, typed, submitted):
        assert "is too common to search for" in text, text
    assert page.locator("#search-results li").count() == 0 and page.locator("mark").count() == 0


def test_a_stop_word_beside_another_word_is_left_out_and_a_longer_prefix_still_finds(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("theo", delay=20)
    assert "1 result" in settled(page, "theo")
    assert page.locator("#search-results mark").all_inner_texts() == ["Theodorou"]
    for query in ("the grid", "grid the", "grid and"):
        page.goto(served + "search/")
        page.locator("#search-query").press_sequentially(query, delay=20)
        assert "1 result" in settled(page, query), query
        assert {m.lower() for m in page.locator("#search-results mark").all_inner_texts()} == {"grid"}
