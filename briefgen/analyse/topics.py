"""Topic assignment: explicit `topics:` win; otherwise topic keywords decide, with reasons kept.

Takes articles, the per-article keyword matches (`keyword_analysis`) and the configured
topics; gives each article a tuple of `TopicMatch` that says which words matched, so
`briefgen check -v` can explain every assignment. Rule (README "Topics"): whole-word,
case-insensitive, phrase-aware matching (a space and a hyphen between words alike); a topic is assigned when its keywords occur at
least twice, a match in the title counting double.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

from briefgen.analyse.textmatch import Phrases, TextAnalysis, lower, normalise, phrases
from briefgen.load.config import Topic
from briefgen.load.documents import Article

MIN_SCORE = 2
TITLE_WEIGHT = 2
# Keywords that are also a month's or a weekday's name: matched only as written in lower case, since a shipyard
# trial's topic keyword "march" took every article dated "March 6" into the workforce topic (2026-12-04).
CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


@dataclass(frozen=True, slots=True)
class TopicMatch:
    topic: str
    explicit: bool
    words: tuple[tuple[str, int], ...] = ()  # (keyword as configured, occurrences)
    score: int = 0  # keyword occurrences, title ones counted TITLE_WEIGHT times (0 when explicit)


@dataclass(frozen=True, slots=True)
class KeywordIndex:
    pattern: Phrases | None  # the keywords, as textmatch.alternation matches them
    topics_of: dict[str, tuple[tuple[str, str], ...]]  # normalised keyword → ((topic id, keyword), ...)


# Between a keyword's words: white space or a hyphen, either way round ("brain swelling" is "brain-swelling",
# "covid-19" is "covid 19": a trial's "brain-swelling cases" missed the keyword, 2026-12-04); U+2010, U+2011 too.
BETWEEN_WORDS = r"[\s\-\u2010\u2011]+"
_HYPHENS = str.maketrans("-\u2010\u2011", "   ")


def keyword_key(text: str) -> str:
    """The form a keyword and its matches are compared in: `normalise`d, hyphens read as spaces."""
    return " ".join(normalise(text).translate(_HYPHENS).split())


def keyword_index(topics: tuple[Topic, ...]) -> KeywordIndex:
    topics_of: dict[str, list[tuple[str, str]]] = {}
    for topic in topics:
        for keyword in topic.keywords:
            key = keyword_key(keyword)
            # NATO and Nato are one keyword: counting both would score one mention twice.
            if key and all(topic.id != t for t, _ in topics_of.get(key, ())):
                topics_of.setdefault(key, []).append((topic.id, keyword))
    return KeywordIndex(phrases(topics_of, BETWEEN_WORDS), {k: tuple(v) for k, v in topics_of.items()})


def match_keywords(title: str, text: str, index: KeywordIndex) -> tuple[TopicMatch, ...]:
    """The topics whose keywords occur often enough in one article, each with its matched words."""
    if index.pattern is None:
        return ()
    scores: dict[str, int] = {}
    words: dict[str, dict[str, int]] = {}
    for weight, haystack in ((TITLE_WEIGHT, title), (1, text)):
        # Each distinct match once, with its count (the result is sorted, so order does not matter).
        for found, n in Counter(index.pattern.findall(lower(haystack))).items():
            if found in CALENDAR_WORDS:  # the keyword "march" is the word, not the month "March" (a trial's topic)
                n = len(re.findall(rf"(?<![^\W\d_]){found}(?![^\W\d_])", haystack))
                if not n:
                    continue
            for topic, keyword in index.topics_of.get(found) or index.topics_of[keyword_key(found)]:
                scores[topic] = scores.get(topic, 0) + weight * n
                counts = words.setdefault(topic, {})
                counts[keyword] = counts.get(keyword, 0) + n
    return tuple(TopicMatch(topic, False, tuple(sorted(words[topic].items())), scores[topic])
                 for topic in sorted(scores) if scores[topic] >= MIN_SCORE)


def keyword_analysis(topics: tuple[Topic, ...]) -> TextAnalysis:
    """Keyword matching as a per-article analysis (run only on articles without `topics:`)."""
    index = keyword_index(topics)
    settings = repr(sorted(index.topics_of.items()))
    return TextAnalysis("topics", settings, lambda title, text: match_keywords(title, text, index),
                        lambda article: article.topics is None)


def assign_topics(articles: tuple[Article, ...], found: Mapping[str, tuple[TopicMatch, ...]],
                  topics: tuple[Topic, ...]) -> dict[str, tuple[TopicMatch, ...]]:
    """slug → matches, in the order topics are configured.

    `found` holds `keyword_analysis` results by slug for the articles without `topics:`.
    """
    order = {t.id: n for n, t in enumerate(topics)}
    result: dict[str, tuple[TopicMatch, ...]] = {}
    for article in articles:
        if article.topics is not None:
            result[article.slug] = tuple(TopicMatch(t, True) for t in article.topics)
        else:
            result[article.slug] = tuple(sorted(found[article.slug], key=lambda m: order[m.topic]))
    return result


def primary(matches: tuple[TopicMatch, ...]) -> str | None:
    """The topic an article is listed under (others are shown as chips): the first of its own
    `topics:`, else the topic its keywords scored highest, ties going to the topic configured first.

    `matches` are in config order (as `assign_topics` gives them). None: the article has no topic.
    """
    if not matches:
        return None
    if matches[0].explicit:
        return matches[0].topic
    return max(enumerate(matches), key=lambda found: (found[1].score, -found[0]))[1].topic


def explain(matches: tuple[TopicMatch, ...], emptied: bool = False) -> str:
    """'china-role (China ×3, Beijing ×1); ceasefire-talks (explicit)' for `check -v`, and when several
    topics come from keywords, which one lists the article (`primary`) with the scores. `emptied`: the
    article's `topics:` is there but empty (`topics: []`), which keeps keywords from being asked
    (SPEC: topics come from keywords only when `topics` is absent); said so, not "no topic" alone."""
    if not matches:
        return ("no topic (shown under Other): `topics:` is empty, so keywords are not used" if emptied
                else "no topic (shown under Other)")
    parts = []
    for m in matches:
        reason = "explicit" if m.explicit else ", ".join(f"{w} \u00d7{n}" for w, n in m.words)
        parts.append(f"{m.topic} ({reason})")
    if len(matches) > 1 and not any(m.explicit for m in matches):
        # Topics are listed in config order, so which one lists the article was not said: an editor read
        # "launch-attempts (launch ×4); regulation (CAA ×1, licence ×3, …)" as filed under the first.
        scores = ", ".join(f"{m.topic} {m.score}" for m in matches)
        parts.append(f"listed under {primary(matches)}, the best scored ({scores}; a word in the title counts "
                     f"{TITLE_WEIGHT}×)")
    return "; ".join(parts)
