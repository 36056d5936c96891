"""Shared words that make no fact two sentences share (compare.py): a name's word read as a common noun, a time of day.

Takes two sentences and the terms they share; gives the shared terms that one of them writes as a later word of a
capitalised name ("the Information Commissioner's Office", "Westshire Police") and the other only in lower case ("Mr
McIntyre's office staff", "the police"). A ransomware trial's story page (tests/stories/ransom/, 2026-12-05) put "The
Information Commissioner's Office is investigating the Castlebridge breach" and "Back in Castlebridge, council leader
Dewi Pritchard watched the debate online with Mr McIntyre's office staff" in one row of "What all 3 reports say":
they share "office", which a name wrote, and the story's place name. Rule: such a term is not counted among the
terms a pair shares; a word written capitalised by both (the same name) or in lower case by both still is.

The same trial paired Reuters' "Staff arriving on Monday morning found that computers … could not log in, and a message
demanding payment had appeared …" with Gazeta's "The university says the attack was discovered early on Monday morning
and that it has told the police.": "Monday" is one of the story's common words (commonwords.py), and "morning" only
refines it. Rule (`PARTS_OF_DAY`): a time of day is no term a pair may share besides the story's common words alone —
a weekday still is (the tune stories' "met … on Tuesday and Wednesday" and "wrapped up a two-day visit … on
Wednesday" are one fact).
"""
from __future__ import annotations

from briefgen.analyse.terms import term_of, word_bytes

PARTS_OF_DAY = frozenset("morning afternoon evening night overnight midday noon dawn tonight midnight".split())
_JOINING = frozenset((b"s", b"of", b"the", b"and", b"for"))  # inside a name: "Commissioner's Office", "Office of …"
_ARTICLES = frozenset((b"The", b"A", b"An"))  # a sentence's first word, capitalised as every first word is


def name_words(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """(terms written as a later word of a capitalised name, terms written in lower case) of `sentence`: a word is a
    name's later word when it is capitalised and the word before it (past "'s", "of", "the", "and", "for") is too."""
    named: set[str] = set()
    lower: set[str] = set()
    previous = False  # whether the last word that is no joining word was capitalised
    for token in word_bytes(sentence).split():
        if token in _JOINING:
            continue
        if token in _ARTICLES:  # ("The Office …" opens a name as "the Office" does)
            previous = False
            continue
        capital = token[:1].isupper()
        term = term_of(token)
        if term is not None:
            if capital and previous:
                named.add(term)
            elif not capital:
                lower.add(term)
        previous = capital
    return frozenset(named), frozenset(lower)


def name_or_noun(shared: frozenset[str], first: tuple[frozenset[str], frozenset[str]],
                 second: tuple[frozenset[str], frozenset[str]]) -> frozenset[str]:
    """The terms of `shared` (terms both sentences hold) that one sentence writes only as a name's later word and the
    other only in lower case (module docstring); `first`, `second`: each sentence's `name_words`."""
    (named_a, lower_a), (named_b, lower_b) = first, second
    return frozenset(t for t in shared if (t in named_a and t not in lower_a and t in lower_b and t not in named_b)
                     or (t in named_b and t not in lower_b and t in lower_a and t not in named_a))
