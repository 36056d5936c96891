"""What a figure counts in a report in another language than English: its units less that language's function words.

`figures.figures` reads a figure's units from the words after it past English function words only ("1976 dans le
département" counts "dans" and "le", folded "dan", "le"), so two French sentences with any figures and a "dans" after
each contradicted: a French trial (T15, 2026-12-06) showed "le mois de juin a été le plus sec depuis 1976 dans le
département" and "Une première depuis l'été 2022 dans ce département céréalier" under "Where the reports differ"
(compare.py). Here the units a report's language's function words make (terms.function_terms, the set compare.py
drops from the report's terms) are left out of its figures; a figure left with none counts nothing that another can
contradict, as an English figure with no unit.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from briefgen.analyse.figures import Figure, figures
from briefgen.analyse.page_quantities import singular

_MARKS = "%<+#\u00f7"  # the marks figures.py writes before a unit (a share, a word before, "more", an ordinal, a fraction)


def _unit_word(unit: str) -> str:
    """A unit without figures.py's marks before it ("%load" → "load", "<dan" → "dan")."""
    return unit.lstrip(_MARKS)


@lru_cache(maxsize=8)
def _as_units(words: frozenset[str]) -> frozenset[str]:
    """Function terms as figures.py writes a unit: also folded to the singular ("depuis" → "depui", "dans" → "dan")."""
    return words | frozenset(map(singular, words))


def figures_read(texts: Iterable[tuple[Sequence[str], frozenset[str]]]) -> dict[str, tuple[Figure, ...]]:
    """The figures (figures.figures) of each sentence of `texts` — pairs of a report's sentences (or headline) and its
    language's function terms (terms.function_terms; empty for English) — whose function terms are not empty, each
    figure's units less those terms. compare.py starts its cache of figures with it; English sentences are read there
    as before."""
    read: dict[str, tuple[Figure, ...]] = {}
    for sentences, words in texts:
        dropped = _as_units(words) if words else words
        for sentence in sentences if dropped else ():
            if sentence not in read:
                read[sentence] = tuple(f._replace(units=frozenset(u for u in f.units if _unit_word(u) not in dropped))
                                       if any(_unit_word(u) in dropped for u in f.units) else f for f in figures(sentence))
    return read
