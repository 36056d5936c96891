"""English plurals in the browser: "ferries" finds the article that says "ferry" (docs/search.md, 2026-12-05).

Before, a reader who searched "ferries" did not find an article that says "ferry", and "talk" found
"talks" only as a prefix while typing. The index holds an English text's words folded to the
singular (render/searchplural.py); search.js folds a query word by the same rule and looks it up
both ways. Here, in headless Chromium: a built site searched by either form, while typing, with
the words marked; and search.js's folding run on a large word list against Python's.
"""
from __future__ import annotations

import json
import re
from typing import Iterator

import pytest

from briefgen.render.searchlayout import manifest
from briefgen.render.searchplural import singular
from briefgen.render.searchtext import MIN_TERM, fold
from support.sites import MINIMAL_SITE, REPO_ROOT, built_and_published, search_results

SITE = dict(MINIMAL_SITE) | {
    "content/articles/aground.md": (  # the ferry, never "ferries"
        "---\ntitle: Morning Star runs aground\nsource: Isles FM\npublished: 2026-11-02\n---\n"
        "The ferry ran aground off Port Carrick; the ferry's captain said all were safe.\n"),
    "content/articles/halted.md": (
        "---\ntitle: Ferries halted by the strike\nsource: Island Courier\npublished: 2026-11-03\n---\n"
        "No sailings left the harbour as the crews walked out.\n"),
    "content/articles/talks.md": (
        "---\ntitle: Union and operator meet\nsource: Island Courier\npublished: 2026-11-04\n---\n"
        "The talks ran late into the night.\n"),
    "content/articles/les-ferries.md": (  # French: its words are indexed as written
        "---\ntitle: Grève des marins\nsource: Le Quotidien\npublished: 2026-11-05\nlanguage: fr\n---\n"
        "Les ferries restent à quai.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("plurals"), SITE) as url:
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`: a new context a test cost more than its query)."""
    return search_page


results = search_results  # (titles of the results once the search has answered)


def marks(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("#search-results mark").all_inner_texts()


def test_the_plural_finds_the_singular_and_marks_it(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=ferries")
    found = results(page, "ferries")
    assert set(found[:2]) == {"Ferries halted by the strike", "Grève des marins"}  # in the title: first
    assert found[2:] == ["Morning Star runs aground"]
    assert marks(page) == ["Ferries", "ferries", "ferry", "ferry’s"]  # titles, then the snippet


def test_the_singular_finds_the_plural_in_english_only(served: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/?q=ferry")
    assert results(page, "ferry") == ["Ferries halted by the strike", "Morning Star runs aground"]
    assert "Ferries" in marks(page)
    page.goto(served + "search/?q=talk")
    found = results(page, "talk")  # (the minimal site's article and note say "talks" too)
    assert "Union and operator meet" in found and set(marks(page)) == {"talks"}
    assert page.locator("#search-results li", has_text="Union and operator").locator("mark").all_inner_texts() == ["talks"]


@pytest.mark.parametrize("typed", ["ferr", "ferri", "ferrie", "ferries"])
def test_a_word_being_typed_finds_both_forms(served: str, page, typed: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially(typed, delay=20)
    assert sorted(results(page, typed)) == ["Ferries halted by the strike", "Grève des marins", "Morning Star runs aground"]
    assert "ferry" in marks(page)


def _words() -> list[str]:
    """Every word of the sample briefing and the trials, as written, with made-up plurals and capitals."""
    found: set[str] = set()
    for path in [*(REPO_ROOT / "content").rglob("*.md"), *(REPO_ROOT / "tests/stories").glob("*/content/**/*.md")]:
        found.update(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", path.read_text(encoding="utf-8", errors="replace")))
    made = {v for w in found for v in (w + "s", w + "es", w[:-1] + "ies", w.upper(), w.capitalize() + "'s",
                                       w.replace("e", "é") + "s", w.replace("ss", "ß") + "S")}
    tricky = {"ℌs", "ſſ", "buſ", "İlies", "ÉTÉS", "naïves", "Müllers", "1990s", "G7s", "O’Briens", "ferries’", "Xs",
              "NEWS", "Mrs", "ies", "aies", "Iés", "quaïes", "cafés", "ƒs", "ﬁles", "Ŀs", "ǅies"}
    return sorted(found | made | tricky)


def _functions(names: tuple[str, ...]) -> str:
    """The source of search.js's top-level functions `names` (each from "  function NAME(" to its "  }")."""
    source = (REPO_ROOT / "briefgen/theme/static/search.js").read_text(encoding="utf-8")
    parts = []
    for name in names:
        found = re.search(rf"^  function {name}\(.*?^  }}$", source, re.S | re.M)
        assert found, name
        parts.append(found.group())
    return "\n".join(parts)


RUN = """([source, manifest, words, folded]) => {
  const run = new Function("manifest", "words", "folded", source + `
    var rules = makeRules(manifest);
    var bad = [];
    words.forEach(function (w, i) {
      var f = fold(w);
      var one = singular(f);
      if (!/^[a-z]+$/.test(f) || f.length < 3) return;
      for (var end = manifest.minPrefix; end <= f.length; end++) {  // typed so far: found as a prefix or a form
        var p = f.slice(0, end);
        if (one.indexOf(p) !== 0 && forms(p, true).indexOf(one) < 0) bad.push([w, p, one]);
      }
    });
    return {singular: words.map(function (w, i) { return singular(folded[i]); }),
            folds: words.map(function (w) { return singular(fold(w)); }), bad: bad};`);
  return run(manifest, words, folded);
}"""


def test_search_js_folds_every_word_as_the_index_does(page) -> None:  # type: ignore[no-untyped-def]
    words = _words()
    assert len(words) > 40_000 and sum(not w.isascii() for w in words) > 5_000
    folded = [fold(w) for w in words]
    found = page.evaluate(RUN, [_functions(("makeRules", "fold", "singular", "forms")),
                                json.loads(manifest(0, (), ())), words, folded])
    expected = [singular(f) for f in folded]
    assert [(w, js, py) for w, js, py in zip(words, found["singular"], expected) if js != py] == []
    # Typed, folded and made singular in the browser, as the index folds the text:
    assert [(w, js, py) for w, js, py in zip(words, found["folds"], expected) if js != py] == []  # ~61,000 words
    assert found["bad"] == []  # every prefix of 3 letters or more of a word finds it while typed
    assert sum(singular(f) != f for f in folded if len(f) >= MIN_TERM) > 5_000  # (the list holds plurals)
