"""A compound surname that is also a place's name ("San Martín", "Santa Cruz", "Santo Domingo", "São Paulo") is a
person's where the text names that person with a given name before it.

    place_surname(tokens, full)  # -> True: tokens ["San", "Martín"], full("San Martín") == "Elena San Martín"

nameruns.classify reads a run opening with a saint's word (placewords.SAINT_WORDS: "San Martín", "Santa Cruz") or a
listed place ("Santo Domingo") as no person's name, so T29 F6's `"The company can afford it," San Martín told El Nuevo
Sol` after "Union president Elena San Martín said …" had no speaker. Iberian surnames of this shape are common (San
Martín, San Román, Santa Cruz, Santa María, Santo Domingo, São Paulo); the place reading is right only where no person
of that surname is named: fullnames.full_name finds the person only after a given name written before the two words.
"""
from __future__ import annotations

from collections.abc import Callable

from briefgen.analyse.nameruns import PERSON, classify

_HEADS = frozenset("san santa santo são sao".split())  # a saint's word of Spanish and Portuguese surnames


def place_surname(tokens: list[str], full: Callable[[str], str | None]) -> bool:
    """Whether `tokens`, a name run that classify reads as no person (2 or 3 words opening with San/Santa/Santo/São),
    are the surname of a person the text names in full: `full(surface)` (quotespeakers.full_name with kind person)
    gives a longer name ending with the same words whose own words classify as a person's, its given name before
    them ("Elena San Martín"). False for "San Martín" alone, for "the mayor of São Paulo, Ricardo Nunes"."""
    if not 2 <= len(tokens) <= 3 or tokens[0].lower() not in _HEADS or not all(t[:1].isupper() for t in tokens[1:]):
        return False
    surface = " ".join(tokens)
    name = full(surface)
    if not name or name == surface or not name.endswith(" " + surface):
        return False
    words = name.split()
    found = classify(words)
    return found is not None and found[0] == PERSON and found[1] < len(words) - len(tokens)
