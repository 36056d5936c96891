"""A given name two reports share as the first word of two different names is no name they share ("Mette" of "Mette
Kristensen", a Danish minister, and "Mette Christensen", a Copenhagen strategist: FX112, T30's F8, 2026-12-07; a story
hint listed "shared: …, Mette" and its score counted the word as a shared name, the evidence similarity.score_pairs asks
for before it groups two reports).

`names_alike(names, others, written, other_written)` is latinletters.alike_names (the name terms two reports share)
less each known given name (givenwords.known_given; "Mette" added to its lists) that both reports write only before
another name word, the next words of the two reports never the same (accents aside): two people who share a given
name. Only a known given name: a first word of two names is often one place or body's ("China" of "China Daily" and
"China Coast Guard", "Kyiv", "State" of "State Department" and "Secretary of State": the story evaluation set's
reports share them, and its pages showed them), and Report.names does not say which names are persons'. A given name
no list holds ("Ursula", "Kaja") is still shared: a miss, not a wrong merge. A word one report
writes at a name's end too ("Hannah Mette"), or one name both write ("Mette Christensen" in each), stays shared, and
so does one before two spellings of one surname ("Martin Schulz"/"Martin Schultz", "Emmanuel Macron"/"Makron": a
slip or a transliteration, `same_surname`; FX116). The names' pairs are read from `Report.names` ("term<TAB>written name" lines; terms.py makes a
term of each two adjacent words of a name). Pure.
"""
from __future__ import annotations

from typing import Sequence

from rapidfuzz.distance import OSA

from briefgen.analyse.givenwords import known_given
from briefgen.analyse.latinletters import alike_names, unaccented
from briefgen.analyse.namekeys import translit_key
from briefgen.analyse.spellingvariants import variant_key


def same_surname(word: str, other: str) -> bool:
    """Whether two next words (unaccented, lower case) may be one surname as two reports write it (FX116, BR68: "Martin
    Schulz" in two reports and "Martin Schultz" in a third split the third from its story): the same transliteration
    (namekeys.translit_key: "zelensky"/"zelenskiy") or a slip — an optimal-string-alignment distance of 1, 2 when both
    have 9 letters or more (the misspelling check's limits, spelling.word_pair_flagged; words of 4 letters or more) —
    unless one is the other's European variant (spellingvariants.variant_key: T30's "kristensen"/"christensen", two
    people)."""
    if word == other or translit_key(word) == translit_key(other):
        return True
    if min(len(word), len(other)) < 4 or variant_key(word) == variant_key(other):
        return False
    limit = 2 if min(len(word), len(other)) >= 9 else 1
    return OSA.distance(word, other, score_cutoff=limit + 1) <= limit


def _next_words(term: str, written: str) -> frozenset[str] | None:
    """The words after `term` in the two-word name terms of `written` (Report.names), unaccented; None when `term`
    stands elsewhere in a name term too (last in a pair: "hannah mette") or opens none."""
    if f"{term} " not in written:
        return None
    found = set()
    for line in written.split("\n"):
        key = line.partition("\t")[0]
        if " " not in key:
            continue
        first, _, rest = key.partition(" ")
        if first == term:
            found.add(unaccented(rest.split(" ")[0]))
        elif term in rest.split(" "):
            return None
    return frozenset(found) or None


def given_apart(term: str, written: str, other_term: str, other_written: str) -> bool:
    """Whether a name term two reports share (`term` in the one whose Report.names is `written`, `other_term` in the
    other's) opens two different names in them and nothing else (module docstring)."""
    if not known_given(term):
        return False
    mine = _next_words(term, written)
    if mine is None:
        return False
    theirs = _next_words(other_term, other_written)
    return theirs is not None and not any(same_surname(a, b) for a in mine for b in theirs)


def names_alike(names: frozenset[str], others: frozenset[str], written: str, other_written: str) -> list[tuple[str, str]]:
    """`alike_names(names, others)` less the given names two reports write of two people (`given_apart`)."""
    return [(t, u) for t, u in alike_names(names, others) if not given_apart(t, written, u, other_written)]


def apart_terms(written: Sequence[str]) -> frozenset[str]:
    """The name terms of reports (their Report.names, `written`) that every report holding one writes only before
    another name word, no next word in two of them: what a story's evidence does not show (stories.py; "Mette" of the
    hint joining "Mette Kristensen"'s report to "Mette Christensen"'s)."""
    holding: dict[str, list[frozenset[str] | None]] = {}
    for names in written:
        for line in names.split("\n"):
            key = line.partition("\t")[0]
            if key and " " not in key and known_given(key):
                holding.setdefault(key, []).append(_next_words(key, names))
    apart = set()
    for term, nexts in holding.items():
        if len(nexts) > 1 and all(nexts):
            words = [(at, word) for at, found in enumerate(nexts) if found for word in found]
            if not any(same_surname(a, b) for i, (at, a) in enumerate(words) for bt, b in words[i + 1:] if at != bt):
                apart.add(term)
    return frozenset(apart)
