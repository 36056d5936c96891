"""The speed-ups of the story stage give what the plain forms they replaced give (hypothesis).

2026-12-02, sixth session (docs/performance.md): the story features split an article's words
once for its terms, its capitals and its language; `language_of` counts function words per
distinct written word; the credit patterns that end in `$` are searched only when the span ends
as their match must, and their trigger words found through shared anchors (findspans.py). Each
is compared here with the plain form it replaced, kept as the reference.
"""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.analyse import credits, findspans
from briefgen.analyse.propernames import capitals
from briefgen.analyse.stopwords import STOPWORDS as OTHER_STOPWORDS
from briefgen.analyse.terms import MIN_LANGUAGE_HITS, _STOPWORDS, _languages_listing, counted, language_of, words
from briefgen.analyse.terms import language_of_counted

PIECES = ["The", "the", "Le", "le", "la", "und", "der", "die", "und", "el", "los", "de", "en", "et", "est", "of",
          "and", "and ", "a", "U.S.", "E.U.", "U.", "S.", "Reuters", "Anna", "Kyiv", "Oslo", "NATO", "Zelensky’s",
          "İstanbul", "Σ", "ΟΔΟΣ", "newspaper", "paper", "daily", "TV channel", "broadcaster", "Dutch", "German",
          "news agency", "told", "reported", "said", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\u3000", "\u00a0",
          ".", ",", ", ", "’", "'", "-", "“", "”", ":", ";", "x", "3"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.text(max_size=120))
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plain_language_of(text: str) -> str | None:
    """`terms.language_of` before 2026-12-02's sixth session: the words decoded and lowered as one string."""
    tally = Counter(b" ".join(words(text)).decode("utf-8", "replace").lower().split(" "))
    english = 0
    found = dict.fromkeys(OTHER_STOPWORDS, 0)
    listing = _languages_listing()
    for word, n in tally.items():
        if word in _STOPWORDS:
            english += n
        for language in listing.get(word, ()):
            found[language] += n
    best, hits = None, max(english, MIN_LANGUAGE_HITS - 1)
    for language, count in found.items():
        if count > hits:
            best, hits = language, count
    return best


@SETTINGS
@given(texts, texts)
@example("Le président et la ministre", "ont dit que les accords de Paris")
@example("", "")
def test_the_language_of_a_title_and_body_counted_apart_is_that_of_them_joined(title: str, body: str) -> None:
    assert language_of_counted(counted(title), counted(body)) == plain_language_of(f"{title}\n{body}")
    assert language_of(body) == plain_language_of(body)


@SETTINGS
@given(texts)
@example("E.U..S. officials met in Oslo. Officials said")
def test_capitals_read_the_same_with_the_words_counted_once(text: str) -> None:
    assert capitals(text, counted(text)) == capitals(text)


ENDING = [credits._ENDS_WITH_DESCRIPTOR, credits._ENDS_WITH_DESCRIPTOR_OR_THE, credits._OUTLET_BEFORE]


@SETTINGS
@given(texts, st.integers(0, 130), st.integers(0, 130), st.sampled_from(ENDING))
@example("told the Dutch broadcaster \n", 0, 40, credits._ENDS_WITH_DESCRIPTOR)
@example("Reuters and ", 0, 12, credits._OUTLET_BEFORE)
@example("Reuters,\n", 0, 9, credits._OUTLET_BEFORE)
@example("according to The ", 0, 17, credits._ENDS_WITH_DESCRIPTOR_OR_THE)
@example("told the German news agency\t", 5, 40, credits._ENDS_WITH_DESCRIPTOR_OR_THE)
@example("Reuters and AFP and\n", 0, 20, credits._OUTLET_BEFORE)
def test_a_search_for_an_ending_finds_what_the_pattern_finds(text: str, start: int, length: int,
                                                              pattern: re.Pattern[str]) -> None:
    end = min(start + length, len(text))
    plain = pattern.search(text, start, end)
    fast = credits._search_end(pattern, text, start, end)
    assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))
    if start == 0 and end == len(text):
        whole, plain = credits._search_end(pattern, text), pattern.search(text)
        assert (whole and whole.span()) == (plain and plain.span())


def plain_windows(text: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """credits._windows until 2026-12-02's sixth session: one str.find loop a trigger word."""
    spots = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            spots.append(at)
            at = text.find(word, at + 1)
    ranges: list[tuple[int, int]] = []
    for at in sorted(spots):
        start, end = max(0, at - before), min(len(text), at + after)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


TRIGGER_LISTS = [[w for anchor, held in t.anchored for w, _ in held]
                 for t in (*(s[1] for s in credits._SEARCHES), credits._ANAPHORA_TRIGGERS)]
TRIGGER_PIECES = sorted({w for words in TRIGGER_LISTS for w in words} | {"s", "'", "first to", "re", "port", "x"})
trigger_texts = st.lists(st.sampled_from(TRIGGER_PIECES + [" ", "  ", "\n", "s", "d", "ed"]), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(trigger_texts, texts), st.integers(0, 3), st.integers(0, 120), st.integers(0, 120))
@example("first to report s reporting reported by ' investigation", 2, 100, 40)
@example("The newspaper and website, citing the report", 3, 40, 60)
def test_trigger_windows_are_those_of_a_find_loop_a_word(text: str, which: int, before: int, after: int) -> None:
    words = TRIGGER_LISTS[which]
    plan = (*(s[1] for s in credits._SEARCHES), credits._ANAPHORA_TRIGGERS)[which]
    seen: dict[str, list[int]] = {}
    assert findspans.windows(text, plan, before, after, seen) == plain_windows(text, tuple(words), before, after)
    assert findspans.windows(text, plan, before, after, seen) == plain_windows(text, tuple(words), before, after)
    assert findspans.windows(text, findspans.triggers(tuple(words)), before, after) == \
        plain_windows(text, tuple(words), before, after)
