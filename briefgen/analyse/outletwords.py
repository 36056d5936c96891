"""The words of a report's outlets that are no who: those it writes only inside an outlet's name.

similarity.py's "who and what" rule takes no word of the outlets a report is from or credits as a name both
reports share: two Reuters reports of blockades in Peterhead and Killybegs shared only "Reuters", from their
datelines. A one-word outlet's name is that word wherever it stands. A name of several words may hold a word that is
also a name of its own: the town of a local paper ("Harcastle" of the Harcastle Echo, "Stanbury" of Radio Stanbury).
All of an outlet's words were dropped until 2026-12-05, when a hostile re-test found three reports of one council vote
two hours apart, all writing "Harcastle council approved a … fund to repair the Harcastle museum roof": the Harcastle
Echo's, the first, was held apart for "no rare name in common" (0.45), even with another's text copied word for word,
while with `source: Bexley Echo` all three joined at 0.97; two papers of one town (the Harcastle Echo and the
Harcastle Post) lost their town alike.

Rule (`only_in_names`). A word of a one-word outlet name is no who. A word of a name of several words is no who when
the report writes it no more often than inside that name: its count (the term's weight, 1 + ln tf, title counted
as terms.py counts it) is at most that of a pair of the name's neighbouring words that holds it, which terms.py
counts once for each capitalised run that writes the name ("Harcastle Echo" in "(Harcastle Echo) -" or "told the
Harcastle Echo"). A report that writes the town apart from its paper's name ("Harcastle council") keeps the town as
a name; one whose only "Harcastle" is its dateline's "Harcastle Echo" does not. A word written with letters the
outlet's key folds (accents) is not found in the report's terms and stays no who, as before.
"""
from __future__ import annotations

from array import array
from typing import Iterable, Sequence

from briefgen.analyse.terms import term_of, words


def only_in_names(names: Iterable[str], terms: Sequence[str], tf: bytes) -> frozenset[str]:
    """The terms of `names` (outlet keys: lower case, accent-free) that a report writes only inside those names
    (module docstring, "Rule"). `terms` and `tf`: the report's terms and their weights as float64 bytes, one per
    term (similarity.Report.terms, Report.tf). Pure."""
    weight: dict[str, float] | None = None
    found: set[str] = set()
    for name in names:
        hits = list(map(term_of, words(name)))
        parts = [t for t in hits if t]
        if len(hits) == 1:
            found.update(parts)
            continue
        if weight is None:
            weight = dict(zip(terms, array("d", tf)))
        inside: dict[str, float] = {}
        for one, two in zip(hits, hits[1:]):  # (neighbours as terms.py pairs them: no function word between)
            if one is None or two is None:
                continue
            both = weight.get(f"{one} {two}", 0.0)
            for part in (one, two):
                inside[part] = max(inside.get(part, 0.0), both)
        found.update(part for part in parts if weight.get(part, 0.0) <= inside.get(part, 0.0))
    return frozenset(found)
