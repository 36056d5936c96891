"""Unit tests of topic assignment (`briefgen.topics`).

Rule under test (module docstring): explicit `topics:` win; otherwise keywords match
whole words, case-insensitively, phrases across any whitespace, longest first; a topic
is assigned when its keywords score at least 2, a title match counting double.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from briefgen.analyse.topics import (MIN_SCORE, TopicMatch, assign_topics, explain, keyword_analysis, keyword_index,
                                     match_keywords, primary)
from briefgen.load.config import Topic
from briefgen.load.documents import Article
from briefgen.speed.memo import Memo, digest
from briefgen.speed.stages import run_analyses
from support import factories

CHINA = Topic("china-role", "China's role", "", ("China", "Beijing", "Xi Jinping", "Chinese"))
TALKS = Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire", "peace talks", "truce"))
TOPICS = (CHINA, TALKS)
INDEX = keyword_index(TOPICS)


def matched(title: str, text: str, topics: tuple[Topic, ...] = TOPICS) -> dict[str, tuple[tuple[str, int], ...]]:
    return {m.topic: m.words for m in match_keywords(title, text, keyword_index(topics))}


def article(slug: str, title: str = "", text: str = "",
            topics: tuple[str, ...] | None = None) -> tuple[Article, str]:
    """An article and its body text (bodies live apart from articles, found by source key)."""
    value = factories.article(slug, dt.datetime(2023, 5, 8, tzinfo=dt.timezone.utc), title=title, topics=topics,
                              revision=digest(slug, title, text))
    return value, text


def assign(*items: tuple[Article, str], topics: tuple[Topic, ...] = TOPICS,
           memo: Memo | None = None) -> dict[str, tuple[TopicMatch, ...]]:
    """Topics as a build assigns them: the keyword analysis (memoised) and then the assignment."""
    texts = {a.revision: f"<p>{text}</p>" for a, text in items}
    articles = tuple(a for a, _ in items)
    found = run_analyses(articles, (keyword_analysis(topics),), memo or Memo(), texts.__getitem__, 1)
    return assign_topics(articles, found["topics"], topics)


# --- matching ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Chinatown fair", "Indochina war", "PeaceTalks", "ceasefires"])
def test_keywords_match_whole_words_only(text: str) -> None:
    assert matched("", f"{text} and {text}") == {}


def test_possessives_and_punctuation_still_match() -> None:
    assert matched("", "China's envoy (China) said: China!") == {"china-role": (("China", 3),)}


@pytest.mark.parametrize("text", ["CHINA and china", "cHiNa, ChInA"])
def test_matching_is_case_insensitive_and_reports_the_configured_spelling(text: str) -> None:
    assert matched("", text) == {"china-role": (("China", 2),)}


def test_phrase_matches_across_a_line_break_and_extra_spaces() -> None:
    assert matched("", "The peace\ntalks resumed; peace   talks stalled.") == {
        "ceasefire-talks": (("peace talks", 2),)}


def test_phrase_keyword_with_odd_spacing_in_config_still_matches() -> None:
    topic = Topic("t", "T", "", ("  Xi   Jinping ",))
    assert matched("", "Xi Jinping met Xi\nJinping", (topic,)) == {"t": (("  Xi   Jinping ", 2),)}


def test_straight_apostrophe_in_config_matches_curly_one_in_text() -> None:
    topic = Topic("t", "T", "", ("People's Republic",))
    assert matched("", "the People\u2019s Republic and the People's Republic", (topic,)) == {
        "t": (("People's Republic", 2),)}


def test_longest_keyword_wins_over_its_prefix() -> None:
    topic = Topic("t", "T", "", ("Xi", "Xi Jinping"))
    assert matched("", "Xi Jinping spoke. Later Xi Jinping left.", (topic,)) == {"t": (("Xi Jinping", 2),)}


def test_longest_first_across_topics() -> None:
    peace = Topic("peace", "Peace", "", ("peace",))
    talks = Topic("talks", "Talks", "", ("peace talks",))
    assert matched("", "peace talks, peace talks", (peace, talks)) == {"talks": (("peace talks", 2),)}


def test_one_keyword_in_two_topics_counts_for_both() -> None:
    a = Topic("a", "A", "", ("Beijing",))
    b = Topic("b", "B", "", ("beijing",))
    assert matched("", "Beijing twice: Beijing.", (a, b)) == {"a": (("Beijing", 2),), "b": (("beijing", 2),)}


def test_regex_characters_in_keywords_are_literal() -> None:
    topic = Topic("t", "T", "", ("G7+", "U.S."))
    assert matched("", "G7+ and U.S. and USA and G7", (topic,)) == {"t": (("G7+", 1), ("U.S.", 1))}


def test_no_keywords_means_no_matches() -> None:
    empty = keyword_index((Topic("t", "T", "", ()),))
    assert empty.pattern is None
    assert match_keywords("China", "China China", empty) == ()


# --- threshold and title weight --------------------------------------------------------------


def test_one_body_mention_is_not_enough() -> None:
    assert matched("Envoys meet", "A passing mention of Beijing.") == {}


def test_two_body_mentions_are_enough() -> None:
    assert matched("Envoys meet", "Beijing and China.") == {"china-role": (("Beijing", 1), ("China", 1))}


def test_one_title_mention_counts_double() -> None:
    assert matched("China sends envoy", "Nothing else relevant.") == {"china-role": (("China", 1),)}


def test_matches_in_title_and_body_add_up_and_keep_order_of_topics() -> None:
    found = match_keywords("Truce talk", "China and a ceasefire", INDEX)
    assert found == (TopicMatch("ceasefire-talks", False, (("ceasefire", 1), ("truce", 1)), 3),)  # title ×2


def test_case_variants_of_one_keyword_do_not_double_count() -> None:
    nato = Topic("nato", "NATO", "", ("NATO", "Nato"))
    assert matched("Summit", "Nato leaders met.", (nato,)) == {}


def test_turkish_dotted_capital_i_does_not_crash_matching() -> None:
    # "İ".lower() is two characters; an earlier version crashed (KeyError) on such text.
    grain = Topic("grain-deal", "Grain deal", "", ("Istanbul",))
    found = matched("Talks in İstanbul and ISTANBUL", "İSTANBUL", (grain,))
    assert dict(found["grain-deal"])["Istanbul"] >= 1


# --- assignment --------------------------------------------------------------------------------


def test_explicit_topics_win_over_keywords() -> None:
    result = assign(article("a", title="China, China, China", text="Beijing", topics=("ceasefire-talks",)))
    assert result == {"a": (TopicMatch("ceasefire-talks", True),)}


def test_explicit_empty_list_means_no_topic() -> None:
    assert assign(article("a", title="China", topics=())) == {"a": ()}


def test_keywords_assign_several_topics_in_config_order() -> None:
    result = assign(article("a", title="Ceasefire and China"))
    assert [m.topic for m in result["a"]] == ["china-role", "ceasefire-talks"]


def test_body_text_counts_once_per_mention() -> None:
    result = assign(article("a", title="Envoys meet", text="Beijing hosts talks; China mediates."))
    assert result == {"a": (TopicMatch("china-role", False, (("Beijing", 1), ("China", 1)), 2),)}


def test_article_matching_nothing_gets_no_topics() -> None:
    assert assign(article("a", title="Weather", text="Sunny.")) == {"a": ()}


def test_assignment_is_memoised_by_article_and_keywords() -> None:
    memo = Memo()
    a, text = article("a", title="Envoys", text="China and Beijing")
    first = assign((a, text), memo=memo)

    def no_body(key: str) -> str:
        raise AssertionError(f"body {key} read although the memo has the result")

    found = run_analyses((a,), (keyword_analysis(TOPICS),), memo, no_body, 1)
    assert assign_topics((a,), found["topics"], TOPICS) == first
    other_keywords = (Topic("china-role", "China", "", ("Beijing",)),)
    assert assign((a, text), topics=other_keywords, memo=memo) == {"a": ()}  # new key, computed again


# --- explain -----------------------------------------------------------------------------------


def test_explain_names_words_and_counts() -> None:
    matches = (TopicMatch("china-role", False, (("Beijing", 1), ("China", 3))),
               TopicMatch("ceasefire-talks", True))
    assert explain(matches) == "china-role (Beijing \u00d71, China \u00d73); ceasefire-talks (explicit)"


def test_explain_no_topic() -> None:
    assert explain(()) == "no topic (shown under Other)"


def test_explain_of_a_real_match() -> None:
    found = match_keywords("Xi Jinping in Moscow", "Chinese and Chinese officials", INDEX)
    assert explain(found) == "china-role (Chinese \u00d72, Xi Jinping \u00d71)"


# --- primary topic ------------------------------------------------------------------------------


def test_the_primary_topic_is_the_first_explicit_one() -> None:
    assert primary((TopicMatch("ceasefire-talks", True), TopicMatch("china-role", True))) == "ceasefire-talks"


def test_the_primary_topic_of_keyword_matches_is_the_best_scored_then_the_first_configured() -> None:
    china, talks = TopicMatch("china-role", False, (), 2), TopicMatch("ceasefire-talks", False, (), 5)
    assert primary((china, talks)) == "ceasefire-talks"
    assert primary((TopicMatch("china-role", False, (), 3), TopicMatch("ceasefire-talks", False, (), 3))) == "china-role"
    assert primary(()) is None


def test_explain_says_which_of_several_keyword_topics_lists_the_article() -> None:
    # The reported article: config order put launch-attempts first, the listing was under regulation.
    matches = (TopicMatch("launch-attempts", False, (("launch", 4),), 5),
               TopicMatch("regulation", False, (("CAA", 1), ("licence", 3)), 9))
    assert explain(matches) == ("launch-attempts (launch \u00d74); regulation (CAA \u00d71, licence \u00d73); listed under "
                                "regulation, the best scored (launch-attempts 5, regulation 9; a word in the title "
                                "counts 2\u00d7)")


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(2, 9)), min_size=1, max_size=4,
                unique_by=lambda pair: pair[0]))
def test_explain_of_keyword_topics_names_the_primary_one_exactly_when_there_are_several(
        found: list[tuple[str, int]]) -> None:
    matches = tuple(TopicMatch(topic, False, (("w", score),), score) for topic, score in found)
    said = explain(matches)
    assert ("listed under" in said) == (len(matches) > 1)
    if len(matches) > 1:
        assert said.split("listed under ", 1)[1].startswith(f"{primary(matches)}, ")


@given(st.sampled_from(["march", "may", "august", "sunday", "june"]), st.integers(1, 4), st.integers(0, 3),
       st.sampled_from(["{M} 6", "On {M} the yard", "{M}'s figures"]))
def test_a_keyword_that_names_a_month_matches_only_the_word(word: str, months: int, words: int, form: str) -> None:
    """Reported (a shipyard trial, 2026-12-04): the topic keyword "march" matched "TARNMOUTH, March 6" in every
    article dated in March. A keyword that is also a month's or a weekday's name matches it written in lower case."""
    index = keyword_index((Topic("workforce", "Workforce", "", (word,)),))
    text = " ".join([form.format(M=word.capitalize())] * months + [f"they {word} again"] * words) + "."
    found = match_keywords("Yard news", text, index)
    assert [dict(m.words).get(word, 0) for m in found] == ([words] if words >= MIN_SCORE else []), (text, found)
