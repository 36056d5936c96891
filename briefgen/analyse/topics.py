"""Topic assignment: explicit `topics:` win; otherwise topic keywords decide, with reasons kept.

Takes articles and the configured topics, gives each article a tuple of `TopicMatch`
that says which words matched, so `briefgen check -v` can explain every assignment.
Rule: whole-word, case-insensitive, phrase-aware matching; a topic is assigned when
its keywords occur at least twice, a match in the title counting double.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from briefgen.speed.analysis import Analysis
from briefgen.speed.memo import Memo, digest
from briefgen.load.config import Topic
from briefgen.load.documents import Article

MIN_SCORE = 2
TITLE_WEIGHT = 2


@dataclass(frozen=True, slots=True)
class TopicMatch:
    topic: str
    explicit: bool
    words: tuple[tuple[str, int], ...] = ()  # (keyword as configured, occurrences)


@dataclass(frozen=True, slots=True)
class KeywordIndex:
    pattern: re.Pattern[str] | None
    topics_of: dict[str, tuple[tuple[str, str], ...]]  # normalised keyword → ((topic id, keyword), ...)
    key: str  # identity of the keyword lists, for memo keys


def normalise(word: str) -> str:
    return " ".join(word.lower().replace("\u2019", "'").split())


def phrase_pattern(phrase: str) -> str:
    """A regex for a word or phrase: any run of spaces between words, straight or curly apostrophes.

    Bodies have typographic quotes (O’Neil) while config files are typed with straight ones.
    """
    words = (re.escape(part).replace("'", "['\u2019]") for part in phrase.replace("\u2019", "'").split())
    return r"\s+".join(words)


def keyword_index(topics: tuple[Topic, ...]) -> KeywordIndex:
    topics_of: dict[str, list[tuple[str, str]]] = {}
    for topic in topics:
        for keyword in topic.keywords:
            key = normalise(keyword)
            # NATO and Nato are one keyword: counting both would score one mention twice.
            if key and all(topic.id != t for t, _ in topics_of.get(key, ())):
                topics_of.setdefault(key, []).append((topic.id, keyword))
    if not topics_of:
        return KeywordIndex(None, {}, "")
    # Longest first, so "Xi Jinping" is one match rather than "Xi" plus a stray word.
    alternatives = sorted(topics_of, key=lambda w: (-len(w), w))
    body = "|".join(phrase_pattern(w) for w in alternatives)
    # Matched against lower-cased text: twice as fast as re.IGNORECASE on long alternations.
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    key = digest(repr(sorted((k, tuple(v)) for k, v in topics_of.items())))
    return KeywordIndex(pattern, {k: tuple(v) for k, v in topics_of.items()}, key)


def match_keywords(title: str, text: str, index: KeywordIndex) -> tuple[TopicMatch, ...]:
    if index.pattern is None:
        return ()
    scores: dict[str, int] = {}
    words: dict[str, dict[str, int]] = {}
    for weight, haystack in ((TITLE_WEIGHT, title), (1, text)):
        for found in index.pattern.findall(haystack.lower()):
            for topic, keyword in index.topics_of[normalise(found)]:
                scores[topic] = scores.get(topic, 0) + weight
                counts = words.setdefault(topic, {})
                counts[keyword] = counts.get(keyword, 0) + 1
    return tuple(TopicMatch(topic, False, tuple(sorted(words[topic].items())))
                 for topic in sorted(scores) if scores[topic] >= MIN_SCORE)


def keyword_analysis(topics: tuple[Topic, ...]) -> Analysis:
    """Keyword matching as a memoised per-article analysis (for articles without `topics:`)."""
    index = keyword_index(topics)
    return Analysis("topics", index.key, lambda title, text: match_keywords(title, text, index),
                    lambda article: article.topics is None)


def assign_topics(articles: tuple[Article, ...], topics: tuple[Topic, ...], memo: Memo,
                  text_of: Callable[[str], str]) -> dict[str, tuple[TopicMatch, ...]]:
    """slug → matches, in the order topics are configured; `text_of(source_key)` gives a body's text."""
    analysis = keyword_analysis(topics)
    order = {t.id: n for n, t in enumerate(topics)}
    result: dict[str, tuple[TopicMatch, ...]] = {}
    for article in articles:
        if article.topics is not None:
            result[article.slug] = tuple(TopicMatch(t, True) for t in article.topics)
            continue
        matches = memo.get(analysis.key(article))
        if matches is None:
            matches = analysis.compute(article.title, text_of(article.source_key))
            memo.put(analysis.key(article), matches)
        result[article.slug] = tuple(sorted(matches, key=lambda m: order[m.topic]))
    return result


def explain(matches: tuple[TopicMatch, ...]) -> str:
    """'china-role (China ×3, Beijing ×1); ceasefire-talks (explicit)' for `check -v`."""
    if not matches:
        return "no topic (shown under Other)"
    parts = []
    for m in matches:
        reason = "explicit" if m.explicit else ", ".join(f"{w} \u00d7{n}" for w, n in m.words)
        parts.append(f"{m.topic} ({reason})")
    return "; ".join(parts)
