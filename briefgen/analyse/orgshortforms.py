"""An organisation's short form: "City Hall" for "Calderbridge City Hall", the same organisation.

A text names an organisation in full once ("Calderbridge City Hall", "Calderbridge City Council") and then by its
last words ("City Hall"); a school-closures trial (2026-12-04) had two organisation pages, "City Hall" and
"Calderbridge City Hall". `fold_short_forms` points a short form's key in NameIndex's names at the one longer
organisation it ends: one that an article naming both names (every such article's, when they agree), else the
briefing's only one. A short form of two longer ones ("City Council" beside "Calderbridge City Council" and
"Northfold City Council") stays itself: unsure. The words before the short form must be a proper name — a place,
a founder —, not a word that makes another body of it: "National Party" is no short form of "Scottish National
Party", nor "European Union" of "Western European Union" (nationalities, demonyms and qualifying adjectives, `_QUALIFIERS`).
The short form has at least two words (one word is the acronyms' and firms' business: acronyms.py, orgvoices.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefgen.analyse.placewords import DEMONYMS, NATIONALITIES

MAX_PREFIX = 2  # words before the short form
# Words that make a different body of a name rather than say whose it is (a demonym aside): compass points, rank,
# scope, age, politics.
_QUALIFIERS = frozenset("""
north south east west northern southern eastern western central upper lower greater inner outer new old royal
national international federal united general grand great high supreme independent democratic republican social
liberal conservative progressive labour green christian free people's popular islamic unionist
""".split())


def _prefix(short: list[str], long: list[str]) -> list[str] | None:
    """The words of `long` before `short` when `long` ends with it (case folded), else None."""
    n = len(short)
    if len(long) <= n or [w.lower() for w in long[-n:]] != [w.lower() for w in short]:
        return None
    return long[:-n]


def _whose(prefix: list[str]) -> bool:
    """Whether the words before a short form say whose the body is (a proper name), not what kind of body."""
    return 0 < len(prefix) <= MAX_PREFIX and all(
        w[:1].isupper() and w.lower() not in _QUALIFIERS and w.lower() not in DEMONYMS and w.lower() not in NATIONALITIES
        for w in prefix)


def fold_short_forms(names: dict[str, str], organisations_by_article: Iterable[Iterable[str]],
                     normalise: Callable[[str], str], declared: Mapping[str, str]) -> None:
    """Point each short form's key in `names` (normalised name → canonical, NameIndex.build's, changed in place) at
    the canonical of the one longer organisation it ends (module docstring). `organisations_by_article`: for each
    article, the full names of the organisations it names (acronyms.organisations_by_article)."""
    owners: dict[str, set[str]] = {}
    everywhere: set[str] = set()
    for fulls in organisations_by_article:
        fulls = set(fulls)
        everywhere |= fulls
        for short in fulls:
            words = short.split()
            if len(words) < 2:
                continue
            longer = {names.get(normalise(f), f) for f in fulls if _prefix(words, f.split()) is not None}
            if longer:
                owners.setdefault(short, set()).update(longer)
    for short in everywhere - owners.keys():  # no article names both: the briefing's one
        words = short.split()
        if len(words) >= 2:
            longer = {names.get(normalise(f), f) for f in everywhere if _prefix(words, f.split()) is not None}
            if longer:
                owners[short] = longer
    for short, canonicals in owners.items():
        key = normalise(short)
        long = next(iter(canonicals))
        if len(canonicals) == 1 and key not in declared and names.get(key, short) == short and \
                _whose(_prefix(short.split(), long.split()) or []):
            names[key] = long
