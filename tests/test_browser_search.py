"""Search lives in the browser: load the built search page in headless Chromium and use it.

The site is served under /briefing/, as it will be published. `search/?q=...` runs a
query on load; typing runs one per pause, the last word matching longer words.
"""
from __future__ import annotations

import re
import threading
from typing import Iterator
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from support.browsers import PAGE_TIMEOUT_MS, page_in_new_context
from support.sites import MINIMAL_SITE, published, run_cli, write_site
from support.examples import examples

JAPANESE = "日本と中国の両政府は東京で海洋安全保障に関する対話を再開した。岸田首相はガス田の共同開発にも触れ、NATOの会合でも説明した。"
FILLER = "Delegations exchanged drafts on prisoner swaps and grain corridors. " * 12  # past the excerpt
SITE = dict(MINIMAL_SITE) | {
    "content/articles/hostile-title.md": (
        "---\ntitle: \"<img src=x onerror=window.pwned=1> Truce in Geneva\"\nsource: Evil Outlet\n"
        "published: 2023-05-09\n---\nNegotiators in Geneva discussed a truce.\n"),
    "content/articles/beijing-envoy.md": (
        "---\ntitle: Beijing sends its envoy\nsource: Reuters\npublished: 2023-05-10\n---\n"
        "Li Hui travels to Kyiv and Moscow.\n"),
    "content/articles/deep-mention.md": (  # its only mention of Li Hui is far past the first 300 characters
        "---\ntitle: Grain talks resume\nsource: Agence Example\npublished: 2023-05-12\n---\n"
        f"{FILLER}\n\nLater, Li Hui joined the Ankara round.\n"),
    "content/articles/ankara-often.md": (  # Ankara five times in the text, never in the title
        "---\ntitle: Negotiators gather again\nsource: Example Times\npublished: 2023-05-14\n---\n"
        "Ankara. Ankara hosts. In Ankara, Ankara's officials met, and Ankara agreed.\n"),
    "content/articles/ankara-title.md": (
        "---\ntitle: Ankara round ends without a deal\nsource: Reuters\npublished: 2023-05-01\n---\n"
        "The talks ended late.\n"),
    "content/articles/philosopher.md": (
        "---\ntitle: Žižek on Ukraine’s war\nsource: Example Review\npublished: 2023-05-13\n---\n"
        "Slavoj Žižek wrote that O’Brien’s report was wrong.\n"),
    "content/articles/hindi-report.md": (  # vowel signs and viramas are combining marks, not letters
        "---\ntitle: भारत ने आर्कटिक परिषद में काम किया\nsource: Example Review\npublished: 2023-05-08\n---\n"
        "मंत्री ने कहा कि वैज्ञानिक अनुसंधान जारी रहेगा।\n"),
    "content/articles/elysee-egypte.md": (  # French elisions: l’, d', qu’ before the word
        "---\ntitle: L’Élysée sonde l'Égypte\nsource: Le Quotidien\npublished: 2023-05-07\n---\n"
        "Le président a parlé d’adhésion, puisqu'il voyait dans l’Égypte un pont.\n"),
    "content/articles/tokyo-dialogue.md": (  # Japanese: no spaces between words
        "---\ntitle: 日中両政府が海洋安全保障の対話を再開\nsource: Example Shimbun\npublished: 2023-05-06\n---\n"
        f"{JAPANESE}\n"),
    "content/articles/arctic-route.md": (  # its only mention of the Arctic route is past the snippet's 220 characters
        "---\ntitle: 航路の報告\nsource: Example Shimbun\npublished: 2023-05-05\n---\n"
        + "専門家は氷の状況次第と書いた。" * 18 + "北極海航路の利用者は増えている。\n"),
    "content/articles/istanbul-talks.md": (  # Turkish: a proper noun's case ending after an apostrophe
        "---\ntitle: Görüşmeler İstanbul'da başladı\nsource: Example Haber\npublished: 2023-05-04\n---\n"
        "Cumhurbaşkanı Erdoğan’ın sözcüsü, İzmir'den gelen heyetle görüştü.\n"),
    "content/articles/stahl-zoelle.md": (  # German: found also as written without umlauts
        "---\ntitle: Zölle auf Stahl\nsource: Example Zeitung\npublished: 2023-05-03\nlanguage: de\n---\n"
        "Friedrich Müller nannte die Zölle die größte Hürde.\n"),
    "content/notes/long-view.md": (  # its only mention of the armistice is past the excerpt
        "---\ntitle: The long view\ndate: 2023-05-11\nkind: context\ntopics: [ceasefire-talks]\n---\n"
        f"{FILLER}\n\nThe armistice line near Київ was drawn by hand.\n"),
    "content/notes/quartermaster.md": (
        "---\ntitle: Supply lines\ndate: 2023-05-12\nkind: context\ntopics: [ceasefire-talks]\n---\n"
        "The quartermaster reports of both armies disagree on shell stocks.\n"),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("search")
    site = write_site(tmp_path / "site", SITE)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    with published(site / "output", tmp_path) as url:  # under /briefing/, as it will be published
        yield url


@pytest.fixture
def page(search_page):  # type: ignore[no-untyped-def]
    """One page for the module's queries (conftest's `search_page`); the two tests that count a query's bytes (which
    the HTTP cache of a shared page would lower) or follow `serve`'s reload take `own_page`, a new one."""
    return search_page


@pytest.fixture
def own_page(browser):  # type: ignore[no-untyped-def]
    yield from page_in_new_context(browser, PAGE_TIMEOUT_MS)


def results(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Titles of the results shown, once the status says the search for what the box holds now is
    done: while a query is typed, the results of its first letters show (and say "result") until
    the whole query's arrive."""
    page.wait_for_function("""() => {
        const status = document.querySelector('#search-status').textContent;
        const query = document.querySelector('#search-query').value.trim();
        return /result/.test(status) && status.includes(query)
            && !document.querySelector('#search-results').hasAttribute('aria-busy');
    }""")
    return [t.strip() for t in page.locator("#search-results h2 a").all_inner_texts()]


def bytes_downloaded(page) -> int:  # type: ignore[no-untyped-def]
    """Body bytes of the page and everything it fetched (the test server does not compress)."""
    return page.evaluate("performance.getEntriesByType('navigation').concat(performance.getEntriesByType("
                         "'resource')).reduce((sum, e) => sum + e.encodedBodySize, 0)")


def test_search_finds_articles_by_every_word_and_links_to_them(served: str, page) -> None:
    page.goto(served + "search/")
    page.fill("#search-query", "beijing ENVOY ")
    page.press("#search-query", "Enter")
    assert results(page) == ["Beijing sends its envoy"]
    page.locator("#search-results a").first.click()
    page.wait_for_url("**/articles/beijing-envoy/")
    assert page.locator("h1").inner_text().strip() == "Beijing sends its envoy"


def test_search_shows_hostile_titles_as_text(served: str, page) -> None:
    page.goto(served + "search/?q=geneva")
    texts = results(page)
    assert any("<img src=x onerror=window.pwned=1> Truce in Geneva" in t for t in texts)
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#search-results img").count() == 0


def test_search_says_when_nothing_matches(served: str, page) -> None:
    page.goto(served + "search/?q=zzzz-nothing")
    assert results(page) == []  # waits for the answer, not for "Loading the search index…"
    assert "No results for" in page.locator("#search-status").inner_text()


def test_full_text_of_bodies_and_notes_is_searched(served: str, page) -> None:
    page.goto(served + "search/?q=li+hui")
    assert sorted(results(page)) == ["Beijing sends its envoy", "Grain talks resume", "Li Hui"]  # and his page
    page.goto(served + "search/?q=quartermaster")
    assert results(page) == ["Supply lines"]
    assert "Editor note" in page.locator("#search-results .meta").first.inner_text()
    assert page.locator("#search-results a").first.get_attribute("href").endswith("#note-quartermaster")


def test_title_matches_rank_first(served: str, page) -> None:
    page.goto(served + "search/?q=ankara")
    found = results(page)
    assert found[0] == "Ankara round ends without a deal"
    assert found[1] == "Negotiators gather again"  # five times in its text: before a single mention
    assert "Grain talks resume" in found


def test_prefix_matching_as_you_type_with_highlighting(served: str, page) -> None:
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("beijing env", delay=30)
    assert results(page) == ["Beijing sends its envoy"]
    marks = page.locator("#search-results h2 mark").all_inner_texts()
    assert marks == ["Beijing", "envoy"]
    assert "q=beijing+env" in page.url


def test_a_short_word_being_typed_does_not_empty_the_results(served: str, page) -> None:
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("beijing en", delay=30)
    assert results(page) == ["Beijing sends its envoy"]  # "en" is left out until it has 3 letters
    page.press("#search-query", "Enter")  # submitted, "en" counts as a whole word
    page.wait_for_function("document.querySelector('#search-status').textContent.startsWith('No results')")


def test_accents_and_apostrophes_fold(served: str, page) -> None:
    for query in ("zizek", "Ukraine's", "obrien", "O’Brien"):
        page.goto(served + f"search/?q={query}")
        assert results(page) == ["Žižek on Ukraine’s war"], query
    assert page.locator("#search-results .search-snippet mark").all_inner_texts() == ["O’Brien’s"]


def test_german_words_are_found_as_written_without_umlauts(served: str, page) -> None:
    # A German trial (2026-12-02): "muller" found Müller, "mueller" (German without umlauts) nothing.
    for query in ("mueller", "Müller", "muller", "zoelle", "huerde", "groess"):
        page.goto(served + f"search/?q={quote(query)}")
        assert results(page) == ["Zölle auf Stahl"], query
    page.goto(served + "search/?q=mueller")
    results(page)
    assert page.locator("#search-results .search-snippet mark").all_inner_texts() == ["Müller"]


def test_results_are_a_list_reachable_by_keyboard(served: str, page) -> None:
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("ankara ", delay=20)
    results(page)
    assert page.locator("#search-results ol > li").count() == 3
    assert page.locator("#search-status").get_attribute("role") == "status"
    page.press("#search-query", "ArrowDown")
    assert page.evaluate("document.activeElement.textContent").startswith("Ankara round")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-query"


def test_a_query_downloads_little(served: str, own_page) -> None:  # type: ignore[no-untyped-def]
    page = own_page
    page.goto(served + "search/?q=geneva")
    results(page)
    # page 2,868, CSS 29,660, script 23,085, manifest 1,388, icon 350, one shard 244, one chunk 4,746: 62,341 bytes
    # on 2026-12-05 (60,132 earlier in 2026-12; the style sheet's story-page rules since, +441 of them that day);
    # 64,550 the same day with English plurals (script 25,236: the rule, a word's forms, their lookups; manifest +62);
    # 66,071 on 2026-12-07 (script 25,927 -> 26,194: Hebrew's in-word signs, FX41/FX46; the manifest's inWord; CSS
    # 29,660 -> 29,868: the article page's links to its story's other reports, FX42); 66,983 -> 67,645 the same day
    # (script 26,657 -> 27,319: a word as typed ranks before the longer words its prefix starts, T25; no file more here)
    # 69,162 at FX77 (script 27,319 -> 28,651: a query's ä ö ü ø å also looked up as ae oe ue oe aa, T27's Müller/Mueller;
    # no file more here): the budget 68,000 -> 70,000; issue 10's measure is the 100,000-article one (≤ 1 MB)
    assert bytes_downloaded(page) < 70_000


def test_search_under_serve_follows_edits(site_factory, own_page) -> None:  # type: ignore[no-untyped-def]
    """`briefgen serve` (under /briefing/, as base_url says): a word added to an article is found after the rebuild."""
    page = own_page
    import os

    from playwright.sync_api import expect

    from briefgen.preview.command import Preview

    root = site_factory(MINIMAL_SITE)
    running = Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1)
    with running:
        loop = threading.Thread(target=running.run)
        loop.start()
        try:
            assert "/briefing/" in running.url
            page.goto(running.url + "search/?q=diplomats")
            assert results(page) == ["Envoys meet in Geneva to discuss a ceasefire"]
            article = root / "content/articles/first-report.md"
            temp = article.with_name("first-report.md.tmp")
            temp.write_text(article.read_text().replace("Diplomats", "Plenipotentiaries"), encoding="utf-8")
            os.replace(temp, article)
            # The open page reloads by itself once the rebuild is done, and the word is gone.
            expect(page.locator("#search-status")).to_contain_text("No results", timeout=15_000)
            page.goto(running.url + "search/?q=plenipotentiaries")
            assert results(page) == ["Envoys meet in Geneva to discuss a ceasefire"]
        finally:
            running.stop()
            loop.join(10)


def test_common_words_typed_say_so_even_with_a_short_word_last(served: str, page) -> None:
    """A trial: typing "the and of" said "No results": with "of" left out, "and" was taken as
    a word still being typed and searched as a prefix."""
    page.goto(served + "search/")
    page.locator("#search-query").press_sequentially("the and of", delay=30)
    page.wait_for_function("document.querySelector('#search-status').textContent.includes('too common')")


def status_for(page, query: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(served_url_of(page) + "search/?q=" + quote(query))
    page.wait_for_function("/too |result/.test(document.querySelector('#search-status').textContent)")
    return page.locator("#search-status").inner_text()


def served_url_of(page) -> str:  # type: ignore[no-untyped-def]
    return page.url.split("search/")[0]


# Thai, written without spaces and not split into words (Chinese and Japanese are: pairs of characters).
LONG_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzžšéñабвгдежзиกขคงจฉชซดตถทนบปผพมยรลวสหอ"),
                    min_size=41, max_size=80)
SHORT_OR_COMMON = st.sampled_from(["a", "x", "7", "the", "and", "of", "is", "Ü", "я", "&", "'", "-"])


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(long=st.lists(LONG_WORD, min_size=1, max_size=2), short=st.lists(SHORT_OR_COMMON, max_size=2))
@example(long=["a" * 200], short=[])
@example(long=["ประเทศไทยสนับสนุนการเจรจาสันติภาพในยุโรปตะวันออกอย่างต่อเนื่อง"], short=[])  # one run of 60 letters and signs
def test_a_query_of_words_too_long_for_the_index_says_so(served: str, page, long: list[str],  # type: ignore[no-untyped-def]
                                                         short: list[str]) -> None:
    """A trial: 200 letters, or a Japanese sentence (no spaces, so one word), said "Type a
    longer word: … is too short or too common"; words past 40 letters are not indexed. (Japanese
    is now split into pairs of characters, Thai is still one word.)"""
    page.goto(served + "search/")
    text = status_for(page, " ".join(short + long))
    assert "too long to search for" in text and "at most 40 letters" in text and "too short" not in text


@pytest.mark.parametrize("query, says", [("a", "is too common"), ("the and of", "is too common"),
                                         ("x 7", "is too short to"), ("x the", "too short or too common")])
def test_a_query_of_short_or_common_words_still_says_so(served: str, page, query: str,  # type: ignore[no-untyped-def]
                                                        says: str) -> None:
    page.goto(served + "search/")
    assert says in status_for(page, query)


@pytest.mark.parametrize("query", ["किया", "वैज्ञानिक", "भारत परिषद", "वैज्ञा"])
def test_words_with_vowel_signs_are_found_and_highlighted_whole(served: str, page, query: str) -> None:  # type: ignore[no-untyped-def]
    """A trial: "किया" said "too short or too common", and "भारत" was highlighted as "रत"."""
    page.goto(served + "search/?q=" + quote(query))
    assert results(page) == ["भारत ने आर्कटिक परिषद में काम किया"]
    marked = page.locator("#search-results mark").all_inner_texts()
    full = {"किया", "वैज्ञानिक", "भारत", "परिषद"}
    assert marked and set(marked) <= full, marked


@pytest.mark.parametrize("query, title, marked", [
    ("joined", "Grain talks resume", ["joined"]),
    ("li hui", "Grain talks resume", ["Li", "Hui"]),
    ("armistice", "The long view", ["armistice"]),  # an editor note: its own text, at its anchor
    ("КИЇВ", "The long view", ["Київ"]),
    ("grain armis", "The long view", ["grain", "armistice"]),  # typed: the prefix, past the excerpt
    ("北極海", "航路の報告", ["北極海"]),  # Japanese: no space to start the snippet at
])
def test_a_word_only_deep_in_a_text_is_shown_in_the_snippet(served: str, page, query: str, title: str,  # type: ignore[no-untyped-def]
                                                            marked: list[str]) -> None:
    """A trial: a word only past the first ~480 characters was found, but the snippet showed the
    start of the text with nothing highlighted. The result's page is read for it (same origin)."""
    page.goto(served + "search/?q=" + quote(query))
    assert title in results(page)
    snippet = page.locator("#search-results li", has_text=title).locator(".search-snippet")
    # The deep word's mark: a word of the excerpt ("grain") is marked at once, before the page is read
    # for the other (under load the text was read in between and still began at the start).
    snippet.locator("mark", has_text=marked[-1]).first.wait_for(timeout=10_000)
    text = snippet.inner_text()
    assert text.startswith("\u2026") and "Delegations exchanged" not in text[:40], text
    assert all(word in snippet.locator("mark").all_inner_texts() for word in marked[-1:]), text
    assert set(snippet.locator("mark").all_inner_texts()) <= set(marked) | {"Grain", "grain"}, text


ELISION_QUERIES = st.tuples(st.sampled_from(["", "l", "L", "d", "qu", "dell", "un"]), st.sampled_from("'\u2019"),
                            st.sampled_from(["égypte", "EGYPTE", "Egypt", "adhésion", "adhes", "elysee"]))


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ELISION_QUERIES)
@example(("", "", "egypte"))  # a trial: "egypte", "elysee" and "adhesion" found nothing
@example(("l", "'", "Egypte"))
def test_an_elided_article_is_not_part_of_the_word(served: str, page, query: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    """French (and Italian, Catalan) elide articles and prepositions into the next word: "l’Égypte",
    "d’adhésion". Indexed joined ("legypte"), the word itself found nothing; now the article is
    dropped on both sides (searchtext.ELISIONS), with or without it in the query, and highlighted whole."""
    clitic, apostrophe, word = query
    typed = f"{clitic}{apostrophe}{word}" if clitic else word
    page.goto(served + "search/?q=" + quote(typed))
    assert results(page) == ["L’Élysée sonde l'Égypte"], typed
    marked = page.locator("#search-results mark").all_inner_texts()
    assert marked and set(marked) <= {"L’Élysée", "l'Égypte", "d’adhésion", "l’Égypte"}, marked


@st.composite
def japanese_query(draw: st.DrawFn) -> str:
    """Two to eight characters in a row of the Japanese article (kanji and kana), from anywhere in it."""
    runs = [r for r in re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]+", JAPANESE) if len(r) >= 2]
    run = draw(st.sampled_from(runs))
    start = draw(st.integers(0, len(run) - 2))
    return run[start:start + draw(st.integers(2, 8))]


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(japanese_query())
@example("日本")  # a trial: "日本", "対話", "海洋安全保障" found nothing (the sentence was one word)
@example("海洋安全保障")
@example("ガス田")  # ガ is カ and a voicing mark after NFKD: one character
@example("NATOの会合")
def test_chinese_and_japanese_are_found_inside_a_sentence(served: str, page, query: str) -> None:  # type: ignore[no-untyped-def]
    """Words written without spaces are found wherever they stand (pairs of characters, as
    Lucene's CJK analyser), and the characters matched are highlighted."""
    page.goto(served + "search/?q=" + quote(query))
    assert results(page) == ["日中両政府が海洋安全保障の対話を再開"], query
    marked = page.locator("#search-results .search-snippet mark").all_inner_texts()
    assert any(query in m for m in marked), (query, marked)  # the characters matched, in a row


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["İstanbul", "istanbul", "ISTANBUL", "Erdoğan", "erdogan", "İzmir", "izmir"]),
       st.sampled_from(["", " heyetle", " görüşmeler", " sözcüsü"]))
@example("istanbul", "")  # a trial: "istanbul görüşmelerin" and "izmir güvenlik" found nothing
@example("izmir", " heyetle")
def test_a_name_before_a_turkish_case_ending_is_found(served: str, page, name: str, other: str) -> None:  # type: ignore[no-untyped-def]
    """"İstanbul'da" was indexed as "istanbulda" only: the name was found only as the last word typed."""
    page.goto(served + "search/?q=" + quote(name + other + " "))  # a space: every word whole
    assert results(page) == ["Görüşmeler İstanbul'da başladı"], name + other
    marked = page.locator("#search-results mark").all_inner_texts()
    assert {"İstanbul", "Erdoğan", "İzmir"} & set(marked), marked
