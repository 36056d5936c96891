"""Search at 10,000 articles in headless Chromium: correct results, few bytes per query.

One site of 10,000 short articles (about 90 words each, from a fixed vocabulary with
planted rare names) is built once for the module and served under /briefing/. Timing
is the benchmark's business (benchmarks/search_bench.py); here only results and the
bytes a query downloads, counted by the browser's resource timing.
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Iterator

import pytest

from support.sites import MINIMAL_SITE, published, run_cli, write_site
from test_browser_search import bytes_downloaded, results

ARTICLES = 10_000
BUDGET = 1_000_000  # bytes until the first result shows (issue 10: ≤ 1 MB at 100,000 articles)
WORDS = ("ceasefire talks envoy minister sanctions grain corridor shelling frontline drones artillery ammunition "
         "reconstruction negotiations delegation summit refugees energy pipeline embargo tanks missiles "
         "parliament president spokesman ministry agreement proposal guarantees withdrawal offensive "
         "counteroffensive humanitarian convoy exchange prisoners mediation observers monitors border").split()
PLACES = "Kyiv Moscow Ankara Geneva Beijing Warsaw Brussels Vilnius Odesa Kharkiv Istanbul Doha".split()
OUTLETS = "Example Times|Northern Ledger|Agence Example|Baltic Wire|Harbour Post|Steppe Daily".split("|")


def _corpus() -> dict[str, str]:
    rnd = random.Random(10_000)
    files = dict(MINIMAL_SITE)
    for n in range(ARTICLES):
        title = f"{rnd.choice(PLACES)} {rnd.choice(WORDS)} {rnd.choice(WORDS)} {n}"
        body = " ".join(rnd.choice(WORDS + PLACES) for _ in range(90)) + "."
        if n % 2500 == 7:  # four articles name a rare envoy, far into their text
            body += "\n\nLater the envoy Quillfeather Obradović arrived."
        if n == 1234:
            title = "Quillfeather appointed"
        files[f"content/articles/item-{n:05d}.md"] = (
            f"---\ntitle: {title}\nsource: {OUTLETS[n % len(OUTLETS)]}\n"
            f"published: 2023-{1 + n % 12:02d}-{1 + n % 28:02d}\n---\n{body}\n")
    return files


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = write_site(tmp_path_factory.mktemp("search10k") / "site", _corpus())
    result = run_cli(["build", "--quiet"], cwd=site, timeout=600)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def big(big_site: Path) -> Iterator[str]:
    with published(big_site / "output", big_site.parent) as url:
        yield url


def test_rare_name_deep_in_bodies_with_the_title_match_first(big: str, page) -> None:
    page.goto(big + "search/?q=quillfeather")
    found = results(page)
    assert found[0] == "Quillfeather appointed"
    assert len(found) == 6 and "Quillfeather Obradović" in found  # the four articles naming him, and his page
    assert "6 results" in page.locator("#search-status").inner_text()
    assert bytes_downloaded(page) < 200_000


def test_common_word_pages_through_thousands_of_results(big: str, page) -> None:
    page.goto(big + "search/?q=ceasefire+ankara")
    found = results(page)
    assert len(found) == 10 and all("Ankara" in t for t in found[:10])  # title matches first
    assert "results for" in page.locator("#search-status").inner_text()
    assert bytes_downloaded(page) < BUDGET
    page.locator(".search-more").click()
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 20")


def test_three_letter_prefix_while_typing(big: str, page) -> None:
    page.goto(big + "search/")
    page.wait_for_function("document.querySelector('#search-status').textContent.match(/in the index/)")
    assert re.search(r"\b10,\d{3} articles", page.locator("#search-status").inner_text())
    before = bytes_downloaded(page)
    page.locator("#search-query").press_sequentially("min", delay=40)
    found = results(page)
    assert len(found) == 10
    marks = {m.lower() for m in page.locator("#search-results mark").all_inner_texts()}
    assert marks == {"minister", "ministry"}
    assert bytes_downloaded(page) - before < BUDGET


def test_the_index_is_sharded(big: str, big_site: Path, page) -> None:
    manifest = page.request.get(big + "search/index.json").json()
    output = big_site / "output"
    listed = (output / "stories").iterdir() if (output / "stories").is_dir() else ()  # (none: no story of several)
    stories = sum(1 for p in listed  # (a story's former address is a redirect: no document)
                  if p.name != "page" and 'http-equiv="refresh"' not in (p / "index.html").read_text())
    people = sum(1 for p in (output / "people").iterdir() if p.is_dir() and p.name != "page")
    # every article (and MINIMAL_SITE's article and note), story and person
    assert manifest["documents"] == ARTICLES + 2 + stories + people
    assert len(manifest["shards"]) > 30
