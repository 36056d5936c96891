"""Where a text may hold a match, found with str methods before a regex is run: for speed only.

Takes a text and words or endings; gives the spans a pattern is then run on, or no search at
all. credits.py uses both: its cues are looked for only around the words that must occur in
them (`Triggers`, `windows`), and its patterns that end in `$` only when the span ends as their
match must (`search_end`). Each gives what the plain form gives (tests/analyse/
test_story_fast_paths.py compares them): the plain forms were one `str.find` loop a trigger
word (~60 words, ~60 µs an article of the story features) and `pattern.search` over the span
(a search tries the pattern at every position: ~25 µs an article).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

# Shared pieces of the trigger words: each is looked for once, and the words holding it checked where it
# occurs ("report" stands for "reported by", "s report", "first to report" …).
ANCHORS = ("report", " by", "investigation", "paper", "site", "tell", "speaking ", "note")


@dataclass(frozen=True, slots=True)
class Triggers:
    """Trigger words, each under the first of `ANCHORS` it holds (or alone): (anchor, ((word, offset
    of the anchor in it), ...)) pairs."""

    anchored: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]


def triggers(words: tuple[str, ...]) -> Triggers:
    plan: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        anchor = next((a for a in ANCHORS if a in word), word)
        plan.setdefault(anchor, []).append((word, word.index(anchor)))
    return Triggers(tuple((anchor, tuple(found)) for anchor, found in plan.items()))


def occurrences(text: str, word: str, seen: dict[str, list[int]]) -> list[int]:
    """Every start of `word` in `text` (overlapping ones too), ascending; kept in `seen` for the text."""
    found = seen.get(word)
    if found is None:
        found = seen[word] = []
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found


def windows(text: str, words: Triggers, before: int, after: int, seen: dict[str, list[int]] | None = None
            ) -> list[tuple[int, int]]:
    """Merged character ranges from `before` characters before every occurrence of a trigger word to
    `after` characters after its start. `seen`: anchors' occurrences already found in this text."""
    seen = {} if seen is None else seen
    spots = []
    for anchor, held in words.anchored:
        places = occurrences(text, anchor, seen)
        if not places:
            continue
        for word, offset in held:
            if word == anchor:
                spots += places
                continue
            for at in places:
                if at >= offset and text.startswith(word, at - offset):
                    spots.append(at - offset)
    ranges: list[tuple[int, int]] = []
    for at in sorted(spots):
        start, end = max(0, at - before), min(len(text), at + after)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def search_end(pattern: re.Pattern[str], endings: tuple[str, ...], space: bool, text: str, pos: int = 0,
               end: int | None = None) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)` for a pattern whose every match ends the span (`$`) with one of
    `endings` and then, when `space`, white space: no search when the span does not end so."""
    span = text[pos:end]
    tail = span.rstrip()  # (what `\s` matches: str.isspace, as str.rstrip strips)
    if (space and len(tail) == len(span)) or not tail.endswith(endings):
        return None
    return pattern.search(text, pos, len(text) if end is None else end)


def after_words(text: str, verbs: tuple[str, ...], words: frozenset[str], before: int,
                seen: dict[str, list[int]] | None = None, key: Callable[[str], str] | None = None
                ) -> list[tuple[int, int]]:
    """The character ranges from `before` characters before each occurrence of one of `verbs` (" said") whose
    word just before is one of `words` (the last words of outlets' names), or is so as `key` writes it (case and
    accents folded: "Belta said" for BelTA), or is a bracket opening with a letter (an agency's short name after its
    name: "Maghreb Arabe Presse (MAP) said", agencynames.py; "(dpa)", "(Montsame)"), to the verb's end and one
    character."""
    seen = {} if seen is None else seen
    spans = []
    for verb in verbs:
        for at in occurrences(text, verb, seen):
            word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1:at]
            if word in words or key is not None and not word.islower() and key(word) in words or (  # ("he said")
                    word[:1] == "(" and word[-1:] == ")" and word[1:2].isalpha()):  # ("(dpa)", "(Montsame)": FX61)
                spans.append((max(0, at - before), at + len(verb) + 1))
    return spans


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Ascending, distinct places in `text` where one of `words` begins after no letter or digit (str.isalnum: a
    word character of sre's `\\w` but "_", so no place where a pattern opening with `\\b` and one of `words` matches
    is left out)."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            if not (at and text[at - 1].isalnum()):
                found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, when each of them begins at one of `places` (ascending): the
    pattern tried at those alone (`pattern.match` from a place looks behind it as a search does), not at every place
    of the text, each after the last match's end, as `finditer` goes on. For a pattern that no literal or class opens
    (a look-behind, `\\b`, an optional group first), which sre tries at every place (~0.1 µs a character)."""
    done = 0
    for place in places:
        if place >= done:
            found = pattern.match(text, place)
            if found is not None:
                yield found
                done = found.end()
