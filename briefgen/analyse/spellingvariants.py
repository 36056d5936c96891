"""Two people whose surnames are one name's two European spellings ("Mette Kristensen", a Danish minister, and "Mette
Christensen", a Copenhagen strategist), not a misspelling (spelling.py; FX112, T30's F8, 2026-12-07).

A name and the name it would be a misspelling of are two people, and not flagged, when all of these hold:
- the word that differs is one word written with a known variant of European names (`variant_key` equal): "Ch"/"K"
  opening it (Kristensen/Christensen), ß/ss (Strauß/Strauss, folded alike already), "-sen"/"-son" at its end
  (Andersen/Anderson). Only these (FX116, BR68): a c/k elsewhere, ph/f, y/i ("Makron", "Nikola", "Sunac", "Karney",
  "Karlos", "Filippe") and a letter left out or doubled ("Sunack", "Kalas", "Grosi") are no variant;
- the other name is not declared (`people:`): a declared person's name is the editor's spelling, and a variant of it
  stays a suggestion (tests/analyse/data/names.yaml: "Avril Haynes" for the declared "Avril Haines", y/i; "Anthony
  Blinken" for "Antony Blinken");
- each spelling is written in its own articles (at least one each, none with both): each is used consistently;
- and in different contexts: no other person named in full in one's articles is named in the other's. A misspelling is
  a slip in a report of the same news, which names its other people too; two people with like names are named in
  different news beside different people (the minister beside the Commission's spokesman, the strategist beside
  Christine Lagarde).
Pure; the source of the rule: T30's trial site (two Mettes), checked against the labelled misspellings (16/16, 8/8).
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

from briefgen.analyse.namekeys import fold

# The variants, each written as one key: a name's opening "ch" as "k" (Christensen/Kristensen: T30's two Mettes, the
# rule's source) and a last "-son" as "-sen" (Andersen/Anderson); "ß" as "ss" (namekeys.fold
# writes it so already). Nothing else (FX116, BR68): FX112's c/k anywhere, ph/f and y/i unflagged "Emmanuel Makron",
# "Nikola Sturgeon", "Rishi Sunac", "Mark Karney", "Karlos Alcaraz", "Edouard Filippe" — a single c/k (or ph/f, y/i) of
# a name is as often a slip, and no trial showed two people so written.
_KEYS = ((re.compile(r"^ch"), "k"), (re.compile(r"son$"), "sen"))


def variant_key(word: str) -> str:
    """`word` (any case, accents) folded and with its variant letters written one way (module docstring): "Kristensen"
    and "Christensen" → "kristensen"; "Andersson" → "anderssen"; "Makron" stays "makron" (not "Macron"'s key)."""
    key = fold(word)
    for pattern, written in _KEYS:
        key = pattern.sub(written, key)
    return key


def variant_spellings(name: str, other: str) -> bool:
    """Whether two names of as many words differ in exactly one word, and that word only by its variants."""
    words, others = name.split(), other.split()
    if len(words) != len(others):
        return False
    differing = [(a, b) for a, b in zip(words, others) if fold(a) != fold(b)]
    return len(differing) == 1 and variant_key(differing[0][0]) == variant_key(differing[0][1])


def two_people(name: str, other: str, declared: bool, articles: Mapping[str, set[str]],
               persons_in: Mapping[str, Iterable[str]]) -> bool:
    """Whether `name` and `other` (full names as written, the one it would be flagged a misspelling of) are two people
    (module docstring): `declared` whether `other` is declared; `articles` the articles (ids) of each name as written;
    `persons_in` the persons named in full in each article (as written). False when in doubt."""
    if declared or not variant_spellings(name, other):
        return False
    own, theirs = articles.get(name, set()), articles.get(other, set())
    if not own or not theirs or own & theirs:
        return False
    mine = {fold(p) for article in own for p in persons_in.get(article, ())} - {fold(name)}
    yours = {fold(p) for article in theirs for p in persons_in.get(article, ())} - {fold(other)}
    return not mine & yours
