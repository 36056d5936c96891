"""People and organisations: who is named in which article, and what they were quoted saying.

Takes the configured people (canonical name plus aliases, e.g. a misspelling an outlet
used) and an article's text; gives the people mentioned and the quoted sentences that
name them (`mention_analysis`, a per-article analysis).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.analyse.textmatch import TextAnalysis, alternation, normalise
from briefgen.load.config import Person

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
_QUOTE_MARKS = ("\u201c", '"')
MAX_QUOTE = 400


@dataclass(frozen=True, slots=True)
class Mention:
    person: str  # canonical name
    quotes: tuple[str, ...]


def _canonical(people: tuple[Person, ...]) -> dict[str, str]:
    canonical: dict[str, str] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            if name.strip():
                canonical[normalise(name)] = person.name
    return canonical


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


def mention_analysis(people: tuple[Person, ...]) -> TextAnalysis:
    """Finding mentions and quotes as a per-article analysis."""
    canonical = _canonical(people)
    pattern = alternation(canonical)
    return TextAnalysis("people", repr(sorted(canonical.items())),
                        lambda title, text: find_mentions(title, text, pattern, canonical))
