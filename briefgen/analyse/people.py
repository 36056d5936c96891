"""People and organisations: who is named in which article, and what they were quoted saying.

Takes the configured people (canonical name plus aliases, e.g. a misspelling an outlet
used) and the articles; gives, per article, the people mentioned and the quoted
sentences that name them. Memoised per article, since it scans the whole text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from briefgen.speed.analysis import Analysis
from briefgen.speed.memo import Memo, digest
from briefgen.analyse.topics import normalise, phrase_pattern
from briefgen.load.config import Person
from briefgen.load.documents import Article

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
_QUOTE_MARKS = ("\u201c", '"')
MAX_QUOTE = 400


@dataclass(frozen=True, slots=True)
class Mention:
    person: str  # canonical name
    quotes: tuple[str, ...]


def _pattern(people: tuple[Person, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    canonical: dict[str, str] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            if name.strip():
                canonical[normalise(name)] = person.name
    if not canonical:
        return None, canonical
    names = sorted(canonical, key=lambda n: (-len(n), n))
    body = "|".join(phrase_pattern(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), canonical  # used on lower-cased text


def find_mentions(title: str, text: str, pattern: re.Pattern[str] | None,
                  canonical: dict[str, str]) -> tuple[Mention, ...]:
    if pattern is None:
        return ()
    named = {canonical[normalise(m)] for m in pattern.findall(f"{title}\n{text}".lower())}
    if not named:
        return ()
    quotes: dict[str, list[str]] = {name: [] for name in named}
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) > MAX_QUOTE or not any(q in sentence for q in _QUOTE_MARKS):
            continue
        for found in set(pattern.findall(sentence.lower())):
            quotes[canonical[normalise(found)]].append(sentence.strip())
    return tuple(Mention(name, tuple(dict.fromkeys(quotes[name]))) for name in sorted(named))


def mention_analysis(people: tuple[Person, ...]) -> Analysis:
    """Finding mentions and quotes as a memoised per-article analysis."""
    pattern, canonical = _pattern(people)
    return Analysis("people", digest(repr(sorted(canonical.items()))),
                    lambda title, text: find_mentions(title, text, pattern, canonical))


def mentions_by_article(articles: tuple[Article, ...], people: tuple[Person, ...], memo: Memo,
                        text_of: Callable[[str], str]) -> dict[str, tuple[Mention, ...]]:
    analysis = mention_analysis(people)
    result = {}
    for article in articles:
        found = memo.get(analysis.key(article))
        if found is None:
            found = analysis.compute(article.title, text_of(article.source_key))
            memo.put(analysis.key(article), found)
        result[article.slug] = found
    return result
