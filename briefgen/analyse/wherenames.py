"""Which of an article's proper names it writes as places: where its news happens, not who makes it.

Takes an article's title and body (plain text) and the terms it writes as proper names (`propernames.Capitals.names`);
gives those of them (in `terms.py`'s form) that some capitalised run holding them names a place: by its context
(places.place_context: "processors in Liepaja", "the Vistula river", "near Treforest, Abercynon or Mountain Ash") or
because the run is a country, capital or region (`placewords.PLACES`: "Norway", "Kyiv"). similarity.py reads them to
tell who an event is about from where it happened: two reports from one town on one subject share the town's name
and the subject's noun whatever happened (a trial's "Herring prices firm at Liepaja auction" and "Central herring
quota held steady", "... processors in Liepaja", merged as one story at 0.55 on "herring" and "Liepaja"). A run read
as a place anywhere in the article makes each of its words a place word (one sense per discourse: Gale, Church &
Yarowsky 1992), so "at Liepaja auction" in the headline is the Liepaja that the body puts "in". "at" is no place
preposition (places.py: "at Google", "at Ashcombe Primary"), so a place written only after "at" is not found; a run
that opens with a title is a person's name ("President Vladimir Putin"), as names.py reads it.
"""
from __future__ import annotations

import re
from typing import Collection

from briefgen.analyse.lexicon import HONORIFICS, OTHER_TITLES, TITLE_WORDS
from briefgen.analyse.placewords import PLACES
from briefgen.analyse.places import place_context
from briefgen.analyse.propernames import CAPITAL_CHARS, WORD_CHARS
from briefgen.analyse.terms import term_of
from briefgen.analyse.wordmemo import word_memo

_TITLES = TITLE_WORDS | OTHER_TITLES | HONORIFICS  # a titled run is a person ("in Ukraine, and President Vladimir
# Putin probably expects ...": the list after "in" would make him a place; names.py asks only of runs without a title)
_WORD = re.compile(f"[{WORD_CHARS}]+(?:['\u2019.\\-][{WORD_CHARS}]+)*")


_JOIN = "'\u2019.\\-"
_CAPITALISED = f"[{CAPITAL_CHARS}][{WORD_CHARS}]*(?:[{_JOIN}][{WORD_CHARS}]+)*"  # a word whose first letter may be a capital
# A run as `_words_runs` finds it: a word starting where no word goes on (after no letter, nor after a letter and a
# joiner: "x-Ray" is one word), then words after one space or tab. Any letter past U+00BF may be a capital here, so
# a run holding one is read again word by word. ~1.8x faster than reading every word (c1k, 2026-12-04: the place
# feature had made the story features 621 -> 802 us an article).
# Its look-behinds are written after its first capital, so that sre looks for a capital first instead of trying them
# at every place (2026-12-05: ~94 -> ~25 µs an article, c1k; tests/analyse/test_story_fast_paths_2.py compares it
# with the form that looked behind first).
_RUN = re.compile(f"[{CAPITAL_CHARS}](?<![{WORD_CHARS}][{CAPITAL_CHARS}])(?<![{WORD_CHARS}][{_JOIN}][{CAPITAL_CHARS}])"
                  f"[{WORD_CHARS}]*(?:[{_JOIN}][{WORD_CHARS}]+)*(?:[ \t]{_CAPITALISED})*")


def _runs(text: str):
    """(start, end) of each run of capitalised words joined by single spaces or tabs ("Merthyr Tydfil"), as
    `_words_runs` finds them (tests/stories/test_place_and_topic_only.py compares them)."""
    for match in _RUN.finditer(text):
        if match.group().isascii():
            yield match.span()
        else:
            start = match.start()
            for first, last in _words_runs(match.group()):
                yield start + first, start + last


def _words_runs(text: str):
    """`_runs` read word by word: the reference, and the reading of a run holding letters past ASCII."""
    start = end = -1
    for word in _WORD.finditer(text):
        if not word.group()[0].isupper():
            if start >= 0:
                yield start, end
            start = -1
        elif start >= 0 and text[end:word.start()] in (" ", "\t"):
            end = word.end()
        else:
            if start >= 0:
                yield start, end
            start, end = word.start(), word.end()
    if start >= 0:
        yield start, end


@word_memo
def _run_terms(run: str) -> tuple[str, ...]:
    """The terms (`terms.term_of`) of a run's words, in order: memoised by the run, as names recur across articles
    (the run's words looked up one by one were ~half of `place_terms`: c1k, 2026-12-05)."""
    return tuple(term for word in run.split() if (term := term_of(word.encode())) is not None)


def place_terms(title: str, text: str, names: Collection[str]) -> tuple[str, ...]:
    """The terms of `names` (an article's proper-name terms) that the article writes as (part of) a place name,
    sorted (module docstring). `title` and `text` are read separately (a headline's last word does not run on into
    the lead)."""
    found: set[str] = set()
    if not names:
        return ()
    for part in (title, text):
        for start, end in _runs(part):
            run = part[start:end]
            # (the run's name terms first: most runs hold none, and their context is not read; ~2x faster, c1k)
            held = [term for term in _run_terms(run) if term in names]
            if held and not found.issuperset(held) and (
                    run.lower() in PLACES
                    or run.split(None, 1)[0].lower() not in _TITLES and place_context(part, start, end)):
                found.update(held)
    return tuple(sorted(found))
