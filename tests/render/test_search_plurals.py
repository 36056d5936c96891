"""English plurals fold in the search index (render/searchplural.py, docs/search.md, 2026-12-05).

A reader who searched "ferries" did not find an article that says "ferry", and "talk" found
"talks" only as a prefix while typing. English texts are now indexed with Lucene's
EnglishMinimalStemmer (Harman's S-stemmer); search.js looks a query word up as typed and as
folded (tests/test_browser_search_plurals.py checks that side in Chromium). Here: the rule, its
properties, the per-text analysis and the index by language, and the updated index == a fresh one.
"""
from __future__ import annotations

import json
import random
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render import searchcodec as codec
from briefgen.render.searchindex import Document, build_index, update_index
from briefgen.render.searchlayout import MANIFEST, chunk_path, read_chunk, read_shard, shard_of, shard_path
from briefgen.render.searchplural import KEEP, english, singular
from briefgen.render.searchtext import W_ONCE, W_OFTEN, W_TITLE, analyse_text, field_terms, search_analysis
from briefgen.site.searchdocs import SearchDocument

# Lucene's EnglishMinimalStemmer on each (its rule, quoted in searchplural's docstring).
LUCENE = {"ferries": "ferry", "ferry": "ferry", "talks": "talk", "countries": "country", "series": "sery",
          "bus": "bus", "census": "census", "press": "press", "goes": "goes", "heroes": "heroes",
          "employees": "employees", "boxes": "boxe", "cafes": "cafe", "williams": "william",
          "reynolds": "reynold", "jones": "jone", "ties": "ty", "ies": "ies", "aies": "aies", "xs": "xs",
          "abs": "ab", "days": "day", "plays": "play", "toys": "toy", "guys": "guy"}


def test_singular_is_lucenes_english_minimal_stemmer() -> None:
    assert {word: singular(word) for word in LUCENE} == LUCENE


def test_numbers_other_scripts_and_kept_words_do_not_fold() -> None:
    for word in ("1990s", "g7s", "f35s", "новости", "ελλάς", "news", "mrs", "Hs", "ferrIes"):
        assert singular(word) == word, word
    assert set(KEEP) == {"news", "mrs"}


def test_english_is_any_tag_of_english() -> None:
    assert english("en") and english("en-GB") and english("EN-us")
    assert not english("") and not english("fr") and not english("de-CH") and not english("eng")


@given(st.text(st.sampled_from("abcdeiosuyxzSÉé1ßſ"), max_size=9))
@example("ferries")
@example("sses")
@example("iess")
@settings(max_examples=examples(400))
def test_folding_is_idempotent(word: str) -> None:
    once = singular(word)
    assert singular(once) == once


def _plural(noun: str) -> str:
    """The regular English plural: a consonant and y → ies, else + s (sibilants' "es" is not regular here)."""
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Regular nouns whose plurals the minimal stemmer does not bring back (docs/search.md, "Tokenising": not handled):
# a sibilant's "es" ("boxes" → "boxe"), and "-ee", "-oe", "-ie", "-ae", "-u" ("trees", "shoes", "pies",
# "menus"), besides the two `KEEP` words.
NOT_MET = ("s", "x", "z", "ch", "sh", "ee", "oe", "ie", "ae", "u")


@given(st.text(st.sampled_from(string.ascii_lowercase), min_size=2, max_size=10).filter(
    lambda w: not w.endswith(NOT_MET) and w not in ("new", "mr")))
@example("ferry")
@example("talk")
@example("lorry")
@example("day")
@example("cafe")
@settings(max_examples=examples(400))
def test_singular_and_plural_of_a_regular_noun_meet(noun: str) -> None:
    assert singular(noun) == singular(_plural(noun)) == noun


def test_an_english_text_counts_both_forms_of_a_word_together() -> None:
    text = "The ferry sailed. Ferries were late; the ferry's crew and the crews waited."
    folded = dict(analyse_text(text, plurals=True).pairs())
    assert folded["ferry"] == W_OFTEN and "ferries" not in folded  # 2 + 1 occurrences
    assert folded["crew"] == W_ONCE and "crews" not in folded  # crew + crews: 2 occurrences
    assert dict(analyse_text(text).pairs())["ferries"] == W_ONCE  # not English: as written
    fields = field_terms("Ferries halted", ("Skerrin News", "Strikes"), plurals=True)
    assert fields == {"ferry": W_TITLE, "halted": W_TITLE, "skerrin": W_ONCE, "news": W_ONCE, "strike": W_ONCE}


def test_the_analysis_folds_in_the_texts_own_language_or_else_the_sites() -> None:
    english_site, french_site = search_analysis("en"), search_analysis("fr")
    assert "ferry" in english_site.run("", "ferries").terms
    assert english_site.run_in("", "ferries", "fr").terms == "ferries"  # an article's own language:
    assert french_site.run("", "ferries").terms == "ferries"
    assert "ferry" in french_site.run_in("", "ferries", "en-GB").terms
    assert search_analysis("en-GB").settings == english_site.settings != french_site.settings
    assert search_analysis().settings == english_site.settings  # config.yaml's default language is English


def _document(url: str, title: str, text: str, date: str, language: str, site: str) -> Document:
    doc = SearchDocument(url, "article", title, date, ("Skerrin News",), text, language)
    return doc, analyse_text(text, english(language or site))


def _lookup(files: dict[str, bytes], term: str) -> set[str]:
    """The URLs of the documents holding `term` exactly (as search.js finds a whole word)."""
    manifest = json.loads(files[MANIFEST])
    prefix = shard_of(term, set(manifest["split"]))
    if prefix not in manifest["shards"]:
        return set()
    postings = read_shard(files[shard_path(prefix)]).get(term, "")
    return {read_chunk(files[chunk_path(p >> 2 >> manifest["chunkBits"])])[p >> 2][2] for p in codec.decode(postings)}


def _query(files: dict[str, bytes], word: str) -> set[str]:
    """search.js's lookup of a whole word: as typed, and as folded."""
    return _lookup(files, word) | _lookup(files, singular(word))


def test_a_word_is_found_in_either_form_in_english_and_as_written_in_another_language() -> None:
    docs = [_document("a/ferry/", "Port news", "The ferry ran aground.", "2026-11-02", "", "en"),
            _document("a/ferries/", "Ferries halted", "No sailings.", "2026-11-03", "", "en"),
            _document("a/trains/", "Les trains", "Les trains et les ferries.", "2026-11-04", "fr", "en")]
    files = build_index(docs, limit=120, language="en").files
    assert _query(files, "ferries") == _query(files, "ferry") | {"a/trains/"} == {"a/ferry/", "a/ferries/", "a/trains/"}
    assert _query(files, "ferry") == {"a/ferry/", "a/ferries/"}  # the French text says "ferries" only
    assert _query(files, "trains") == {"a/trains/"} and _query(files, "train") == set()
    assert _query(files, "new") == set() and _query(files, "news") == {"a/ferry/", "a/ferries/", "a/trains/"}
    manifest = json.loads(files[MANIFEST])
    assert manifest["format"] == 2 and manifest["plural"] == {"rule": "english-minimal", "keep": list(KEEP)}


WORDS = ("ferry ferries ferrys talk talks tank tanks country countries series news new mrs mr williams "
         "william bus buses ceasefire ceasefires 1990s g7 boxes box").split()
documents = st.builds(
    lambda n, title, text, month, language: (f"articles/a{n}/", " ".join(title), " ".join(text),
                                             f"2026-{month:02d}-01" if month else "", language),
    st.integers(0, 40), st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.lists(st.sampled_from(WORDS), max_size=30), st.integers(0, 3), st.sampled_from(["", "", "fr", "en-GB"]))


@given(st.sampled_from(["en", "fr"]), st.lists(documents, max_size=15),
       st.lists(st.tuples(st.sampled_from(["add", "edit", "delete"]), documents), min_size=1, max_size=10),
       st.randoms())
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_updated_index_equals_index_built_from_scratch_in_any_language(site: str, start: list, steps: list,
                                                                       rnd: random.Random) -> None:
    current = {d[0]: _document(*d, site) for d in start}
    index = build_index(list(current.values()), limit=120, language=site)
    files, state = dict(index.files), index.state
    for action, new in steps:
        url = rnd.choice(sorted(current)) if action != "add" and current else new[0]
        before = dict(current)
        if action == "delete" and current:
            changes: list = [(url, None)]
            del current[url]
        else:
            current[url] = _document(url, *new[1:], site)  # an edit may change its language
            changes = [(url, current[url])]
        updated = update_index(state, changes, lambda u: before[u], files.get, language=site)
        if updated is None:  # the busiest month doubled: every id changes
            updated, files = build_index(list(current.values()), limit=120, language=site), {}
        for path, data in updated.files.items():
            if data is None:
                files.pop(path, None)
            else:
                files[path] = data
        state = updated.state
        fresh = build_index(list(current.values()), limit=120, language=site)
        assert files == fresh.files and state == fresh.state
    for url, (doc, _) in current.items():  # every document is found by each of its words as written
        for word in f"{doc.title} {' '.join(doc.meta)} {doc.text}".lower().split():
            assert url in _query(files, word), (url, word)
    manifest = json.loads(files[MANIFEST]) if current else {"shards": []}
    languages = {doc.url: doc.language or site for doc, _ in current.values()}
    for prefix in manifest["shards"]:  # and no English document holds a word that folds
        for term in read_shard(files[shard_path(prefix)]):
            if singular(term) != term:
                assert not any(english(languages[url]) for url in _lookup(files, term)), term
