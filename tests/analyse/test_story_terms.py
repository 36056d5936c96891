"""Unit tests of story terms and credits (`briefgen.analyse.terms`, `briefgen.analyse.credits`).

Rules under test (module docstrings): stopwords out, Harman's S-stemmer for plurals,
alias table for spellings (Kiev/Kyiv), acronyms kept, adjacent capitalised words as
name pairs, title counted TITLE_WEIGHT times; credits in the forms the issue lists,
"the newspaper" resolved to an outlet named nearby, people never outlets.
"""
from __future__ import annotations

import math

import pytest

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.terms import MAX_TERMS, TITLE_WEIGHT, article_terms, fold, term_of, words
from hypothesis import given, settings, strategies as st
from support.examples import examples


def weights(title: str, text: str) -> dict[str, float]:
    return dict(article_terms(title, text).weights)


@pytest.mark.parametrize("word, folded", [
    ("talks", "talk"), ("countries", "country"), ("sanctions", "sanction"), ("ministries", "ministry"),
    ("us", "us"), ("crisis", "crisis"), ("press", "press"), ("kiev", "kyiv"), ("zelenskyy", "zelensky"),
    ("zelenskiy", "zelensky"), ("favour", "favor"), ("defence", "defense"), ("shoes", "shoe"),
])
def test_fold_is_light_plural_folding_and_spelling_aliases(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_kiev_and_kyiv_are_one_term_and_possessives_fall_away() -> None:
    assert weights("", "Kiev's mayor") == weights("", "Kyiv mayor")


def test_stopwords_and_attribution_verbs_are_not_terms() -> None:
    assert set(weights("", "The minister said that they would make it possible this week")) == {"minister"}


def test_acronyms_survive_where_the_lower_case_word_is_a_stopword() -> None:
    found = weights("", "The US and U.S. officials told us")
    assert found["us"] == pytest.approx(1 + math.log(2)) and "official" in found


def test_adjacent_capitalised_words_make_name_pairs_with_their_written_form() -> None:
    terms = article_terms("", "China's envoy Li Hui met Dmytro Kuleba, not Li Qiang.")
    assert {"li hui", "dmytro kuleba", "li qiang"} <= dict(terms.weights).keys()
    assert dict(terms.shown)["li hui"] == "Li Hui"


def test_title_words_count_title_weight_times_and_tf_is_sublinear() -> None:
    found = weights("Grain deal", "grain grain")
    assert found["grain"] == pytest.approx(1 + math.log(TITLE_WEIGHT + 2))
    assert found["deal"] == pytest.approx(1 + math.log(TITLE_WEIGHT))


def test_names_are_shown_only_for_words_mostly_capitalised_in_the_body() -> None:
    shown = dict(article_terms("Deal Signed", "The deal was signed. Deal makers in Ankara met.").shown)
    assert "deal" not in shown and shown["ankara"] == "Ankara"


def test_long_articles_keep_the_heaviest_terms_only() -> None:
    text = " ".join(f"word{n}" * 1 for n in range(500))
    assert len(article_terms("", text.replace("word", "alpha")).weights) <= MAX_TERMS


def test_terms_are_deterministic_and_sorted() -> None:
    one = article_terms("Title", "Beijing and Kyiv and Beijing")
    assert one == article_terms("Title", "Beijing and Kyiv and Beijing")
    assert [t for t, _ in one.weights] == sorted(t for t, _ in one.weights)


def credited(text: str, *extra: str) -> list[tuple[str, str]]:
    finder = credit_finder(extra)
    return [(c.outlet, c.cue) for c in detect_credits(text, finder)]


@pytest.mark.parametrize("text, outlet", [
    ("A senior official told The Wall Street Journal that talks could open.", "The Wall Street Journal"),
    ("A representative of the council told the WSJ that there was no rift.", "The Wall Street Journal"),
    ("The ambassador had told French broadcaster LCI that the states have no status.", "LCI"),
    ("According to Reuters, the meeting was cancelled.", "Reuters"),
    ("Bloomberg reported, citing people familiar with the matter, that pledges are ready.", "Bloomberg"),
    ("The NYT was first to report the leak on Thursday.", "The New York Times"),
    ("The plan was first reported by Politico on Monday.", "Politico"),
    ("Officials explained to The Wall Street Journal that China could help.", "The Wall Street Journal"),
])
def test_credit_forms(text: str, outlet: str) -> None:
    assert [o for o, _ in credited(text)] == [outlet]


def test_a_credit_stops_at_the_end_of_its_sentence() -> None:
    assert credited("He told DW. Zelensky said no. Two officials told Global Affairs Digest. Then more.") == [
        ("DW", "told DW"), ("Global Affairs Digest", "told Global Affairs Digest")]
    assert credited("The story was first published by CEO.com on Friday.") == [
        ("CEO.com", "first published by CEO.com")]  # "first" is part of the cue, as in "first reported by"


def test_the_newspaper_is_resolved_to_the_outlet_named_before_it() -> None:
    text = ("Officials are drifting toward talks, The Wall Street Journal reported Friday. "
            "According to the newspaper, which cited unnamed officials, China could be involved.")
    assert credited(text) == [("The Wall Street Journal", "The Wall Street Journal reported"),
                              ("The Wall Street Journal", "According to the newspaper")]


def test_people_and_ministries_are_never_outlets() -> None:
    assert credited("According to Kuleba, nothing changed. Peskov said the goals remain. "
                    "The ministry said so, and Lavrov told reporters the same.") == []


def test_unknown_outlets_are_found_by_descriptor_or_outlet_word_and_site_sources() -> None:
    assert credited("Two officials told Global Affairs Digest that the talks stalled.") == [
        ("Global Affairs Digest", "told Global Affairs Digest")]
    assert credited("The minister told Karuizawa Shimbun about it.") == []
    assert credited("The minister told Karuizawa Shimbun about it.", "Karuizawa Shimbun") == [
        ("Karuizawa Shimbun", "told Karuizawa Shimbun")]


def test_outlet_key_folds_aliases_and_a_leading_the() -> None:
    assert outlet_key("WSJ") == outlet_key("The Wall Street Journal") == outlet_key("wall street journal")
    assert outlet_key("The Moscow Times") == outlet_key("Moscow Times")
    assert outlet_key("Reuters") != outlet_key("Bloomberg")


@settings(max_examples=examples(80), deadline=None)
@given(st.integers(1000, 10**9), st.integers(100, 999), st.sampled_from(["jobs", "homes", "people", "euros"]))
def test_a_number_with_thousands_separators_is_one_term(big: int, small: int, noun: str) -> None:
    """Reported (a shipyard trial, 2026-12-04): "1,400 jobs" in one report and "400 apprentices" in another shared
    the evidence "400", as "1,400" was read as the two words "1" and "400". A number is one word however its
    thousands are separated; a decimal point still separates ("3.5": "3" and "5"), as before."""
    written = f"{big:,}"
    found = words(f"The yard employs {written} {noun}; {small} more were hired, {written}.")
    assert str(big).encode() in found and written.split(",")[-1].encode() not in found[:3], found
    text_a, text_b = f"The yard employs {written} {noun}.", f"It hired {written.split(',')[-1]} apprentices."
    assert not ({term_of(w) for w in words(text_a)} & {term_of(w) for w in words(text_b)} - {None}) - {
        "yard", "employ", "hired", "apprentice", noun.rstrip("s")}
    assert words("about 3.5 million") == [b"about", b"3", b"5", b"million"]
