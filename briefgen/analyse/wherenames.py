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
from briefgen.analyse.propernames import WORD_CHARS
from briefgen.analyse.terms import term_of

_TITLES = TITLE_WORDS | OTHER_TITLES | HONORIFICS  # a titled run is a person ("in Ukraine, and President Vladimir
# Putin probably expects ...": the list after "in" would make him a place; names.py asks only of runs without a title)
_WORD = re.compile(f"[{WORD_CHARS}]+(?:['\u2019.\\-][{WORD_CHARS}]+)*")


def _runs(text: str):
    """(start, end) of each run of capitalised words joined by single spaces or tabs ("Merthyr Tydfil")."""
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


def place_terms(title: str, text: str, names: Collection[str]) -> tuple[str, ...]:
    """The terms of `names` (an article's proper-name terms) that the article writes as (part of) a place name,
    sorted (module docstring). `title` and `text` are read separately (a headline's last word does not run on into
    the lead)."""
    found: set[str] = set()
    for part in (title, text):
        for start, end in _runs(part):
            run = part[start:end]
            if run.lower() in PLACES or run.split(None, 1)[0].lower() not in _TITLES and place_context(part, start, end):
                for word in run.split():
                    term = term_of(word.encode())
                    if term is not None and term in names:
                        found.add(term)
    return tuple(sorted(found))
